// The quality bar of issue 4 on set FV (test/fixtures/interview/setfv/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 0e0bb2e (2026-11-29): 4/8, 3/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setfv');

describe('interviewer quality bar, independent set FV (untouched 4/8, 3/8)', () => {
  qualityBarSuite(DIR, { first: 4, twoOfThree: 2, firstInSection: 6 });
});
