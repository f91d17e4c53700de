// The quality bar of issue 4 on set AF (test/fixtures/interview/setaf/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the refitted engine of the 2026-11-28 fourth session (6daf5ec): first probe 7/8, two of three 6/8; on the
// engine before the refit (3d8bb40): 7/8, 7/8.
// Its concert-merch miss then showed a virtual waiting room ("Queue-it") read as a message queue, fixed since.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setaf');

describe('interviewer quality bar, independent set AF (untouched 7/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 8 });
});
