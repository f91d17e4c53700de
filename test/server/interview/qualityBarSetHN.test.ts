// The quality bar of issue 4 on set HN (test/fixtures/interview/sethn/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 84f3add (2026-11-29): 4/8, 2/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/sethn');

describe('interviewer quality bar, independent set HN (untouched 4/8, 2/8)', () => {
  qualityBarSuite(DIR, { first: 4, twoOfThree: 3, firstInSection: 5 });
});
