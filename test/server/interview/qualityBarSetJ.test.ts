// The quality bar of issue 4 on set J (test/fixtures/interview/setj/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at, on the engine after the 2026-11-28 session's fixes from sets G, H and I, and the same on the
// engine at that session's start): first probe 5/8, two of three 5/8. Its misses were studied afterwards; the floors are the rates after that.
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setj');

describe('interviewer quality bar, independent set J (untouched 5/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 8, twoOfThree: 7 });
});
