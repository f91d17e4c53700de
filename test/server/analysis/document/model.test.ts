import * as assert from 'assert';
import { parseDocument, sectionAt, sentenceAt, type DesignDocument } from '../../../../server/src/analysis/document/model';
import { readFixture } from '../../../helpers/ruleHarness';
import { assertEvidenceShape, isBlank, lineStartOf, spanOf, textOf } from './modelAssertions';

const blockTexts = (doc: DesignDocument) => doc.blocks.map((b) => textOf(doc, b));
const sectionTitles = (doc: DesignDocument) => doc.sections.map((s) => s.heading?.text ?? null);

describe('document model: a real design doc', () => {
  const text = readFixture('document/feed-design.md');
  const doc = parseDocument(text);

  it('keeps the evidence the same length with the same line breaks', () => {
    assertEvidenceShape(doc);
  });

  it('builds the heading tree with a lone H1 title scoped to its own text', () => {
    assert.deepStrictEqual(
      doc.headings.map((h) => [h.level, h.text, h.line]),
      [
        [1, 'Feed service design', 6],
        [2, 'Constraints', 10],
        [3, 'Read path', 15],
        [2, 'Design', 22],
      ],
    );
    // Front matter only before the title: no preamble section.
    assert.deepStrictEqual(sectionTitles(doc), ['Feed service design', 'Constraints', 'Read path', 'Design']);
    const [title, constraints, readPath, design] = doc.sections;
    assert.deepStrictEqual([title.parent, constraints.parent, readPath.parent, design.parent], [-1, 0, 1, 0]);
    assert.deepStrictEqual(title.children, [1, 3]);
    assert.strictEqual(title.start, lineStartOf(text, '# Feed service design'));
    assert.strictEqual(title.end, text.length);
    assert.strictEqual(title.scopeEnd, lineStartOf(text, '## Constraints'), 'lone H1 scope ends at its first subsection');
    assert.strictEqual(title.ownEnd, title.scopeEnd);
    assert.strictEqual(constraints.end, lineStartOf(text, '## Design'));
    assert.strictEqual(constraints.scopeEnd, constraints.end, 'an H2 scope includes its subsections');
    assert.strictEqual(constraints.ownEnd, lineStartOf(text, '### Read path'));
    assert.strictEqual(readPath.end, lineStartOf(text, '## Design'));
    assert.strictEqual(design.end, text.length);
  });

  it('finds the innermost section and the sentence at an offset', () => {
    assert.strictEqual(sectionAt(doc, spanOf(text, 'Peak load')[0]).heading?.text, 'Constraints');
    assert.strictEqual(sectionAt(doc, spanOf(text, 'Reads hit')[0]).heading?.text, 'Read path');
    assert.strictEqual(sectionAt(doc, spanOf(text, 'Serve from')[0]).heading?.text, 'Design');
    assert.strictEqual(sectionAt(doc, 0).heading?.text, 'Feed service design', 'front matter belongs to the first section');
    const s = sentenceAt(doc, spanOf(text, 'budget')[0]);
    assert.strictEqual(textOf(doc, doc.sentences[s]), 'The p99 budget is 200 ms.');
    assert.strictEqual(sentenceAt(doc, spanOf(text, 'queue: kafka')[0]), -1, 'code is not prose');
  });

  it('blanks front matter and never reads its YAML comment as a heading', () => {
    const end = spanOf(text, '---', 1)[1];
    assert.ok(isBlank(doc, 0, end));
    assert.ok(doc.blocks.every((b) => b.start > end));
  });

  it('gives paragraphs exact offsets and splits their sentences', () => {
    const [start, end] = spanOf(text, 'Status: draft. Owner: J. Smith.');
    const b = doc.blocks.find((x) => x.start === start);
    assert.ok(b);
    assert.deepStrictEqual([b.kind, b.end, b.line, b.listItem, b.quoted], ['paragraph', end, 8, -1, false]);
    assert.deepStrictEqual(
      doc.sentences.slice(b.sentenceStart, b.sentenceEnd).map((s) => textOf(doc, s)),
      ['Status: draft.', 'Owner: J. Smith.'],
    );
    const multi = doc.blocks.find((x) => textOf(doc, x).startsWith('Peak load'));
    assert.strictEqual(textOf(doc, multi!), 'Peak load is 40k reads/s, i.e. roughly 3.5 times the write rate.\nThe p99 budget is 200 ms.');
  });

  it('reads lists, nested lists and task items from their markers', () => {
    assert.strictEqual(doc.lists.length, 2);
    const [outer, inner] = doc.lists;
    assert.deepStrictEqual([outer.ordered, outer.depth, outer.parentItem, outer.items.length], [true, 0, -1, 3]);
    assert.deepStrictEqual([inner.ordered, inner.depth, inner.items.length], [false, 1, 2]);
    assert.strictEqual(inner.parentItem, outer.items[1]);
    assert.strictEqual(outer.start, spanOf(text, '1. Write')[0]);
    assert.strictEqual(outer.end, spanOf(text, 'Serve from the cache.')[1]);
    const second = doc.items[outer.items[1]];
    assert.strictEqual(second.start, spanOf(text, '2. Fan out')[0]);
    assert.strictEqual(second.end, spanOf(text, 'a dead-letter queue')[1], 'an item ends with its nested list');
    assert.strictEqual(doc.items[inner.items[0]].start, spanOf(text, '- idempotent')[0]);
    assert.deepStrictEqual(
      doc.blocks.filter((b) => b.listItem >= 0).map((b) => textOf(doc, b)),
      ['Write to the primary.', 'Fan out through a queue:', 'idempotent consumers', 'a dead-letter queue', 'Serve from the cache.'],
    );
    assert.deepStrictEqual([second.blockStart, second.blockEnd].map((i) => textOf(doc, doc.blocks[i])), ['Fan out through a queue:', 'Serve from the cache.']);
    // The task box is markup, not prose.
    assert.ok(isBlank(doc, ...spanOf(text, '[ ]')));
  });

  it('reads table cells with exact offsets, masking code and keeping escaped pipes inside a cell', () => {
    assert.strictEqual(doc.tables.length, 1);
    const table = doc.tables[0];
    assert.strictEqual(table.start, spanOf(text, '| Component')[0]);
    assert.strictEqual(table.end, spanOf(text, 'Kafka \\| SQS |')[1]);
    const cells = table.rows.map((r) => r.map((b) => textOf(doc, doc.blocks[b])));
    // A cell holding only code has no prose; "\|" does not split a cell.
    assert.deepStrictEqual(cells, [['Component', 'Owner', 'Note'], ['Cache', 'warm on deploy'], ['Queue', 'platform', 'Kafka \\| SQS']]);
    const cache = doc.blocks[table.rows[1][0]];
    const [cacheAt] = spanOf(text, '| Cache |');
    assert.deepStrictEqual([cache.kind, cache.table, cache.start, cache.end, cache.line], ['tableCell', 0, cacheAt + 2, cacheAt + 7, 32]);
    assert.ok(isBlank(doc, ...spanOf(text, '|-----------|-------|------|')), 'the delimiter row is not prose');
    assert.ok(isBlank(doc, ...spanOf(text, '`team\\|infra`')));
  });

  it('marks quoted paragraphs and blanks the quote markers', () => {
    const q = doc.blocks.find((b) => b.quoted);
    assert.ok(q);
    assert.strictEqual(q.start, spanOf(text, 'Interviewers')[0]);
    assert.strictEqual(q.end, spanOf(text, 'Then the mitigation.')[1]);
    assert.deepStrictEqual(
      doc.sentences.slice(q.sentenceStart, q.sentenceEnd).map((s) => doc.evidence.slice(s.start, s.end)),
      ['Interviewers want the failure mode first.', 'Then the mitigation.'],
    );
    assert.strictEqual(doc.evidence[spanOf(text, '> Then')[0]], ' ');
  });

  it('records fenced and indented code and keeps it out of the evidence', () => {
    assert.deepStrictEqual(
      doc.codeBlocks.map((c) => [c.info, c.line, c.endLine, textOf(doc, c)]),
      [
        ['yaml', 38, 42, '```yaml\n# eventual consistency is fine here\nqueue: kafka\n```'],
        ['', 43, 44, 'indented code with eventual consistency'],
      ],
    );
    assert.ok(!doc.evidence.includes('eventual consistency'), 'code never reaches the evidence');
    assert.ok(blockTexts(doc).every((t) => !t.includes('kafka') && !t.includes('indented code')));
  });

  it('records HTML comments with their bodies and lines, outside the evidence', () => {
    assert.deepStrictEqual(
      doc.comments.map((c) => [c.line, c.ownLine, c.body, textOf(doc, c)]),
      [[19, true, ' tradeoff-disable-next-line eventual-consistency-unqualified ', '<!-- tradeoff-disable-next-line eventual-consistency-unqualified -->']],
    );
    assert.ok(isBlank(doc, doc.comments[0].start, doc.comments[0].end));
  });

  it('blanks link destinations, autolinks, bare URLs and inline code but keeps link text and sentence ends', () => {
    assert.ok(isBlank(doc, ...spanOf(text, '(https://example.com/cache.md)')));
    assert.ok(!isBlank(doc, ...spanOf(text, 'the cache doc')));
    assert.ok(isBlank(doc, ...spanOf(text, 'https://example.org/docs')));
    assert.strictEqual(doc.evidence[spanOf(text, 'https://example.org/docs')[1]], '.', 'the full stop after a bare URL ends the sentence');
    assert.ok(isBlank(doc, ...spanOf(text, '<https://example.net/x>')));
    assert.ok(isBlank(doc, ...spanOf(text, '`inline code. Here`')));
    const last = doc.blocks[doc.blocks.length - 1];
    assert.deepStrictEqual(
      doc.sentences.slice(last.sentenceStart, last.sentenceEnd).map((s) => textOf(doc, s)),
      ['Bare link https://example.org/docs.', 'Autolink <https://example.net/x> and `inline code. Here`.'],
    );
  });
});

describe('document model: sections', () => {
  it('treats a document without headings as one section', () => {
    const text = 'We replicate asynchronously.\n\n- one\n- two\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual(
      doc.sections.map((s) => [s.heading, s.level, s.start, s.end, s.scopeEnd, s.ownEnd, s.parent]),
      [[null, 0, 0, text.length, text.length, text.length, -1]],
    );
  });

  it('gives the text before the first heading a section of its own', () => {
    const text = 'Intro paragraph.\n\n## First\n\nBody.\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual(sectionTitles(doc), [null, 'First']);
    assert.deepStrictEqual([doc.sections[0].start, doc.sections[0].end], [0, lineStartOf(text, '## First')]);
    assert.strictEqual(doc.sections[1].parent, -1, 'the preamble is no parent');
    assert.strictEqual(sectionAt(doc, 3).heading, null);
  });

  it('skips a preamble that holds only blank lines or comments', () => {
    const doc = parseDocument('<!-- tradeoff-disable -->\n\n# Title\n\nText.\n');
    assert.deepStrictEqual(sectionTitles(doc), ['Title']);
  });

  it('scopes an H1 over the whole subtree when it is not a lone title', () => {
    const text = '# A\n\nText a.\n\n## A.1\n\nMore.\n\n# B\n\n## B.1\n';
    const doc = parseDocument(text);
    const [a, a1, b] = doc.sections;
    assert.deepStrictEqual([a.scopeEnd, a.end, a.ownEnd], [lineStartOf(text, '# B'), lineStartOf(text, '# B'), lineStartOf(text, '## A.1')]);
    assert.strictEqual(a1.parent, 0);
    assert.deepStrictEqual([b.scopeEnd, b.children.length], [text.length, 1]);
  });

  it('scopes a lone H1 without subsections over the whole document', () => {
    const text = '# Only\n\nBody text.\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual([doc.sections[0].scopeEnd, doc.sections[0].ownEnd], [text.length, text.length]);
  });

  it('nests skipped levels under the nearest shallower heading', () => {
    const text = '## Two\n\n#### Four\n\n### Three\n\n## Two again\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual(doc.sections.map((s) => s.parent), [-1, 0, 0, -1]);
    assert.strictEqual(doc.sections[1].end, lineStartOf(text, '### Three'));
    assert.strictEqual(doc.sections[0].end, lineStartOf(text, '## Two again'));
  });
});

describe('document model: headings', () => {
  it('reads setext headings without their underline', () => {
    const text = 'Big title\n=========\n\nSmall title\nover two lines\n---\n\nBody.\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual(doc.headings.map((h) => [h.level, h.text, h.line]), [[1, 'Big title', 0], [2, 'Small title\nover two lines', 3]]);
    assert.ok(isBlank(doc, ...spanOf(text, '=========')));
    assert.ok(isBlank(doc, ...spanOf(text, '\n---')));
  });

  it('strips ATX markers, closing hashes, quote and list markers from heading text', () => {
    const text = '## Closed ##\n\n   ### Indented\n\n> # Quoted\n\n- ## In a list\n\n# C# is kept #\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual(doc.headings.map((h) => h.text), ['Closed', 'Indented', 'Quoted', 'In a list', 'C# is kept']);
    assert.deepStrictEqual(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.quoted), [false, false, true, false, false]);
    assert.ok(doc.blocks[3].listItem >= 0);
  });

  it('does not read #hashtag lines or seven hashes as headings', () => {
    const doc = parseDocument('#hashtag\n\n####### seven\n');
    assert.deepStrictEqual(doc.headings, []);
    assert.deepStrictEqual(blockTexts(doc), ['#hashtag', '####### seven']);
  });
});

describe('document model: lists, quotes and tables', () => {
  it('blanks every marker of items that start on the same line', () => {
    const text = '- - nested on one line\n- > quoted in an item\n1) ordered with paren\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual(blockTexts(doc), ['nested on one line', 'quoted in an item', 'ordered with paren']);
    assert.deepStrictEqual(doc.lists.map((l) => [l.ordered, l.depth, l.start]), [[false, 0, 0], [false, 1, 2], [true, 0, lineStartOf(text, '1)')]]);
    assert.strictEqual(doc.blocks[1].quoted, true);
    assertEvidenceShape(doc);
  });

  it('reads paragraphs of loose items and lazy continuation lines', () => {
    const text = '* first paragraph\n\n  second paragraph\n* lazy\ncontinuation\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual(blockTexts(doc), ['first paragraph', 'second paragraph', 'lazy\ncontinuation']);
    assert.deepStrictEqual(doc.blocks.map((b) => b.listItem), [0, 0, 1]);
    assert.strictEqual(doc.items[0].end, spanOf(text, 'second paragraph')[1]);
  });

  it('reads nested blockquotes as quoted', () => {
    const text = '> outer\n>\n> > inner text\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual(blockTexts(doc), ['outer', 'inner text']);
    assert.ok(doc.blocks.every((b) => b.quoted));
  });

  it('splits cells at unescaped pipes even inside code, as GFM renders them', () => {
    const text = '| a | b |\n|---|---|\n| `x|y` | z |\n';
    const doc = parseDocument(text);
    const cells = doc.tables[0].rows.map((r) => r.map((b) => textOf(doc, doc.blocks[b])));
    // GFM: the row has three cells "`x", "y`", "z"; the table has two columns, so "z" is dropped.
    assert.deepStrictEqual(cells, [['a', 'b'], ['`x', 'y`']]);
    assert.ok(isBlank(doc, ...spanOf(text, 'z |')));
  });

  it('reads a table inside a blockquote without the quote marker in the first cell', () => {
    const text = '> | Option | Cost |\n> |---|---|\n> | cache | stale reads |\n';
    const doc = parseDocument(text);
    const cells = doc.tables[0].rows.map((r) => r.map((b) => textOf(doc, doc.blocks[b])));
    assert.deepStrictEqual(cells, [['Option', 'Cost'], ['cache', 'stale reads']]);
    assert.strictEqual(doc.tables[0].start, spanOf(text, '| Option')[0]);
    assert.ok(doc.blocks.every((b) => b.quoted && b.kind === 'tableCell'));
  });

  it('reads tables without outer pipes', () => {
    const doc = parseDocument('Option | Cost\n--- | ---\ncache | stale reads\n');
    assert.deepStrictEqual(doc.tables[0].rows.map((r) => r.map((b) => textOf(doc, doc.blocks[b]))), [['Option', 'Cost'], ['cache', 'stale reads']]);
  });
});

describe('document model: non-prose', () => {
  it('blanks inline and multi-line HTML comments, records them, and ignores comments in code', () => {
    const text = 'Text <!-- inline --> more.\n\n<!--\nblock\ncomment\n-->\n\n```\n<!-- in code -->\n```\n\n`<!-- in a code span -->`\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual(doc.comments.map((c) => [c.body, c.ownLine, c.line]), [[' inline ', false, 0], ['\nblock\ncomment\n', true, 2]]);
    assert.deepStrictEqual(blockTexts(doc), ['Text <!-- inline --> more.']);
    assert.ok(isBlank(doc, ...spanOf(text, '<!-- inline -->')));
    assertEvidenceShape(doc);
  });

  it('keeps HTML blocks out of the prose', () => {
    const doc = parseDocument('<div>\nhidden eventual consistency\n</div>\n\nVisible.\n');
    assert.deepStrictEqual(blockTexts(doc), ['Visible.']);
    assert.ok(!doc.evidence.includes('hidden'));
  });

  it('blanks inline HTML tags but keeps their text', () => {
    const text = 'A <b>bold</b> claim<br/>.\n';
    const doc = parseDocument(text);
    assert.strictEqual(doc.evidence, 'A    bold     claim     .\n');
  });

  it('keeps an unterminated fence as code to the end of the document', () => {
    const text = 'Intro.\n\n```\n# not a heading\nmore code\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual(blockTexts(doc), ['Intro.']);
    assert.deepStrictEqual(doc.codeBlocks.map((c) => textOf(doc, c)), ['```\n# not a heading\nmore code']);
  });

  it('reads an unclosed HTML comment as a comment to the end of the document', () => {
    const text = 'Intro.\n\n<!-- never closed\n# hidden heading\n';
    const doc = parseDocument(text);
    assert.deepStrictEqual(blockTexts(doc), ['Intro.']);
    assert.deepStrictEqual(doc.comments.map((c) => c.body), [' never closed\n# hidden heading']);
  });

  it('does not take an unclosed front matter fence as front matter', () => {
    const doc = parseDocument('---\ntitle: x\n\nBody text.\n');
    assert.ok(blockTexts(doc).includes('Body text.'));
  });

  it('accepts TOML front matter and YAML closed with "..."', () => {
    assert.deepStrictEqual(blockTexts(parseDocument('+++\ntitle = "x"\n+++\nBody.\n')), ['Body.']);
    assert.deepStrictEqual(blockTexts(parseDocument('---\ntitle: x\n...\nBody.\n')), ['Body.']);
  });
});

describe('document model: line endings and encoding', () => {
  const lf = '# Title\n\nFirst line  \nsecond sentence.\n\n- item one\n- item two\n\n| a | b |\n|---|---|\n| c | d |\n';

  it('gives the same LSP positions for CRLF as for LF', () => {
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = parseDocument(lf);
    const b = parseDocument(crlf);
    assertEvidenceShape(b);
    const positions = (doc: DesignDocument) => doc.blocks.map((x) => doc.lines.rangeOf(x.start, x.end));
    assert.deepStrictEqual(positions(b), positions(a));
    assert.deepStrictEqual(blockTexts(b), blockTexts(a).map((t) => t.replace(/\n/g, '\r\n')));
    assert.deepStrictEqual(b.sentences.map((s) => b.lines.rangeOf(s.start, s.end)), a.sentences.map((s) => a.lines.rangeOf(s.start, s.end)));
    assert.deepStrictEqual(b.sections.map((s) => b.lines.rangeOf(s.start, s.end)), a.sections.map((s) => a.lines.rangeOf(s.start, s.end)));
    assert.ok(b.evidence.includes('\r\n'), 'evidence keeps CR characters');
  });

  it('reads lone CR line endings as line breaks', () => {
    const cr = lf.replace(/\n/g, '\r');
    const a = parseDocument(lf);
    const b = parseDocument(cr);
    assert.deepStrictEqual(blockTexts(b), blockTexts(a).map((t) => t.replace(/\n/g, '\r')));
    assert.deepStrictEqual(b.blocks.map((x) => x.line), a.blocks.map((x) => x.line));
  });

  it('ignores a byte order mark before front matter or a heading', () => {
    assert.deepStrictEqual(parseDocument('\uFEFF# Title\n').headings.map((h) => h.text), ['Title']);
    const doc = parseDocument('\uFEFF---\ntitle: x\n---\nBody.\n');
    assert.deepStrictEqual(blockTexts(doc), ['Body.']);
  });

  it('survives NUL characters and lone surrogates with offsets intact', () => {
    const text = 'A \u0000 claim \uD800 here.\n\n# Head\uDC00\n';
    const doc = parseDocument(text);
    assertEvidenceShape(doc);
    assert.deepStrictEqual(blockTexts(doc), ['A \u0000 claim \uD800 here.', 'Head\uDC00']);
  });
});
