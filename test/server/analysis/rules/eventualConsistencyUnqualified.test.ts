import * as assert from 'assert';
import type { Finding, TextEdit } from '../../../../server/src/analysis/types';
import { applyFirstRuleFix, assertSingleFinding, findingsFor, readFixture } from '../../../helpers/ruleHarness';

const RULE = 'eventual-consistency-unqualified';
const USER_VIEW = 'what users see while data is stale';
const BOUND = 'how long it lasts (a bound)';
const STRONGER = 'which operation still needs a stronger guarantee';

const fixture = (name: string) => readFixture(`rules/${RULE}/${name}`);

/** Applies the rule's own quick fix (the first one) to the text. */
function applyRuleFix(text: string, finding: Finding): { edit: TextEdit; result: string } {
  return applyFirstRuleFix(text, finding);
}

describe(RULE, () => {
  describe('fires', () => {
    it('on an unqualified claim and lists the three missing parts', () => {
      const text = fixture('unqualified-feed.md');
      const f = assertSingleFinding(RULE, text, 5, 'eventually consistent');
      assert.deepStrictEqual(f.data.missing, [USER_VIEW, BOUND, STRONGER]);
      assert.match(f.message, /^"eventually consistent" without what users see/);
      assert.strictEqual(f.data.section, 'Storage');
    });

    it('on asynchronous replication that says what users see but not for how long or what stays strong', () => {
      const text = fixture('async-replication-profiles.md');
      const f = assertSingleFinding(RULE, text, 14, 'asynchronous replication');
      assert.deepStrictEqual(f.data.missing, [BOUND, STRONGER]);
      assert.strictEqual(f.message, '"asynchronous replication" without how long it lasts (a bound), which operation still needs a stronger guarantee.');
    });

    it('reads "a replica can serve the previous digest" as what users see and "normally 300–800 ms" as a bound, leaving only the stronger guarantee', () => {
      for (const body of [
        'Tags in a replica are eventually consistent with `eu-west`: after a push, a replica can serve the previous digest for a tag until the copy lands, within 4 minutes for the largest images.',
        'The velocity features are eventually consistent with the authorisations. What the model sees is a stale 1-minute count that lags by the pipeline delay, normally 300–800 ms.',
      ]) {
        const text = `# Design\n\n## Freshness\n\nWe will replicate with an event pipeline. ${body}\n`;
        const f = assertSingleFinding(RULE, text, 4, 'eventually consistent');
        assert.deepStrictEqual(f.data.missing, [STRONGER], body);
      }
    });

    it('on BASE semantics (the acronym, in capitals) and reports once per section', () => {
      const text = fixture('base-semantics-cart.md');
      const f = assertSingleFinding(RULE, text, 17, 'BASE');
      assert.deepStrictEqual(f.data.missing, [USER_VIEW, BOUND, STRONGER]);
      assert.strictEqual(f.data.section, 'Consistency');
    });
  });

  describe('is satisfied', () => {
    it('by "a customer may see a status up to ~2 minutes behind", with disputes that do not go through the projection', () => {
      const text = [
        '# Parcel tracking',
        '',
        '## How a scan flows',
        '',
        'We will project scans into a tracking view. Because the tracking page reads the projection, it is eventually consistent with the scans:',
        'during the evening hub peak a customer may see a parcel\'s status up to ~2 minutes behind the last scan.',
        'Disputes and proof of delivery do not go through the projection: the support tool reads the delivery scan directly.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('by the user-visible effect, a bound and the operations that read the primary, in the section', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('qualified-likes.md')), []);
    });

    it('when one section qualifies it fully and other sections only refer back to it', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('qualified-in-consistency-section.md')), []);
    });

    it('by the paraphrase "users may see yesterday\'s count for up to 30 s" plus a primary read', () => {
      const text = [
        '# Counters',
        '',
        '## Storage',
        '',
        'Like counts are eventually consistent. Users may see yesterday\'s count for up to 30 s; liking and',
        'unliking read from the primary.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('by a bound in words ("well under a second") and what a reader might get while the replica lags', () => {
      const text = [
        '# Paywall',
        '',
        '## Meter counting',
        '',
        'Reads for the decision go to the Redis replica to keep load off the primary, so the meter is eventually',
        'consistent: replica lag is normally well under a second, so a reader opening several tabs at once might get',
        'one or two extra articles, which editorial is fine with. Premium bodies never depend on the meter.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
      // Without the reader's effect, the bound alone leaves what users see open.
      const boundOnly = text.replace(/, so a reader opening several tabs at once might get\none or two extra articles, which editorial is fine with/, '');
      assert.deepStrictEqual(findingsFor(RULE, boundOnly).map((f) => f.data.missing), [['what users see while data is stale']]);
    });

    it('by a one-paragraph subsection read together with its parent section', () => {
      const text = [
        '# Replication design',
        '',
        '## Challenges',
        '',
        '### Consistency',
        '',
        'The standby cluster is eventually consistent with the main cluster; writes to different keys may arrive out of order.',
        '',
        '### Latency',
        '',
        'The standby must stay within 10 seconds of the main cluster. We will keep per-key order, which gives causal consistency for each key.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('traps', () => {
    it('does not fire on negated mentions ("avoid eventual consistency", "... is not acceptable") or "eventual delivery"', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-negation.md')), []);
      assert.deepStrictEqual(findingsFor(RULE, 'We deliberately avoid eventual consistency for balances.\n'), []);
    });

    it('does not fire on code, HTML comments or a reading list of links', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-code-and-links.md')), []);
    });

    it('does not fire on a background section describing the status quo', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-background-paraphrase.md')), []);
    });

    it('does not fire on general guidance addressed to the reader in a document that proposes nothing', () => {
      const text = [
        'This article explains how to manage data across services.',
        '',
        '## Approaches',
        '',
        '- Define the consistency level per component, preferring eventual consistency where possible. Understand where you need transactions.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('still fires on the same guidance phrasing inside a design proposal', () => {
      const text = [
        '# Orders',
        '',
        'We will split orders and shipping into two services, and we propose a shared event log between them.',
        '',
        '## Data',
        '',
        'Shipping keeps a copy of each order that is eventually consistent with the orders service, so you can ship without calling it.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 6, 'eventually consistent');
      assert.deepStrictEqual(f.data.missing, [USER_VIEW, BOUND, STRONGER]);
    });
  });

  describe('quick fix', () => {
    it('inserts labelled lines for the missing parts after the paragraph, and the labels satisfy the rule', () => {
      const text = fixture('unqualified-feed.md');
      const [finding] = findingsFor(RULE, text);
      const { edit, result } = applyRuleFix(text, finding);
      assert.strictEqual(edit.range.start.line, 5, 'at the end of the last line of the trigger paragraph');
      assert.strictEqual(
        edit.newText,
        '\n\nWhat users see while replicas disagree: ...\nStaleness bound: at most ... seconds\nStill needs strong consistency (read from the primary): ...',
      );
      assert.ok(result.includes('eventually consistent, which is fine for a feed.\n\nWhat users see while replicas disagree: ...\n'));
      assert.deepStrictEqual(findingsFor(RULE, result), []);
    });

    it('scaffolds only the parts that are missing', () => {
      const text = fixture('async-replication-profiles.md');
      const [finding] = findingsFor(RULE, text);
      const { edit } = applyRuleFix(text, finding);
      assert.ok(!edit.newText.includes('What users see'));
      assert.ok(edit.newText.includes('Staleness bound: at most ... seconds'));
      assert.ok(edit.newText.includes('Still needs strong consistency'));
    });
  });
});
