// The quality bar of issue 4 on set CM (test/fixtures/interview/setcm/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's fifth round (d659450): 6/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setcm');

describe('interviewer quality bar, independent set CM (untouched 6/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 5, firstInSection: 8 });
});
