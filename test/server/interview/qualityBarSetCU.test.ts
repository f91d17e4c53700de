// The quality bar of issue 4 on set CU (test/fixtures/interview/setcu/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's seventh round (f1f6d00): 7/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setcu');

describe('interviewer quality bar, independent set CU (untouched 7/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 4 });
});
