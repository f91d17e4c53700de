// The quality bar of issue 4 on set CC (test/fixtures/interview/setcc/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's second round (e769773): 4/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setcc');

describe('interviewer quality bar, independent set CC (untouched 4/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 5, twoOfThree: 6, firstInSection: 6 });
});
