// The quality bar of issue 4 on set EB (test/fixtures/interview/seteb/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine at the start of the 2026-11-28 eighth session (b1261ec): 2/8, 1/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/seteb');

describe('interviewer quality bar, independent set EB (untouched 2/8, 1/8)', () => {
  qualityBarSuite(DIR, { first: 3, twoOfThree: 2, firstInSection: 7 });
});
