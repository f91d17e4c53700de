// The quality bar of issue 4 on set Z (test/fixtures/interview/setz/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at): first probe 6/8, two of three 6/8 on the engine as it stood mid-way through the 2026-11-28 third
// session (1d4175e); 7/8, 6/8 on the engine at that session's start (ebe2569).
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setz');

describe('interviewer quality bar, independent set Z (untouched 6/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 7 });
});
