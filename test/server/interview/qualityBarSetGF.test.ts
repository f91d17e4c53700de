// The quality bar of issue 4 on set GF (test/fixtures/interview/setgf/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 825d148 (2026-11-29; the same on the next commit's): 7/8, 2/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setgf');

describe('interviewer quality bar, independent set GF (untouched 7/8, 2/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 4 });
});
