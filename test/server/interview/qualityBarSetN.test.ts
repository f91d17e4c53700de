// The quality bar of issue 4 on set N (test/fixtures/interview/setn/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at, on the engine at the end of the 2026-11-28 session's work on sets G-M): first probe 4/8, two of
// three 2/8 (the engine at that session's start: 4/8, 1/8).
// Its misses were studied afterwards; the floors are the rates after that.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setn');

describe('interviewer quality bar, independent set N (untouched 4/8, 2/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 7, firstInSection: 8 });
});
