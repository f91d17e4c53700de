// The quality bar of issue 4 on set AH (test/fixtures/interview/setah/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at) on the engine at the start of the 2026-11-28 fifth session (ada308a): first probe 5/8, two of three 3/8.
// Its misses are judgement the rules lack: a migration cut over in one step, a failover that promotes an
// asynchronous replica with no word on what it loses, an automatic retry of a bank debit and what it costs.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setah');

describe('interviewer quality bar, independent set AH (untouched 5/8, 3/8)', () => {
  qualityBarSuite(DIR, { first: 6, twoOfThree: 7, firstInSection: 7 });
});
