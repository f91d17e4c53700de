// The quality bar of issue 4 on set HJ (test/fixtures/interview/sethj/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 84f3add (2026-11-29): 8/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/sethj');

describe('interviewer quality bar, independent set HJ (untouched 8/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 6 });
});
