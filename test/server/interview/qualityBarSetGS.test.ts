// The quality bar of issue 4 on set GS (test/fixtures/interview/setgs/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of db6bc94 (2026-11-29, this session's final engine): 5/8, 2/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setgs');

describe('interviewer quality bar, independent set GS (untouched 5/8, 2/8)', () => {
  qualityBarSuite(DIR, { first: 5, twoOfThree: 3 });
});
