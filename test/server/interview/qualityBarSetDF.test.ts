// The quality bar of issue 4 on set DF (test/fixtures/interview/setdf/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's tenth round (bbe299e): 8/8, 8/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setdf');

describe('interviewer quality bar, independent set DF (untouched 8/8, 8/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 7 });
});
