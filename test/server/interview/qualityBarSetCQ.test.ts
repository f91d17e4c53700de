// The quality bar of issue 4 on set CQ (test/fixtures/interview/setcq/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's sixth round (013e474): 5/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setcq');

describe('interviewer quality bar, independent set CQ (untouched 5/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 5, twoOfThree: 4, firstInSection: 7 });
});
