// The quality bar of issue 4 on set X (test/fixtures/interview/setx/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at): first probe 5/8, two of three 6/8 on the engine at the 2026-11-28 third session's start (ebe2569).
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setx');

describe('interviewer quality bar, independent set X (untouched 5/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 6, firstInSection: 8 });
});
