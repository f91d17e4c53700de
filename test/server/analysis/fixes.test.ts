import * as assert from 'assert';
import { analyze, analyzeDetailed, fixesFor, type Finding, type TextEdit } from '../../../server/src/analysis';
import { parseDocument } from '../../../server/src/analysis/document/model';
import { insertAfterBlock, insertBeforeLine } from '../../../server/src/analysis/fixes';
import { LineIndex } from '../../../server/src/analysis/text/lineIndex';

const RULE = 'eventual-consistency-unqualified';

/** Applies non-overlapping edits (LSP ranges) to text. */
function apply(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const at = (text: string, needle: string) => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i;
};

/** The rule's findings and the document they were found in. */
function findings(text: string): { doc: NonNullable<ReturnType<typeof analyzeDetailed>['doc']>; found: Finding[] } {
  const r = analyzeDetailed(text);
  assert.ok(r.doc);
  return { doc: r.doc, found: r.findings.filter((f) => f.rule === RULE) };
}

const SCAFFOLD = ['Users see: ...', 'For at most: ...'];

describe('fixes: insertAfterBlock', () => {
  it('adds a paragraph after a paragraph', () => {
    const text = '# T\n\nFirst line\nsecond line.\n\nNext paragraph.\n';
    const out = apply(text, [insertAfterBlock(parseDocument(text), at(text, 'First'), SCAFFOLD)]);
    assert.strictEqual(out, '# T\n\nFirst line\nsecond line.\n\nUsers see: ...\nFor at most: ...\n\nNext paragraph.\n');
  });

  it('adds the scaffold inside a list item, after its nested list, indented to its content', () => {
    const text = '1. Fan out:\n   - consumers\n2. Next item\n';
    const out = apply(text, [insertAfterBlock(parseDocument(text), at(text, 'Fan'), SCAFFOLD)]);
    assert.strictEqual(out, '1. Fan out:\n   - consumers\n\n   Users see: ...\n   For at most: ...\n2. Next item\n');
    assert.deepStrictEqual(parseDocument(out).lists[0].items.length, 2, 'the list stays one list');
  });

  it('keeps the scaffold inside a blockquote', () => {
    const text = '> Quoted claim.\n\nAfter.\n';
    const out = apply(text, [insertAfterBlock(parseDocument(text), at(text, 'Quoted'), SCAFFOLD)]);
    assert.strictEqual(out, '> Quoted claim.\n>\n> Users see: ...\n> For at most: ...\n\nAfter.\n');
    assert.ok(parseDocument(out).blocks.filter((b) => b.quoted).length === 2);
  });

  it('keeps quote markers for an item inside a blockquote', () => {
    const text = '> - item claim\n';
    const out = apply(text, [insertAfterBlock(parseDocument(text), at(text, 'item'), ['Users see: ...'])]);
    assert.strictEqual(out, '> - item claim\n>\n>   Users see: ...\n');
  });

  it('adds the scaffold after the whole table, not between rows', () => {
    const text = '| a | b |\n|---|---|\n| claim | x |\n| more | y |\n\nAfter.\n';
    const out = apply(text, [insertAfterBlock(parseDocument(text), at(text, 'claim'), SCAFFOLD)]);
    assert.strictEqual(out, '| a | b |\n|---|---|\n| claim | x |\n| more | y |\n\nUsers see: ...\nFor at most: ...\n\nAfter.\n');
    assert.strictEqual(parseDocument(out).tables[0].rows.length, 3);
  });

  it('uses CRLF in a CRLF document and inserts at the end of a document without a final line break', () => {
    const text = '# T\r\n\r\nClaim.';
    const out = apply(text, [insertAfterBlock(parseDocument(text), at(text, 'Claim'), SCAFFOLD)]);
    assert.strictEqual(out, '# T\r\n\r\nClaim.\r\n\r\nUsers see: ...\r\nFor at most: ...');
  });
});

describe('fixes: insertBeforeLine', () => {
  it('inserts whole lines before the line of the offset', () => {
    const text = 'a\nbb\ncc\n';
    assert.strictEqual(apply(text, [insertBeforeLine(parseDocument(text), at(text, 'cc') + 1, ['x', 'y'])]), 'a\nbb\nx\ny\ncc\n');
    const crlf = 'a\r\nbb\r\n';
    assert.strictEqual(apply(crlf, [insertBeforeLine(parseDocument(crlf), 3, ['x'])]), 'a\r\nx\r\nbb\r\n');
  });
});

describe('fixes: disable fixes', () => {
  it('offers the rule scaffold, then disable for this line, then for this file', () => {
    const text = '# Feed\n\nThe timeline is eventually consistent.\n';
    const { doc, found } = findings(text);
    assert.deepStrictEqual(fixesFor(doc, found[0]).map((f) => f.title), [
      'Insert: what users see, for how long, what needs strong consistency',
      `Disable ${RULE} for this line`,
      `Disable ${RULE} for this file`,
    ]);
  });

  const cases: Record<string, string> = {
    'a paragraph': '# Feed\n\nThe timeline is eventually consistent.\n',
    'a later line of a paragraph': '# Feed\n\nThe timeline is fast.\nIt is eventually consistent.\nMore text.\n',
    'a list item': '# Feed\n\n- The timeline is eventually consistent.\n- Writes are fast.\n',
    'a quote': '# Feed\n\n> The timeline is eventually consistent.\n',
    'a CRLF document': '# Feed\r\n\r\nThe timeline\r\nis eventually consistent.\r\n',
    'a line after a code span': '# Feed\n\nUse `cache`\nwhich is eventually consistent.\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`the line fix silences exactly that finding and leaves the structure alone: ${name}`, () => {
      const { doc, found } = findings(text);
      assert.strictEqual(found.length, 1);
      const fixed = apply(text, fixesFor(doc, found[0])[1].edits);
      assert.deepStrictEqual(findings(fixed).found, []);
      const before = parseDocument(text);
      const after = parseDocument(fixed);
      assert.deepStrictEqual(
        [after.lists.length, after.blocks.filter((b) => b.quoted).length, after.headings.length],
        [before.lists.length, before.blocks.filter((b) => b.quoted).length, before.headings.length],
      );
      assert.strictEqual(after.blocks.length, before.blocks.length, 'no paragraph was split');
    });
  }

  it('falls back to a line of its own when the line before ends inside a code span, and still silences the finding', () => {
    const text = '# Feed\n\nUse `a\nb` which is eventually consistent.\n';
    const { doc, found } = findings(text);
    const fixed = apply(text, fixesFor(doc, found[0])[1].edits);
    assert.strictEqual(fixed, `# Feed\n\nUse \`a\n<!-- tradeoff-disable-next-line ${RULE} -->\nb\` which is eventually consistent.\n`);
    assert.deepStrictEqual(findings(fixed).found, []);
  });

  it('ends the previous line of the same paragraph with the line directive', () => {
    const text = '# Feed\n\nThe timeline is fast.  \nIt is eventually consistent.\n';
    const { doc, found } = findings(text);
    assert.strictEqual(apply(text, fixesFor(doc, found[0])[1].edits), `# Feed\n\nThe timeline is fast. <!-- tradeoff-disable-next-line ${RULE} -->  \nIt is eventually consistent.\n`);
  });

  it('puts the line directive on a line of its own above the first line of a paragraph', () => {
    const text = '# Feed\n\n  The timeline is eventually consistent.\n';
    const { doc, found } = findings(text);
    assert.strictEqual(apply(text, fixesFor(doc, found[0])[1].edits), `# Feed\n\n  <!-- tradeoff-disable-next-line ${RULE} -->\n  The timeline is eventually consistent.\n`);
  });

  it('puts the file directive after front matter, and the result has no findings', () => {
    const text = '---\ntitle: x\n---\n# Feed\n\nThe timeline is eventually consistent.\n';
    const { doc, found } = findings(text);
    const fixed = apply(text, fixesFor(doc, found[0])[2].edits);
    assert.strictEqual(fixed, `---\ntitle: x\n---\n<!-- tradeoff-disable-file ${RULE} -->\n# Feed\n\nThe timeline is eventually consistent.\n`);
    assert.deepStrictEqual(findings(fixed).found, []);
  });

  it('puts the file directive at the top without front matter, and after front matter that ends the file', () => {
    const text = 'The timeline is eventually consistent.\n';
    const { doc, found } = findings(text);
    assert.ok(apply(text, fixesFor(doc, found[0])[2].edits).startsWith(`<!-- tradeoff-disable-file ${RULE} -->\n`));
    const fmOnly = parseDocument('---\na: 1\n---');
    const edits = fixesFor(fmOnly, { ...found[0], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } })[2].edits;
    assert.strictEqual(apply('---\na: 1\n---', edits), `---\na: 1\n---\n<!-- tradeoff-disable-file ${RULE} -->\n`);
  });

  it('still offers the disable fixes when a rule id is unknown', () => {
    const text = 'Text.\n';
    const doc = parseDocument(text);
    const finding: Finding = { rule: 'no-such-rule', severity: 'warning', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, data: { start: 0, end: 4 } };
    assert.deepStrictEqual(fixesFor(doc, finding).map((f) => f.title), ['Disable no-such-rule for this line', 'Disable no-such-rule for this file']);
  });

  it('scaffold fixes stay inside the document for every finding of the real corpus fixture', () => {
    const text = '# Feed\n\n| Part | Note |\n|---|---|\n| Reads | eventually consistent |\n\n> Quoted: asynchronous replication.\n';
    for (const f of analyze(text).findings) {
      const { doc } = findings(text);
      for (const fix of fixesFor(doc, f)) {
        for (const e of fix.edits) {
          assert.ok(e.range.start.line < doc.lines.lineCount);
          assert.ok(e.range.start.character <= doc.lines.lineEnd(e.range.start.line) - doc.lines.lineStarts[e.range.start.line]);
        }
      }
    }
  });
});
