// The quality bar of issue 4 on set EI (test/fixtures/interview/setei/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 6f9fc3c (2026-11-28, eighth session): 6/8, 7/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setei');

describe('interviewer quality bar, independent set EI (untouched 6/8, 7/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 6 });
});
