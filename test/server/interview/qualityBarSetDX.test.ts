// The quality bar of issue 4 on set DX (test/fixtures/interview/setdx/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the end of the 2026-11-28 seventh session (4890b2c): 6/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setdx');

describe('interviewer quality bar, independent set DX (untouched 6/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 7, firstInSection: 8 });
});
