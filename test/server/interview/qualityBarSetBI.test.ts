// The quality bar of issue 4 on set BI (test/fixtures/interview/setbi/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 sixth session's fifth round (76324cb): 7/8, 5/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setbi');

describe('interviewer quality bar, independent set BI (untouched 7/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 5 });
});
