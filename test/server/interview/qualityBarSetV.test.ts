// The quality bar of issue 4 on set V (test/fixtures/interview/setv/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at):
// first probe 5/8, two of three 5/8 on the 2026-11-28 second session's final engine (536e984), never tuned on it;
// 5/8, 4/8 on the engine at that session's start.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setv');

describe('interviewer quality bar, independent set V (untouched 5/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 4 });
});
