// The quality bar of issue 4 on set AI (test/fixtures/interview/setai/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the start of the 2026-11-28 fifth session (ada308a): first probe 8/8, two of three 6/8.
// Its museum miss then showed a failure stated as a condition whose consequence is another failure ("If Stripe is
// down during the run, those renewals fail the same way") read as handled; it is now asked what is done then.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setai');

describe('interviewer quality bar, independent set AI (untouched 8/8, 6/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 7 });
});
