// The quality bar of issue 4 on set FU (test/fixtures/interview/setfu/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 0e0bb2e (2026-11-29): 8/8, 6/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setfu');

describe('interviewer quality bar, independent set FU (untouched 8/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 6 });
});
