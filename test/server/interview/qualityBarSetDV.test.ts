// The quality bar of issue 4 on set DV (test/fixtures/interview/setdv/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the end of the 2026-11-28 seventh session (4890b2c): 6/8, 7/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setdv');

describe('interviewer quality bar, independent set DV (untouched 6/8, 7/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 7, firstInSection: 7 });
});
