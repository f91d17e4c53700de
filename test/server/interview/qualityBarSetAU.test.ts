// The quality bar of issue 4 on set AU (test/fixtures/interview/setau/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 sixth session's first round (bc16a44): 7/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setau');

describe('interviewer quality bar, independent set AU (untouched 7/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 5 });
});
