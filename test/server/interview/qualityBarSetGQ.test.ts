// The quality bar of issue 4 on set GQ (test/fixtures/interview/setgq/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 7ca7659 (2026-11-29; the same on the final engine, db6bc94): 7/8, 6/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setgq');

describe('interviewer quality bar, independent set GQ (untouched 7/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 6, firstInSection: 8 });
});
