// The quality bar of issue 4 on set BE (test/fixtures/interview/setbe/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 sixth session's fourth round (989faa2): 7/8, 6/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setbe');

describe('interviewer quality bar, independent set BE (untouched 7/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 7 });
});
