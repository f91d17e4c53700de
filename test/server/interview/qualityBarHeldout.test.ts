// The quality bar of issue 4 on a held-out set: six design answers the interviewer's ranking was never tuned on
// (test/fixtures/interview/heldout/), labelled by reading before the engine ran on them. Same matching as the
// labelled set (qualityMatching.ts): the first probe hits one of the three labelled gaps, the first three two.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/heldout');

describe('interviewer quality bar, held-out set', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 6 });
});
