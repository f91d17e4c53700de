// The quality bar of issue 4 on set AL (test/fixtures/interview/setal/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the end of the 2026-11-28 fifth session's work (8d7c429): 6/8, 7/8; on the
// session's starting engine (ada308a): 6/8, 7/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setal');

describe('interviewer quality bar, independent set AL (untouched 6/8, 7/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 8 });
});
