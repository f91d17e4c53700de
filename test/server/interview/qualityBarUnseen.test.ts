// The quality bar of issue 4 on set A (test/fixtures/interview/unseen/): eight design answers written and
// labelled by an author who never read the interviewer's code nor ran it. Their first measurement (6/8 first
// probe, 6/8 two of three) came before the engine saw them; the engine was then improved with their misses in
// view, so the untouched check is set B (qualityBarFinal.test.ts). Same matching as the other sets.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/unseen');

describe('interviewer quality bar, independent set A', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 6 });
});
