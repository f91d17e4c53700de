// The quality bar of issue 4 on set S (test/fixtures/interview/sets/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured on the engine at the start
// of the 2026-11-28 second session, before any of its misses were looked at):
// first probe 6/8, two of three 3/8 (the session's later engine, before its misses were looked at: 6/8, 3/8).
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/sets');

describe('interviewer quality bar, independent set S (untouched 6/8, 3/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 7 });
});
