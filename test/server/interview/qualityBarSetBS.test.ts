// The quality bar of issue 4 on set BS (test/fixtures/interview/setbs/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the start of the 2026-11-28 seventh session (5a9b531): 6/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setbs');

describe('interviewer quality bar, independent set BS (untouched 6/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 6, firstInSection: 7 });
});
