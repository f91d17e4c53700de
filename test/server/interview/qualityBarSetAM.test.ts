// The quality bar of issue 4 on set AM (test/fixtures/interview/setam/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the end of the 2026-11-28 fifth session's work (8d7c429): 7/8, 5/8; on the
// session's starting engine (ada308a): 7/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setam');

describe('interviewer quality bar, independent set AM (untouched 7/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 6, firstInSection: 8 });
});
