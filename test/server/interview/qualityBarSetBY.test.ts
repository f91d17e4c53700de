// The quality bar of issue 4 on set BY (test/fixtures/interview/setby/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's first round (9ee9c9d): 5/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setby');

describe('interviewer quality bar, independent set BY (untouched 5/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 5 });
});
