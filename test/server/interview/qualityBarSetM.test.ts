// The quality bar of issue 4 on set M (test/fixtures/interview/setm/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at, on the engine at the end of the 2026-11-28 session's work on sets G-K): first probe 6/8, two of
// three 6/8 (the engine at that session's start: 5/8, 6/8).
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setm');

describe('interviewer quality bar, independent set M (untouched 6/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 8 });
});
