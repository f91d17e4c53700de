// The quality bar of issue 4 on set W (test/fixtures/interview/setw/): eight design answers written and labelled
// by an author who never read the interviewer's code nor ran it. Untouched (measured before any of its misses
// were looked at):
// first probe 6/8, two of three 5/8 on the 2026-11-28 second session's final engine (536e984), never tuned on it;
// 5/8, 6/8 on the engine at that session's start.
// First-probe floor 6 -> 5 on purpose (third session of 2026-11-28): a check-then-take race is now weighed as the
// specific question it is (a labelled gap in 11 of the 14 opening plans that ask it), so the coffee
// shop's "checks items are available ... writes the order" is asked before its queue, which its author labelled first.
// Two-of-three floor 6 -> 5 on purpose (same session): the check is also read in inline code, and the escrow answer's
// "checks `available` on the ledger, debits the user account, and calls Stripe" (a double withdrawal) is asked third,
// where its author labelled the ledger's eventual consistency.
// Floors raised to the refitted weights' 7, 6 and 8 (fourth session of 2026-11-28).
import * as path from 'path';
import { qualityBarSuite } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/setw');

describe('interviewer quality bar, independent set W (untouched 6/8, 5/8)', () => {
  qualityBarSuite(DIR, { first: 7, twoOfThree: 7, firstInSection: 8 });
});
