// The quality bar of issue 4 on set CR (test/fixtures/interview/setcr/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's sixth round (013e474): 7/8, 7/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setcr');

describe('interviewer quality bar, independent set CR (untouched 7/8, 7/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 8 });
});
