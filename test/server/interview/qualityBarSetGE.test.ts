// The quality bar of issue 4 on set GE (test/fixtures/interview/setge/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 6c8d3c8 (2026-11-29; the same on c2c38b6): 3/8, 2/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setge');

describe('interviewer quality bar, independent set GE (untouched 3/8, 2/8)', () => {
  qualityBarSuite(DIR, { first: 3, twoOfThree: 1, firstInSection: 6 });
});
