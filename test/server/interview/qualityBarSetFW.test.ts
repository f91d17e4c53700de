// The quality bar of issue 4 on set FW (test/fixtures/interview/setfw/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 0e0bb2e (2026-11-29): 5/8, 1/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setfw');

describe('interviewer quality bar, independent set FW (untouched 5/8, 1/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 2 });
});
