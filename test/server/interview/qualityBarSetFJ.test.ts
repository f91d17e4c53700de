// The quality bar of issue 4 on set FJ (test/fixtures/interview/setfj/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of a46890b (2026-11-29, the engine at this session's start): 6/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setfj');

describe('interviewer quality bar, independent set FJ (untouched 6/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 4 });
});
