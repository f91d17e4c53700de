// The quality bar of issue 4 on set R (test/fixtures/interview/setr/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured on the engine at the start
// of the 2026-11-28 second session, before any of its misses were looked at):
// first probe 6/8, two of three 5/8 (the session's later engine, before its misses were looked at: 6/8, 4/8).
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setr');

describe('interviewer quality bar, independent set R (untouched 6/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 7, firstInSection: 8 });
});
