// The quality bar of issue 4 on set G (test/fixtures/interview/setg/): eight design answers written and labelled
// by a seventh author who never read the interviewer's code nor ran it, measured on the engine as it stood at
// the end of the 2026-11-28 session and NOT tuned on afterwards: first probe 6/8, two of three 4/8. The floors
// are those untouched figures.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setg');

describe('interviewer quality bar, independent set G (never tuned on)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 4, firstInSection: 8 });
});
