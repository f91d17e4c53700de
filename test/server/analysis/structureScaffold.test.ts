// The scaffold line a structure lens inserts (`**New cost:** ...`): where it goes in a section, how an unfilled
// one is recognised, and that it never counts as the part itself until the writer fills it in.
import * as assert from 'assert';
import { readdirSync } from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/analysis/analyze';
import { parseDocument, type DesignDocument, type Section } from '../../../server/src/analysis/document/model';
import {
  STRUCTURE_LABELS,
  STRUCTURE_PROMPTS,
  isUnfilledStructureLabel,
  structurePartScaffold,
  type StructureScaffold,
} from '../../../server/src/analysis/structureScaffold';
import { STRUCTURE_PARTS, type Range, type StructurePart, type TextEdit } from '../../../server/src/analysis/types';
import { FIXTURES, readFixture } from '../../helpers/ruleHarness';

const lens = (name: string) => readFixture(`lens/${name}`);

function sectionTitled(doc: DesignDocument, title: string | null): Section {
  const section = doc.sections.find((s) => (s.heading ? s.heading.text : null) === title);
  assert.ok(section, `section ${title}`);
  return section;
}

function scaffoldFor(text: string, title: string | null, part: StructurePart): StructureScaffold {
  const doc = parseDocument(text);
  return structurePartScaffold(doc, sectionTitled(doc, title), part);
}

/** Applies edits the way an LSP client does. */
function apply(text: string, ...edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///answer.md', 'markdown', 1, text), edits);
}

function textAt(text: string, range: Range): string {
  return TextDocument.create('file:///answer.md', 'markdown', 1, text).getText(range);
}

const at = (line: number, character: number): Range => ({ start: { line, character }, end: { line, character } });

/** The section report of the analysed text, by title. */
function report(text: string, title: string | null) {
  const s = analyze(text).sections.find((x) => x.title === title);
  assert.ok(s, `section report ${title}`);
  return s;
}

describe('structure scaffold: where a missing part goes', () => {
  it('after the last paragraph of a prose section, with a blank line before it and the next heading untouched', () => {
    const text = lens('prose.md');
    const scaffold = scaffoldFor(text, 'Redirect path', 'newCost');
    assert.deepStrictEqual(scaffold.edit, { range: at(8, 97), newText: '\n\n**New cost:** ...' });
    assert.deepStrictEqual(scaffold.placeholder, { start: { line: 10, character: 14 }, end: { line: 10, character: 17 } });
    const after = apply(text, scaffold.edit!);
    assert.deepStrictEqual(after.split('\n').slice(8, 13), [
      'If Redis is unreachable, every redirect falls through to the database and p99 climbs past 200 ms.',
      '',
      '**New cost:** ...',
      '',
      '## Analytics',
    ]);
    assert.strictEqual(textAt(after, scaffold.placeholder), '...');
  });

  it('after a trailing list, as a paragraph of its own rather than a list item', () => {
    const text = lens('trailing-list.md');
    const scaffold = scaffoldFor(text, 'Delivery pipeline', 'newCost');
    assert.deepStrictEqual(scaffold.edit, { range: at(10, 21), newText: '\n\n**New cost:** ...' });
    const after = apply(text, scaffold.edit!);
    assert.deepStrictEqual(after.split('\n').slice(10, 15), ['- provider error rate', '', '**New cost:** ...', '', '## Preferences']);
    const doc = parseDocument(after);
    const block = doc.blocks.find((b) => after.slice(b.start, b.end) === '**New cost:** ...');
    assert.ok(block, 'the scaffold is a block of its own');
    assert.strictEqual(block.kind, 'paragraph');
    assert.strictEqual(block.listItem, -1, 'not swallowed by the list above');
    assert.strictEqual(doc.lists.length, 1);
    assert.strictEqual(doc.lists[0].items.length, 3);
  });

  it('after a trailing fenced code block (its closing fence), outside the code', () => {
    const text = lens('trailing-code.md');
    const scaffold = scaffoldFor(text, 'Token buckets in Redis', 'failureMode');
    assert.deepStrictEqual(scaffold.edit, { range: at(12, 3), newText: '\n\n**Failure mode:** ...' });
    assert.deepStrictEqual(scaffold.placeholder, { start: { line: 14, character: 18 }, end: { line: 14, character: 21 } });
    const after = apply(text, scaffold.edit!);
    assert.deepStrictEqual(after.split('\n').slice(11, 17), ['return 0', '```', '', '**Failure mode:** ...', '', '## Client libraries']);
    const doc = parseDocument(after);
    const offset = after.indexOf('**Failure mode:**');
    assert.ok(doc.codeBlocks.every((c) => offset < c.start || offset >= c.end), 'the scaffold is not inside the code block');
    assert.strictEqual(doc.codeBlocks.length, 1);
  });

  it('right after the heading of a section that has only its heading', () => {
    const text = lens('heading-only.md');
    const scaffold = scaffoldFor(text, 'Presence caching', 'constraint');
    assert.deepStrictEqual(scaffold.edit, { range: at(8, 19), newText: '\n\n**Constraint:** ...' });
    assert.deepStrictEqual(scaffold.placeholder, { start: { line: 10, character: 16 }, end: { line: 10, character: 19 } });
    const after = apply(text, scaffold.edit!);
    assert.deepStrictEqual(after.split('\n').slice(8, 13), ['## Presence caching', '', '**Constraint:** ...', '', '## Storage']);
  });

  it('a heading-only section at the very end of a document without a final line break', () => {
    const text = `${lens('prose.md')}\n## Open questions`;
    const scaffold = scaffoldFor(text, 'Open questions', 'failureMode');
    const lastLine = text.split('\n').length - 1;
    assert.deepStrictEqual(scaffold.edit, { range: at(lastLine, 17), newText: '\n\n**Failure mode:** ...' });
    assert.ok(apply(text, scaffold.edit!).endsWith('## Open questions\n\n**Failure mode:** ...'));
  });

  it('in a section with subsections: at the end of its own text, before the first subsection', () => {
    const text = lens('subsections.md');
    const scaffold = scaffoldFor(text, 'Feed generation', 'newCost');
    assert.deepStrictEqual(scaffold.edit, { range: at(7, 18), newText: '\n\n**New cost:** ...' });
    const after = apply(text, scaffold.edit!);
    assert.deepStrictEqual(after.split('\n').slice(6, 12), [
      'We will precompute feeds with a fan-out worker and cache the first page in Redis to reduce load on the',
      'timeline database.',
      '',
      '**New cost:** ...',
      '',
      '### Celebrity accounts',
    ]);
    // Still the parent's own text, and the subsections keep theirs.
    const doc = parseDocument(after);
    const feed = sectionTitled(doc, 'Feed generation');
    const offset = after.indexOf('**New cost:**');
    assert.ok(offset > feed.start && offset < feed.ownEnd);
    assert.deepStrictEqual(
      feed.children.map((c) => doc.sections[c].heading?.text),
      ['Celebrity accounts', 'Ranking'],
    );
  });

  it('a subsection gets its own line at its own end, not the parent', () => {
    const text = lens('subsections.md');
    const scaffold = scaffoldFor(text, 'Celebrity accounts', 'newCost');
    assert.deepStrictEqual(scaffold.edit, { range: at(12, 64), newText: '\n\n**New cost:** ...' });
    assert.deepStrictEqual(apply(text, scaffold.edit!).split('\n').slice(12, 17), [
      'them out, so one celebrity post does not queue a million writes.',
      '',
      '**New cost:** ...',
      '',
      '### Ranking',
    ]);
  });

  it('in a CRLF document: CRLF line breaks only, and the same lines as with LF', () => {
    const lf = lens('prose.md');
    const crlf = lf.replace(/\n/g, '\r\n');
    const scaffold = scaffoldFor(crlf, 'Redirect path', 'newCost');
    assert.deepStrictEqual(scaffold.edit, { range: at(8, 97), newText: '\r\n\r\n**New cost:** ...' });
    assert.deepStrictEqual(scaffold.placeholder, scaffoldFor(lf, 'Redirect path', 'newCost').placeholder);
    const after = apply(crlf, scaffold.edit!);
    assert.strictEqual(after.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.strictEqual(after, apply(lf, scaffoldFor(lf, 'Redirect path', 'newCost').edit!).replace(/\n/g, '\r\n'));
    assert.strictEqual(textAt(after, scaffold.placeholder), '...');
  });

  it('in a document without headings: after its last paragraph', () => {
    const text = lens('no-headings.md');
    const scaffold = scaffoldFor(text, null, 'newCost');
    assert.deepStrictEqual(scaffold.edit, { range: at(7, 11), newText: '\n\n**New cost:** ...' });
    const after = apply(text, scaffold.edit!);
    assert.ok(after.endsWith('which takes about\n20 minutes.\n\n**New cost:** ...\n'), JSON.stringify(after.slice(-60)));
  });

  it('writes each part with its label and an ellipsis', () => {
    const text = lens('trailing-code.md');
    const lines = STRUCTURE_PARTS.map((part) => scaffoldFor(text, 'Token buckets in Redis', part).edit?.newText);
    assert.deepStrictEqual(lines, ['\n\n**Constraint:** ...', '\n\n**Failure mode:** ...', '\n\n**Primary mitigation:** ...', '\n\n**New cost:** ...']);
    assert.deepStrictEqual(Object.keys(STRUCTURE_PROMPTS).sort(), [...STRUCTURE_PARTS].sort());
    for (const part of STRUCTURE_PARTS) assert.ok(STRUCTURE_PROMPTS[part].length > 10, `a prompt for ${part}`);
  });
});

describe('structure scaffold: unfilled labels', () => {
  const unfilled = [
    '**Failure mode:** ...',
    '**Failure mode:** …',
    '**Failure mode:**',
    '*Failure mode:* ...',
    '_New cost:_ …',
    '__Constraint:__ ...',
    'Constraint: ...',
    'New cost:',
    'primary mitigation: ...',
    '**Mitigation:** ...',
    '**Trade-off:** ...',
    '- **New cost:** ...',
    '* *Failure mode:* …',
    '> **Constraint:** ...',
    '  **New cost:**   ...  ',
  ];
  for (const line of unfilled) {
    it(`recognises ${JSON.stringify(line)}`, () => assert.strictEqual(isUnfilledStructureLabel(line), true));
  }

  const filled = [
    '**Failure mode:** if Redis is unreachable, every redirect hits the database.',
    '**New cost:** ... and 200 bytes of memory per link',
    '**New cost:** 200 bytes per link',
    'Constraint: 40,000 redirects per second.',
    '- **Mitigation:** a local in-memory bucket per API server',
    '**Failure mode:** ...?',
    'The new cost: ...',
    '**Rollout:** ...',
  ];
  for (const line of filled) {
    it(`does not take ${JSON.stringify(line)} for an unfilled label`, () => assert.strictEqual(isUnfilledStructureLabel(line), false));
  }

  it('recognises every scaffold line it writes', () => {
    for (const part of STRUCTURE_PARTS) assert.strictEqual(isUnfilledStructureLabel(`**${STRUCTURE_LABELS[part]}:** ...`), true, part);
  });

  it('an unfilled label in a list item, an ordered list or a quote does not make the part present', () => {
    const base = lens('prose.md');
    for (const line of ['- **New cost:** ...', '1. **New cost:** …', '> **New cost:** ...', '*New cost:*']) {
      const text = base.replace('## Analytics', `${line}\n\n## Analytics`);
      const s = report(text, 'Redirect path');
      assert.deepStrictEqual(s.structure.newCost, { present: false }, line);
      assert.strictEqual(s.structure.failureMode.present, true, 'the other parts are still found');
    }
  });

  it('a filled label in a list item makes the part present', () => {
    const text = lens('prose.md').replace('## Analytics', '- **New cost:** each cached link holds 200 bytes of Redis memory.\n\n## Analytics');
    assert.strictEqual(report(text, 'Redirect path').structure.newCost.quote, 'New cost: each cached link holds 200 bytes of Redis memory.');
  });

  // `**Label**:` (colon after the bold) is as common in design docs as `**Label:**`.
  it('an unfilled label with the colon after the emphasis (`**Failure mode**: ...`) is unfilled too', () => {
    assert.strictEqual(isUnfilledStructureLabel('**Failure mode**: ...'), true);
    const text = lens('trailing-code.md').replace('## Client libraries', '**Failure mode**: ...\n\n## Client libraries');
    assert.deepStrictEqual(report(text, 'Token buckets in Redis').structure.failureMode, { present: false });
  });
});

describe('structure scaffold: the inserted line states nothing until it is filled in', () => {
  const cases: { fixture: string; title: string | null; part: StructurePart; answer: string; quote: string; line: number }[] = [
    {
      fixture: 'prose.md',
      title: 'Redirect path',
      part: 'newCost',
      answer: 'every cached mapping holds about 200 bytes of Redis memory, and a changed link stays stale for up to 60 s.',
      quote: 'New cost: every cached mapping holds about 200 bytes of Redis memory, and a changed link stays stale for up to 60 s.',
      line: 10,
    },
    {
      fixture: 'trailing-code.md',
      title: 'Token buckets in Redis',
      part: 'failureMode',
      answer: 'if Redis is slow or unreachable, every API call waits on the limiter.',
      quote: 'Failure mode: if Redis is slow or unreachable, every API call waits on the limiter.',
      line: 14,
    },
    {
      fixture: 'trailing-code.md',
      title: 'Token buckets in Redis',
      part: 'mitigation',
      answer: 'a local in-memory bucket per API server takes over when Redis times out.',
      quote: 'Primary mitigation: a local in-memory bucket per API server takes over when Redis times out.',
      line: 14,
    },
    {
      fixture: 'heading-only.md',
      title: 'Presence caching',
      part: 'constraint',
      answer: 'presence changes for 50 million online users must reach their contacts within 5 seconds.',
      quote: 'Constraint: presence changes for 50 million online users must reach their contacts within 5 seconds.',
      line: 10,
    },
    {
      fixture: 'subsections.md',
      title: 'Feed generation',
      part: 'failureMode',
      answer: 'when the fan-out workers fall behind, new posts show up minutes late.',
      quote: 'Failure mode: when the fan-out workers fall behind, new posts show up minutes late.',
      line: 9,
    },
    {
      fixture: 'no-headings.md',
      title: null,
      part: 'newCost',
      answer: 'two replicas triple the storage bill, about 9 TB instead of 3 TB.',
      quote: 'New cost: two replicas triple the storage bill, about 9 TB instead of 3 TB.',
      line: 9,
    },
  ];

  for (const c of cases) {
    it(`${c.part} in ${c.fixture} (${c.title ?? 'no heading'}): missing, still missing with the scaffold, present once answered`, () => {
      const text = lens(c.fixture);
      const before = report(text, c.title);
      assert.strictEqual(before.structure[c.part].present, false, 'missing to begin with');

      const scaffold = scaffoldFor(text, c.title, c.part);
      const scaffolded = apply(text, scaffold.edit!);
      const withScaffold = report(scaffolded, c.title);
      assert.deepStrictEqual(withScaffold.structure[c.part], { present: false });
      for (const other of STRUCTURE_PARTS) {
        assert.strictEqual(withScaffold.structure[other].present, before.structure[other].present, `${other} unchanged`);
      }
      assert.strictEqual(withScaffold.isDesign, before.isDesign);

      const answered = apply(scaffolded, { range: scaffold.placeholder, newText: c.answer });
      const part = report(answered, c.title).structure[c.part];
      assert.strictEqual(part.present, true);
      assert.strictEqual(part.quote, c.quote);
      assert.strictEqual(part.range?.start.line, c.line);
      assert.strictEqual(part.range?.start.character, 2, 'the evidence starts at the label, after the bold markers');
    });
  }

  it('a second call finds the unfilled line instead of inserting another', () => {
    const text = lens('prose.md');
    const first = scaffoldFor(text, 'Redirect path', 'newCost');
    const scaffolded = apply(text, first.edit!);
    const second = scaffoldFor(scaffolded, 'Redirect path', 'newCost');
    assert.deepStrictEqual(second, { placeholder: first.placeholder });
    // The other parts still get a line of their own.
    assert.deepStrictEqual(scaffoldFor(scaffolded, 'Redirect path', 'constraint').edit, { range: at(10, 17), newText: '\n\n**Constraint:** ...' });
  });

  it('finds an unfilled line the writer typed: in a list, with an ellipsis character or with nothing after the label', () => {
    const text = lens('trailing-list.md').replace('- provider error rate', '- provider error rate\n- *Failure mode:* …\n- **New cost:**');
    assert.deepStrictEqual(scaffoldFor(text, 'Delivery pipeline', 'failureMode'), {
      placeholder: { start: { line: 11, character: 18 }, end: { line: 11, character: 19 } },
    });
    assert.deepStrictEqual(scaffoldFor(text, 'Delivery pipeline', 'newCost'), {
      placeholder: { start: { line: 12, character: 15 }, end: { line: 12, character: 15 } },
    });
  });

  it('`**Mitigation:** ...` is the unfilled line of the primary mitigation', () => {
    const text = lens('trailing-code.md').replace('## Client libraries', '**Mitigation:** ...\n\n## Client libraries');
    assert.deepStrictEqual(scaffoldFor(text, 'Token buckets in Redis', 'mitigation'), {
      placeholder: { start: { line: 14, character: 16 }, end: { line: 14, character: 19 } },
    });
  });

  it("ignores another part's unfilled line, a filled line and an unfilled line in a subsection", () => {
    const text = lens('subsections.md')
      .replace('timeline database.', 'timeline database.\n\n**Constraint:** ...\n\n**New cost:** more Redis memory for every active user.')
      .replace('predicted engagement.', 'predicted engagement.\n\n**Failure mode:** ...');
    const scaffold = scaffoldFor(text, 'Feed generation', 'failureMode');
    assert.deepStrictEqual(scaffold.edit, { range: at(11, 54), newText: '\n\n**Failure mode:** ...' });
    assert.deepStrictEqual(scaffoldFor(text, 'Feed generation', 'newCost').edit?.newText, '\n\n**New cost:** ...');
    assert.deepStrictEqual(scaffoldFor(text, 'Feed generation', 'constraint'), {
      placeholder: { start: { line: 9, character: 16 }, end: { line: 9, character: 19 } },
    });
  });
});

describe('structure scaffold over the real corpus', () => {
  const dir = path.join(FIXTURES, 'corpus');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));

  it('every missing part of every design section: a line in its own text that leaves the report unchanged', function () {
    this.timeout(60000);
    let checked = 0;
    for (const file of files) {
      const text = readFixture(`corpus/${file}`);
      const sections = analyze(text).sections;
      const doc = parseDocument(text);
      sections.forEach((s, i) => {
        if (!s.isDesign) return;
        for (const part of STRUCTURE_PARTS) {
          if (s.structure[part].present) continue;
          const where = `${file} § ${s.title} ${part}`;
          const scaffold = structurePartScaffold(doc, doc.sections[i], part);
          assert.ok(scaffold.edit, `${where}: an edit`);
          const after = apply(text, scaffold.edit);
          assert.strictEqual(textAt(after, scaffold.placeholder), '...', where);
          const doc2 = parseDocument(after);
          const offset = TextDocument.create('file:///a.md', 'markdown', 1, after).offsetAt(scaffold.placeholder.start);
          assert.ok(offset > doc2.sections[i].start && offset < doc2.sections[i].ownEnd, `${where}: in the section's own text`);
          const reports = analyze(after).sections;
          assert.strictEqual(reports.length, sections.length, where);
          for (const p of STRUCTURE_PARTS) assert.strictEqual(reports[i].structure[p].present, s.structure[p].present, `${where}: ${p}`);
          assert.deepStrictEqual(structurePartScaffold(doc2, doc2.sections[i], part), { placeholder: scaffold.placeholder }, `${where}: found again`);
          checked++;
        }
      });
    }
    assert.ok(checked > 100, `only ${checked} missing parts in the corpus`);
  });
});
