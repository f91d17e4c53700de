// The quality bar of issue 4 on set DL (test/fixtures/interview/setdl/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's eleventh round (26a0907): 7/8, 7/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setdl');

describe('interviewer quality bar, independent set DL (untouched 7/8, 7/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 7 });
});
