// The quality bar of issue 4 on set BA (test/fixtures/interview/setba/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 sixth session's third round (1c59634): 5/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setba');

describe('interviewer quality bar, independent set BA (untouched 5/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 6 });
});
