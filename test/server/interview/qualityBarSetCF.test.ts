// The quality bar of issue 4 on set CF (test/fixtures/interview/setcf/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's third round (8950204): 6/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setcf');

describe('interviewer quality bar, independent set CF (untouched 6/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 4, firstInSection: 7 });
});
