// The quality bar of issue 4 on set BQ (test/fixtures/interview/setbq/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the end of the 2026-11-28 sixth session (88ad712): 5/8, 6/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setbq');

describe('interviewer quality bar, independent set BQ (untouched 5/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 6, firstInSection: 7 });
});
