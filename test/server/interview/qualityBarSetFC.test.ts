// The quality bar of issue 4 on set FC (test/fixtures/interview/setfc/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of dbd421b (2026-11-29, the session's final engine): 3/8, 3/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setfc');

describe('interviewer quality bar, independent set FC (untouched 3/8, 3/8)', () => {
  qualityBarSuite(DIR, { first: 3, twoOfThree: 4, firstInSection: 5 });
});
