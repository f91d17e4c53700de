// The quality bar of issue 4 on set GV (test/fixtures/interview/setgv/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 903f561 (2026-11-29, this session's starting engine): 6/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setgv');

describe('interviewer quality bar, independent set GV (untouched 6/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 4 });
});
