// The quality bar of issue 4 on set EM (test/fixtures/interview/setem/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of ea5ed07 (2026-11-28, eighth session): 6/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setem');

describe('interviewer quality bar, independent set EM (untouched 6/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 5 });
});
