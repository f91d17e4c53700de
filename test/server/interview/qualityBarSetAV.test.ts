// The quality bar of issue 4 on set AV (test/fixtures/interview/setav/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 sixth session's second round (ae9261b): 8/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setav');

describe('interviewer quality bar, independent set AV (untouched 8/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 6 });
});
