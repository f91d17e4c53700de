// The quality bar of issue 4 on set ES (test/fixtures/interview/setes/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 75ad424 (2026-11-29, eighth session): 8/8, 6/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setes');

describe('interviewer quality bar, independent set ES (untouched 8/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 6 });
});
