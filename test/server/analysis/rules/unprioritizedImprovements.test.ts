import * as assert from 'assert';
import { analyzeDetailed, fixesFor } from '../../../../server/src/analysis';
import type { Finding } from '../../../../server/src/analysis';
import { LineIndex } from '../../../../server/src/analysis/text/lineIndex';
import { assertSingleFinding, findingsFor, readFixture } from '../../../helpers/ruleHarness';

const RULE = 'unprioritized-improvements';
const fixture = (name: string) => readFixture(`rules/${RULE}/${name}`);
const MISSING = ['which one comes first and why (the bottleneck it relieves)'];

/** Applies the rule's own (first) quick fix to the text. */
function applyRuleFix(text: string): string {
  const { doc, findings } = analyzeDetailed(text);
  const finding = findings.find((f) => f.rule === RULE) as Finding;
  const fix = fixesFor(doc!, finding)[0];
  assert.strictEqual(fix.title, 'Insert a priority line before the list');
  const lines = new LineIndex(text);
  const edit = fix.edits[0];
  return text.slice(0, lines.offsetAt(edit.range.start)) + edit.newText + text.slice(lines.offsetAt(edit.range.end));
}

describe(RULE, () => {
  describe('fires on four or more improvements with no order', () => {
    it('points at the cue in the lead-in sentence', () => {
      const text = fixture('positive-optimizations.md');
      const f = assertSingleFinding(RULE, text, 7, 'optimizations');
      assert.deepStrictEqual(f.data.missing, MISSING);
      assert.strictEqual(f.data.items, 5);
      assert.match(f.message, /^5 optimizations listed with no order: say which comes first and why/);
    });

    it('a numbered list under "Next steps" is not prioritised by its numbers alone', () => {
      const text = fixture('positive-numbered-next-steps.md');
      const f = assertSingleFinding(RULE, text, 7, 'Next steps');
      assert.deepStrictEqual(f.data.missing, MISSING);
      assert.match(f.message, /^5 next steps listed/);
    });
  });

  describe('is satisfied by an order or a reason for it', () => {
    it('order words: "In priority order", "First ..., because", "Then", "Finally"', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('clean-first-then.md')), []);
    });

    it('priority labels: [P0], [P1], [P2]', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('clean-priority-labels.md')), []);
    });

    it('options followed by the one we choose and why', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('clean-choice-after-options.md')), []);
    });

    it('the same labels removed fire again (the clean fixture is clean because of them)', () => {
      const text = fixture('clean-priority-labels.md').replace(/\[P\d\] /g, '');
      assertSingleFinding(RULE, text, 2, 'Action items');
    });
  });

  describe('traps', () => {
    it('"in no particular order" is explicitly not prioritisation', () => {
      const text = fixture('trap-no-particular-order.md');
      assertSingleFinding(RULE, text, 4, 'improvements');
    });

    it('a list of links under "Next steps" is a reading list, not a plan', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-reading-list.md')), []);
    });

    it('"then" inside an item and "per second" in the lead-in are not order words', () => {
      const text = fixture('trap-mid-item-then.md');
      const f = assertSingleFinding(RULE, text, 4, 'we could');
      assert.match(f.message, /^4 options listed/);
    });

    it('a flow list after a sentence that merely contains "we could" is not a list of options', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-flow-list.md')), []);
    });

    it('requirements under "What it needs to do" are not a to-do list, where "To do" still is one', () => {
      const list = '- Ringers say whether they are coming to each practice.\n- The captain sees who is coming.\n- Ringers can offer to ring at another tower.\n- Reminders go out 48 hours before practice.\n';
      const doc = (heading: string) => `# Practice rota\n\nWe will build a rota app for 60 ringers.\n\n## ${heading}\n\n${list}`;
      for (const heading of ['What it needs to do', 'What the run has to do']) assert.deepStrictEqual(findingsFor(RULE, doc(heading)), [], heading);
      assertSingleFinding(RULE, doc('To do'), 4, 'To do');
    });

    it('lists of three or fewer are left alone', () => {
      const text = '## Next steps\n\n- Add an index\n- Cache the hot keys\n- Batch the writes\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('the trigger words in a code block are not evidence', () => {
      const text = '## Notes\n\n```text\nPossible improvements:\n- a\n- b\n- c\n- d\n```\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('quick fix', () => {
    it('inserts a priority line between the lead-in and the list', () => {
      const text = fixture('positive-optimizations.md');
      const fixed = applyRuleFix(text);
      assert.match(
        fixed,
        /optimizations to the crawling service:\n\nPriority: first \.\.\., because it relieves \.\.\.; then \.\.\.; only after \.\.\. exceeds \.\.\., \.\.\.\n\n\* Keep a local DNS cache/,
      );
      assert.deepStrictEqual(findingsFor(RULE, fixed), []);
    });

    it('keeps the indentation of a nested list', () => {
      const text = '## Scaling\n\n- Writes\n  - Possible improvements:\n    - Batch the writes\n    - Add a queue\n    - Shard the table\n    - Drop unused indexes\n';
      const f = assertSingleFinding(RULE, text, 3, 'improvements');
      assert.strictEqual(f.data.items, 4);
      const fixed = applyRuleFix(text);
      assert.match(fixed, /  - Possible improvements:\n    Priority: first [^\n]*\n\n    - Batch the writes/);
    });
  });
  describe('outside design proposals', () => {
    it('does not rank the option and optimization lists of a library README', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-api-options-readme.md')), []);
    });

    it('still judges the same options list once the document proposes a design', () => {
      const text = '# Upload service design\n\nWe propose a new upload path, and we will use presigned URLs.\n\n## Scaling\n\nWe have several options:\n\n- Add a CDN in front of downloads.\n- Move thumbnails to a worker pool.\n- Shard the metadata table.\n- Cache the upload policy.\n';
      const [f] = findingsFor(RULE, text);
      assert.ok(f, 'the options list is reported');
      assert.strictEqual(f.range.start.line, 6);
      assert.strictEqual(f.data.items, 4);
    });
  });
});
