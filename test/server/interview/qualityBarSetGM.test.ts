// The quality bar of issue 4 on set GM (test/fixtures/interview/setgm/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of bdce71d (2026-11-29) (the same on the next commit's): 6/8, 3/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setgm');

describe('interviewer quality bar, independent set GM (untouched 6/8, 3/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 4, firstInSection: 7 });
});
