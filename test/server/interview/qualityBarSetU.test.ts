// The quality bar of issue 4 on set U (test/fixtures/interview/setu/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at):
// first probe 4/8, two of three 4/8 on the engine at the start of the 2026-11-28 second session, on
// that session's engine at commit 96ee258, and again at c7ed6e2.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setu');

describe('interviewer quality bar, independent set U (untouched 4/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 6 });
});
