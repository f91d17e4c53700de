// The quality bar of issue 4 on set BP (test/fixtures/interview/setbp/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the end of the 2026-11-28 sixth session (88ad712): 7/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setbp');

describe('interviewer quality bar, independent set BP (untouched 7/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 7 });
});
