// The quality bar of issue 4 on set DJ (test/fixtures/interview/setdj/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's eleventh round (26a0907): 7/8, 6/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setdj');

describe('interviewer quality bar, independent set DJ (untouched 7/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 6 });
});
