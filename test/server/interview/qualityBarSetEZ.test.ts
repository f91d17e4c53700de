// The quality bar of issue 4 on set EZ (test/fixtures/interview/setez/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of e7b865c (2026-11-29, eighth session): 6/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setez');

describe('interviewer quality bar, independent set EZ (untouched 6/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 5 });
});
