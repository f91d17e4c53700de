// The quality bar of issue 4 on set W (test/fixtures/interview/setw/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at):
// first probe 6/8, two of three 5/8 on the 2026-11-28 second session's final engine (536e984), never tuned on it;
// 5/8, 6/8 on the engine at that session's start.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setw');

describe('interviewer quality bar, independent set W (untouched 6/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 6, firstInSection: 7 });
});
