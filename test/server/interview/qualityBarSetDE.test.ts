// The quality bar of issue 4 on set DE (test/fixtures/interview/setde/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine after the 2026-11-28 seventh session's ninth round (1646deb): 5/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setde');

describe('interviewer quality bar, independent set DE (untouched 5/8, 4/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 4 });
});
