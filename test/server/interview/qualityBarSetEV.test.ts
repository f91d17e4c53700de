// The quality bar of issue 4 on set EV (test/fixtures/interview/setev/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 849d141 (2026-11-29, eighth session): 3/8, 2/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setev');

describe('interviewer quality bar, independent set EV (untouched 3/8, 2/8)', () => {
  qualityBarSuite(DIR, { first: 3, twoOfThree: 2, firstInSection: 4 });
});
