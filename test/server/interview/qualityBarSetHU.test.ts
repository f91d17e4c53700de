// The quality bar of issue 4 on set HU (test/fixtures/interview/sethu/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of f052d4b (2026-11-29): 5/8, 1/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/sethu');

describe('interviewer quality bar, independent set HU (untouched 5/8, 1/8)', () => {
  qualityBarSuite(DIR, { first: 5, twoOfThree: 2, firstInSection: 6 });
});
