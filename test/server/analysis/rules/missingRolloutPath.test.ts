import * as assert from 'assert';
import { analyze } from '../../../../server/src/analysis';
import { applyFirstRuleFix, assertSingleFinding, findingsFor, readFixture } from '../../../helpers/ruleHarness';

const RULE = 'missing-rollout-path';
const fixture = (name: string) => readFixture(`rules/${RULE}/${name}`);
const BASELINE = 'a baseline (the simplest version that ships on day one)';
const TRIGGER = 'a trigger for added complexity (when X exceeds Y, add Z)';

function assertProposal(text: string): void {
  assert.strictEqual(analyze(text).structure.isDesignProposal, true, 'the fixture must be a design proposal');
}

/** Applies the rule's own (first) quick fix to the text. */
function applyRuleFix(text: string): string {
  const finding = findingsFor(RULE, text)[0];
  const { fix, result } = applyFirstRuleFix(text, finding);
  assert.match(fix.title, /Rollout/);
  return result;
}

describe(RULE, () => {
  describe('fires on a design that adds complexity without sequencing it', () => {
    it('the final architecture at once: no baseline and no trigger', () => {
      const text = fixture('positive-final-architecture.md');
      const f = assertSingleFinding(RULE, text, 0, 'Design a photo-sharing feed');
      assert.deepStrictEqual(f.data.missing, [BASELINE, TRIGGER]);
      assert.strictEqual(f.data.complexity, 'add read replicas');
      assert.strictEqual(f.severity, 'information');
    });

    it('phases without triggers are not enough', () => {
      const text = fixture('positive-phases-without-triggers.md');
      const f = assertSingleFinding(RULE, text, 0, 'Chat message history');
      assert.deepStrictEqual(f.data.missing, [TRIGGER]);
    });
  });

  describe('is satisfied by a baseline and a trigger', () => {
    for (const name of ['clean-day-one-then-triggers.md', 'clean-start-with-bottleneck.md']) {
      it(name, () => {
        const text = fixture(name);
        assertProposal(text);
        assert.deepStrictEqual(findingsFor(RULE, text), []);
      });
    }
  });

  it('the same design without its thresholds fires (the clean fixtures are clean because of the triggers)', () => {
    const text = fixture('clean-day-one-then-triggers.md')
      .replace('When score updates exceed 20k per second, we shard', 'Later we shard')
      .replace('Only after replica lag on Postgres exceeds 2 s do we add', 'Then we add');
    const f = assertSingleFinding(RULE, text, 0, 'Leaderboard service');
    assert.deepStrictEqual(f.data.missing, [TRIGGER]);
  });

  describe('traps', () => {
    it('"initially a single" is a baseline and "once the replica lag exceeds 1 s" a trigger', () => {
      const text = fixture('trap-paraphrase-initially.md');
      assertProposal(text);
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('a measured gate for the next step ("once the daily mismatch is under 0.01% for two weeks") is a trigger', () => {
      const text = (migration: string) =>
        [
          '# CDR billing pipeline',
          '',
          '## Rating',
          '',
          'We will assign subscribers to rating workers with consistent hashing on the subscriber id.',
          '',
          '## Migration',
          '',
          `Phase 1 runs the new pipeline in shadow for prepaid, compared to the legacy nightly result. ${migration}`,
          '',
        ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text('We cut prepaid over once the daily mismatch is under 0.01% for two weeks.')), []);
      const ungated = assertSingleFinding(RULE, text('We cut prepaid over after that.'), 0, 'CDR billing pipeline');
      assert.deepStrictEqual(ungated.data.missing, [TRIGGER]);
    });

    it('"keys that start with" is not a baseline, and "network partition" is not the complexity', () => {
      const text = fixture('trap-false-friends.md');
      const f = assertSingleFinding(RULE, text, 0, 'Distributed lock service');
      assert.deepStrictEqual(f.data.missing, [BASELINE]);
      assert.strictEqual(f.data.complexity, 'partition the key space');
    });

    it('an alert threshold is not a trigger, and "day 1" of a settlement cycle is not a baseline', () => {
      const text = (observability: string, cycle = 'Bacs runs a 3-day cycle: submit on day 1, debit on day 3.') =>
        [
          '# Premium collection by Direct Debit',
          '',
          '## Requirements',
          '',
          `One Bacs file per processing day, submitted by the 22:30 cut-off. ${cycle}`,
          '',
          '## Scaling',
          '',
          'We will partition the instalments table by due_date and shard the agent read model by policy_id across four Postgres nodes.',
          '',
          '## Observability',
          '',
          observability,
          '',
        ].join('\n');
      const alerting = 'We alert if the unpaid rate is above 3% and page when consumer lag exceeds 60 seconds.';
      const f = assertSingleFinding(RULE, text(alerting), 0, 'Premium collection by Direct Debit');
      assert.deepStrictEqual(f.data.missing, [BASELINE, TRIGGER]);
      // A threshold that brings in the next piece is one, in the same section as the alerts.
      assert.deepStrictEqual(findingsFor(RULE, text(`${alerting} When lag stays above 5 minutes we add a second consumer group.`, 'We start with one Postgres node.')), []);
      // "Day 1" alone (no cycle of days after it) is still a baseline.
      assert.deepStrictEqual(assertSingleFinding(RULE, text(alerting, 'On day 1 only motor policies move.'), 0, 'Premium collection by Direct Debit').data.missing, [TRIGGER]);
    });

    it('a trigger only in a code block or an HTML comment does not count', () => {
      const text = fixture('trap-trigger-in-code.md');
      const f = assertSingleFinding(RULE, text, 0, 'Audit log');
      assert.deepStrictEqual(f.data.missing, [TRIGGER]);
    });

    it('questions about adding replicas or load balancers are not design decisions', () => {
      const text = fixture('trap-question-not-decision.md');
      assertProposal(text);
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('a reference document is not checked', () => {
      const text = [
        '# Profile store',
        '',
        'This page documents how the profile store works today. It is a reference for operators.',
        '',
        'The store shards the profiles table by user id and adds read replicas in every region.',
        '',
      ].join('\n');
      assert.strictEqual(analyze(text).structure.isDesignProposal, false);
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('quick fix', () => {
    it('appends a "Rollout" section with a baseline and a trigger to fill in, at the end', () => {
      const text = fixture('positive-final-architecture.md');
      const fixed = applyRuleFix(text);
      assert.ok(fixed.startsWith(text));
      assert.strictEqual(
        fixed.slice(text.length),
        '\n## Rollout\n\n- Day one: ... (the simplest version that meets the requirements)\n- When ... exceeds ..., add ...\n- Only after ... exceeds ..., add ...\n',
      );
      const after = findingsFor(RULE, fixed);
      assert.deepStrictEqual(after.map((f) => f.data.missing), [[TRIGGER]], 'the baseline is labelled; the threshold is still to fill in');
    });

    it('goes right after the existing "Phases" section, before the references', () => {
      const text = fixture('positive-phases-without-triggers.md') + '\n## References\n\n- [Postgres partitioning](https://example.com)\n';
      const fixed = applyRuleFix(text);
      assert.match(fixed, /region by region\.\n\n## Rollout\n\n- Day one: [^]*\n\n## References\n/);
    });
  });
});
