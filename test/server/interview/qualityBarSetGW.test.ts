// The quality bar of issue 4 on set GW (test/fixtures/interview/setgw/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of 903f561 (2026-11-29, this session's starting engine): 5/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setgw');

describe('interviewer quality bar, independent set GW (untouched 5/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 5, twoOfThree: 6, firstInSection: 6 });
});
