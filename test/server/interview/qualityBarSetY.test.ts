// The quality bar of issue 4 on set Y (test/fixtures/interview/sety/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at): first probe 6/8, two of three 4/8 on the engine at the 2026-11-28 third session's start (ebe2569).
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/sety');

describe('interviewer quality bar, independent set Y (untouched 6/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 6 });
});
