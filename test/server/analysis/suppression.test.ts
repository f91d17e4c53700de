import * as assert from 'assert';
import { analyze } from '../../../server/src/analysis';
import { parseDocument } from '../../../server/src/analysis/document/model';
import { buildSuppressions, parseDirectives } from '../../../server/src/analysis/suppression';

const RULE = 'eventual-consistency-unqualified';

/** Three sections, each with one unqualified "eventually consistent" claim (one finding per section). */
function feedDoc(before: Record<'reads' | 'writes' | 'search', string> = { reads: '', writes: '', search: '' }, top = ''): string {
  return [
    top + '# Feed',
    '',
    '## Reads',
    '',
    before.reads + 'The timeline is eventually consistent.',
    '',
    '## Writes',
    '',
    before.writes + 'Likes are eventually consistent.',
    '',
    '## Search',
    '',
    before.search + 'The index is eventually consistent.',
    '',
  ].join('\n');
}

/** Lines (0-based) of the rule's findings. */
const findingLines = (text: string) => analyze(text).findings.filter((f) => f.rule === RULE).map((f) => f.range.start.line);

describe('suppression comments', () => {
  it('reports every section when there is no directive (the baseline the other cases suppress from)', () => {
    const text = feedDoc();
    assert.deepStrictEqual(findingLines(text), [4, 8, 12]);
  });

  it('disable-next-line suppresses only the next line, for the named rule', () => {
    const text = feedDoc({ reads: '', writes: `<!-- tradeoff-disable-next-line ${RULE} -->\n`, search: '' });
    assert.deepStrictEqual(findingLines(text), [4, 13]);
  });

  it('disable-next-line without rule ids suppresses every rule on that line', () => {
    const text = feedDoc({ reads: '<!-- tradeoff-disable-next-line -->\n', writes: '', search: '' });
    assert.deepStrictEqual(findingLines(text), [9, 13]);
  });

  it('disable-next-line for another rule does not suppress this one', () => {
    const text = feedDoc({ reads: '<!-- tradeoff-disable-next-line missing-failure-mode -->\n', writes: '', search: '' });
    assert.deepStrictEqual(findingLines(text), [5, 9, 13]);
  });

  it('disable-line suppresses findings on its own line', () => {
    const text = feedDoc({ reads: '', writes: '', search: `<!-- tradeoff-disable-line ${RULE} --> ` });
    assert.deepStrictEqual(findingLines(text), [4, 8]);
  });

  it('disable ... enable suppresses the block between them', () => {
    const text = feedDoc({ reads: '', writes: `<!-- tradeoff-disable ${RULE} -->\n\n`, search: `<!-- tradeoff-enable ${RULE} -->\n\n` });
    assert.deepStrictEqual(findingLines(text), [4, 16]);
  });

  it('a disable without enable runs to the end of the file', () => {
    const text = feedDoc({ reads: '', writes: '<!-- tradeoff-disable -->\n\n', search: '' });
    assert.deepStrictEqual(findingLines(text), [4]);
  });

  it('a global disable then an enable of one rule re-enables only that rule', () => {
    const text = feedDoc({ reads: '<!-- tradeoff-disable -->\n\n', writes: `<!-- tradeoff-enable ${RULE} -->\n\n`, search: '' });
    assert.deepStrictEqual(findingLines(text), [12, 16]);
    const suppressions = buildSuppressions(parseDocument(text));
    assert.strictEqual(suppressions.isSuppressed('missing-failure-mode', 20), true, 'other rules stay disabled');
    assert.strictEqual(suppressions.isSuppressed(RULE, 20), false);
  });

  it('takes several rule ids, separated by spaces or commas, and ignores a "-- reason"', () => {
    const text = feedDoc({ reads: `<!-- tradeoff-disable-next-line queue-without-failure-semantics, ${RULE} -- agreed with the reviewer -->\n`, writes: '', search: '' });
    assert.deepStrictEqual(findingLines(text), [9, 13]);
    assert.deepStrictEqual(parseDirectives(parseDocument(text)).map((d) => d.rules), [['queue-without-failure-semantics', RULE]]);
  });

  it('disable-file without ids silences the whole file; with ids, only those rules', () => {
    assert.deepStrictEqual(findingLines(feedDoc(undefined, '<!-- tradeoff-disable-file -->\n')), []);
    assert.deepStrictEqual(findingLines(feedDoc(undefined, `<!-- tradeoff-disable-file ${RULE} -->\n`)), []);
    assert.deepStrictEqual(findingLines(feedDoc(undefined, '<!-- tradeoff-disable-file missing-failure-mode -->\n')), [5, 9, 13]);
    const s = buildSuppressions(parseDocument(`<!-- tradeoff-disable-file ${RULE} -->\n`));
    assert.deepStrictEqual([s.file, s.isSuppressed(RULE, 0), s.isSuppressed('other-rule', 0)], [false, true, false]);
  });

  it('a disable-file comment at the end of the file still applies to the whole file', () => {
    assert.deepStrictEqual(findingLines(feedDoc() + '\n<!-- tradeoff-disable-file -->\n'), []);
  });

  it('comments inside fenced code, indented code and code spans are not directives', () => {
    const fenced = feedDoc(undefined, '```markdown\n<!-- tradeoff-disable-file -->\n```\n\n');
    assert.deepStrictEqual(findingLines(fenced), [8, 12, 16]);
    const indented = feedDoc(undefined, 'Intro.\n\n    <!-- tradeoff-disable-file -->\n\n');
    assert.deepStrictEqual(findingLines(indented), [8, 12, 16]);
    const span = feedDoc({ reads: '', writes: '', search: '`<!-- tradeoff-disable-line -->` ' });
    assert.deepStrictEqual(findingLines(span), [4, 8, 12]);
  });

  it('a directive inline in a paragraph works, and a multi-line comment suppresses the line after its end', () => {
    const inline = feedDoc({ reads: `Note <!-- tradeoff-disable-next-line ${RULE} -->\n`, writes: '', search: '' });
    assert.deepStrictEqual(findingLines(inline), [9, 13]);
    const multi = feedDoc({ reads: `<!--\ntradeoff-disable-next-line ${RULE}\n-->\n`, writes: '', search: '' });
    assert.deepStrictEqual(findingLines(multi), [11, 15]);
  });

  it('ignores comments that only look like directives', () => {
    const doc = parseDocument('<!-- tradeoff-disable-nextline x -->\n<!-- tradeoff-disabled -->\n<!-- see tradeoff-disable -->\n<!-- TODO -->\n');
    assert.deepStrictEqual(parseDirectives(doc), []);
  });

  it('records the lines of each directive', () => {
    const doc = parseDocument('Text.\n\n<!-- tradeoff-disable a\n b -->\n\n<!-- tradeoff-enable -->\n');
    assert.deepStrictEqual(parseDirectives(doc), [
      { kind: 'disable', rules: ['a', 'b'], line: 2, endLine: 3 },
      { kind: 'enable', rules: null, line: 5, endLine: 5 },
    ]);
  });

  it('works with CRLF line endings', () => {
    const text = feedDoc({ reads: '', writes: `<!-- tradeoff-disable-next-line ${RULE} -->\n`, search: '' }).replace(/\n/g, '\r\n');
    assert.deepStrictEqual(findingLines(text), [4, 13]);
  });
});

describe('suppression: unknown rule ids', () => {
  it('reports a typo in a rule id as a notice with its line, and suppresses nothing', () => {
    const text = '# Feed\n\n<!-- tradeoff-disable-next-line eventual-consistancy-unqualified -->\nThe like counters are eventually consistent.\n';
    const result = analyze(text);
    assert.deepStrictEqual(result.notices.map((n) => [n.severity, n.message]), [
      ['warning', "Unknown rule 'eventual-consistancy-unqualified' in a tradeoff comment on line 3: it suppresses nothing (run `tradeoff rules` for the ids)."],
    ]);
    assert.deepStrictEqual(result.findings.map((f) => f.rule), ['eventual-consistency-unqualified']);
  });

  it('says nothing about known ids', () => {
    const text = '# Feed\n\n<!-- tradeoff-disable-next-line eventual-consistency-unqualified -->\nThe like counters are eventually consistent.\n';
    assert.deepStrictEqual(analyze(text).notices, []);
  });
});
