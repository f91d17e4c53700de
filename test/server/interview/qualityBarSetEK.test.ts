// The quality bar of issue 4 on set EK (test/fixtures/interview/setek/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 6f9fc3c (2026-11-28, eighth session): 4/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setek');

describe('interviewer quality bar, independent set EK (untouched 4/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 5, twoOfThree: 4, firstInSection: 7 });
});
