// The quality bar of issue 4 on set EO (test/fixtures/interview/seteo/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of ea5ed07 (2026-11-28, eighth session): 5/8, 2/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/seteo');

describe('interviewer quality bar, independent set EO (untouched 5/8, 2/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 3 });
});
