import * as assert from 'assert';
import { assertSingleFinding, findingsFor, readFixture } from '../../../helpers/ruleHarness';

const RULE = 'eventual-consistency-unqualified';

describe(RULE, () => {
  it('flags an unqualified claim and lists the three missing parts', () => {
    const text = readFixture(`rules/${RULE}/unqualified-feed.md`);
    const f = assertSingleFinding(RULE, text, 5, 'eventually consistent');
    assert.deepStrictEqual(f.data.missing, [
      'what users see while data is stale',
      'how long it lasts (a bound)',
      'which operation still needs a stronger guarantee',
    ]);
    assert.match(f.message, /^"eventually consistent" without what users see/);
  });

  it('does not fire on a negated mention', () => {
    assert.deepStrictEqual(findingsFor(RULE, 'We deliberately avoid eventual consistency for balances.\n'), []);
  });
});
