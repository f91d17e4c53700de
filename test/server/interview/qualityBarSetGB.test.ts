// The quality bar of issue 4 on set GB (test/fixtures/interview/setgb/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 6c8d3c8 (2026-11-29; the same on c2c38b6): 8/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setgb');

describe('interviewer quality bar, independent set GB (untouched 8/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 6 });
});
