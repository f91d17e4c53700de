// The quality bar of issue 4 on set AG (test/fixtures/interview/setag/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the refitted engine of the 2026-11-28 fourth session (6daf5ec): first probe 6/8, two of three 6/8; on the
// engine before the refit (3d8bb40): 6/8, 6/8.
// Its office-plant miss then showed a time of day ("At 14:00 a second run") read as a load of "00 a second", fixed since.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setag');

describe('interviewer quality bar, independent set AG (untouched 6/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 7, firstInSection: 7 });
});
