// The quality bar of issue 4 on set Q (test/fixtures/interview/setq/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at, on the 2026-11-28 session's final engine): first probe 3/8, two of three 2/8 — the same as the
// engine at that session's start.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setq');

describe('interviewer quality bar, independent set Q (untouched 3/8, 2/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 5, firstInSection: 8 });
});
