// The quality bar of issue 4 on set AW (test/fixtures/interview/setaw/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 sixth session's second round (ae9261b): 5/8, 6/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setaw');

describe('interviewer quality bar, independent set AW (untouched 5/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 6, firstInSection: 8 });
});
