// The quality bar of issue 4 on set CJ (test/fixtures/interview/setcj/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's fourth round (8f1b6a5): 6/8, 6/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setcj');

describe('interviewer quality bar, independent set CJ (untouched 6/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 6, firstInSection: 7 });
});
