// The quality bar of issue 4 on set O (test/fixtures/interview/seto/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at, on the engine at the end of the 2026-11-28 session's work on sets G-M): first probe 7/8, two of
// three 5/8 (the engine at that session's start: 6/8, 5/8).
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/seto');

describe('interviewer quality bar, independent set O (untouched 7/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 7 });
});
