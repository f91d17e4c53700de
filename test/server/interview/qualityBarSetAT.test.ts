// The quality bar of issue 4 on set AT (test/fixtures/interview/setat/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 sixth session's first round (bc16a44): 6/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setat');

describe('interviewer quality bar, independent set AT (untouched 6/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 4 });
});
