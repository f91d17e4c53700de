// The quality bar of issue 4 on set P (test/fixtures/interview/setp/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at, on the 2026-11-28 session's final engine): first probe 5/8, two of three 3/8 — the same as the
// engine at that session's start.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setp');

describe('interviewer quality bar, independent set P (untouched 5/8, 3/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 7 });
});
