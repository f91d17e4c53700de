// The quality bar of issue 4 on set AC (test/fixtures/interview/setac/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at): first probe 7/8, two of three 6/8 on the engine late in the 2026-11-28 third session
// (5e42626); the same on the engine at that session's start (ebe2569).
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setac');

describe('interviewer quality bar, independent set AC (untouched 7/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 8 });
});
