// The quality bar of issue 4 on set DT (test/fixtures/interview/setdt/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's thirteenth round (c4da2b5): 6/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setdt');

describe('interviewer quality bar, independent set DT (untouched 6/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 6 });
});
