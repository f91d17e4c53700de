// The quality bar of issue 4 on set AJ (test/fixtures/interview/setaj/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the end of the 2026-11-28 fifth session's work (cf59529), and the same on the
// session's starting engine (ada308a): 7/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setaj');

describe('interviewer quality bar, independent set AJ (untouched 7/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 8 });
});
