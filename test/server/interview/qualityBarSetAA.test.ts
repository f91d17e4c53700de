// The quality bar of issue 4 on set AA (test/fixtures/interview/setaa/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at): first probe 4/8, two of three 4/8 on the engine as it stood mid-way through the 2026-11-28 third
// session (1d4175e); 4/8, 4/8 on the engine at that session's start (ebe2569).
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setaa');

describe('interviewer quality bar, independent set AA (untouched 4/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 5 });
});
