// The quality bar of issue 4 on set ET (test/fixtures/interview/setet/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 849d141 (2026-11-29, eighth session): 3/8, 1/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setet');

describe('interviewer quality bar, independent set ET (untouched 3/8, 1/8)', () => {
  qualityBarSuite(DIR, { first: 4, twoOfThree: 2, firstInSection: 7 });
});
