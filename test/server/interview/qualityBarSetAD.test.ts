// The quality bar of issue 4 on set AD (test/fixtures/interview/setad/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the start of the 2026-11-28 fourth session (3d8bb40): first probe 5/8, two of three 7/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setad');

describe('interviewer quality bar, independent set AD (untouched 5/8, 7/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 7 });
});
