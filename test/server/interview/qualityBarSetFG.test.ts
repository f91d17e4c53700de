// The quality bar of issue 4 on set FG (test/fixtures/interview/setfg/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of a46890b (2026-11-29, the engine at this session's start): 3/8, 3/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setfg');

describe('interviewer quality bar, independent set FG (untouched 3/8, 3/8)', () => {
  qualityBarSuite(DIR, { first: 4, twoOfThree: 4, firstInSection: 7 });
});
