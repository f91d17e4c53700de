// The quality bar of issue 4 on set GT (test/fixtures/interview/setgt/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of db6bc94 (2026-11-29, this session's final engine): 3/8, 2/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setgt');

describe('interviewer quality bar, independent set GT (untouched 3/8, 2/8)', () => {
  qualityBarSuite(DIR, { first: 4, twoOfThree: 2, firstInSection: 5 });
});
