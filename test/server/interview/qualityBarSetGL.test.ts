// The quality bar of issue 4 on set GL (test/fixtures/interview/setgl/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it, from the rewritten labelling brief
// (test/fixtures/interview/LABELLING.md). Untouched (measured before any of its misses were looked at) on the
// engine of bdce71d (2026-11-29): 8/8, 3/8; on the next commit's ("what is your primary fix?" x0.85), also
// untouched: 8/8, 4/8.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setgl');

describe('interviewer quality bar, independent set GL (untouched 8/8, 3/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 4 });
});
