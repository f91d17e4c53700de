// The quality bar of issue 4 on set FY (test/fixtures/interview/setfy/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 7ec54b7 (2026-11-29): 2/8, 1/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setfy');

describe('interviewer quality bar, independent set FY (untouched 2/8, 1/8)', () => {
  qualityBarSuite(DIR, { first: 3, twoOfThree: 3, firstInSection: 8 });
});
