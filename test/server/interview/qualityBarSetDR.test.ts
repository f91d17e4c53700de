// The quality bar of issue 4 on set DR (test/fixtures/interview/setdr/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's thirteenth round (c4da2b5): 7/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setdr');

describe('interviewer quality bar, independent set DR (untouched 7/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 6 });
});
