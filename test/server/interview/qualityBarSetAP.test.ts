// The quality bar of issue 4 on set AP (test/fixtures/interview/setap/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the start of the 2026-11-28 sixth session (03c4c63): 5/8, 3/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setap');

describe('interviewer quality bar, independent set AP (untouched 5/8, 3/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 6, firstInSection: 8 });
});
