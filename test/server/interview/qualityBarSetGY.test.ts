// The quality bar of issue 4 on set GY (test/fixtures/interview/setgy/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 903f561 (2026-11-29, this session's starting engine): 6/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setgy');

describe('interviewer quality bar, independent set GY (untouched 6/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 4, firstInSection: 8 });
});
