// The quality bar of issue 4 on set DW (test/fixtures/interview/setdw/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the end of the 2026-11-28 seventh session (4890b2c): 7/8, 6/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setdw');

describe('interviewer quality bar, independent set DW (untouched 7/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 7 });
});
