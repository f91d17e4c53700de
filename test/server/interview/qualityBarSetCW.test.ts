// The quality bar of issue 4 on set CW (test/fixtures/interview/setcw/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's seventh round (f1f6d00): 6/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setcw');

describe('interviewer quality bar, independent set CW (untouched 6/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 6, firstInSection: 8 });
});
