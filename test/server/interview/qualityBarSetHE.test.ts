// The quality bar of issue 4 on set HE (test/fixtures/interview/sethe/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 84f3add (2026-11-29; the same on the session-start engine 903f561): 5/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/sethe');

describe('interviewer quality bar, independent set HE (untouched 5/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 5, twoOfThree: 3, firstInSection: 7 });
});
