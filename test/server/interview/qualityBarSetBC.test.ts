// The quality bar of issue 4 on set BC (test/fixtures/interview/setbc/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 sixth session's third round (1c59634): 7/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setbc');

describe('interviewer quality bar, independent set BC (untouched 7/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 5, firstInSection: 8 });
});
