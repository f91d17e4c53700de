import * as assert from 'assert';
import { analyze, analyzeDetailed, DEFAULT_MAX_SIZE } from '../../../server/src/analysis';
import { assertResultInside } from './document/rangeAssertions';

const RULE = 'eventual-consistency-unqualified';
const CLAIM = 'The feed is eventually consistent.';

/** analyze() plus the checks every input must pass: no throw, everything inside the document. */
function analyzeInside(text: string) {
  const result = analyze(text);
  assertResultInside(text, result);
  return result;
}

const ruleFindings = (text: string) => analyzeInside(text).findings.filter((f) => f.rule === RULE);

describe('analyze: bad input', () => {
  it('returns an empty result for an empty file', () => {
    const r = analyzeInside('');
    assert.deepStrictEqual([r.findings, r.notices], [[], []]);
    assert.deepStrictEqual(r.structure, { isDesignProposal: false, headings: 0, paragraphs: 0, sentences: 0, lists: 0, tables: 0 });
    assert.deepStrictEqual(r.sections.map((s) => [s.title, s.range]), [[null, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]]);
  });

  it('returns an empty result for white space only', () => {
    const r = analyzeInside('  \n\t\n\r\n   ');
    assert.deepStrictEqual([r.findings, r.notices, r.structure.paragraphs], [[], [], 0]);
  });

  it('skips binary content with a notice instead of findings', () => {
    const text = `PK\u0003\u0004\u0000\u0000${CLAIM}`;
    const r = analyzeDetailed(text);
    assert.deepStrictEqual(r.findings, []);
    assert.strictEqual(r.doc, null);
    assert.deepStrictEqual(r.notices.map((n) => n.severity), ['information']);
    assert.match(r.notices[0].message, /binary/);
  });

  it('skips a UTF-16 file read as UTF-8 (it is full of NULs)', () => {
    const text = Buffer.from(`\uFEFF# Design\n\n${CLAIM}\n`, 'utf16le').toString('utf8');
    const r = analyzeInside(text);
    assert.deepStrictEqual(r.findings, []);
    assert.match(r.notices[0].message, /binary/);
  });

  it('analyses invalid UTF-8 decoded with replacement characters, with ranges still right', () => {
    const bytes = Buffer.concat([Buffer.from('# Design\n\nBad bytes ', 'utf8'), Buffer.from([0xff, 0xc3, 0x28, 0xe2, 0x82]), Buffer.from(` then: ${CLAIM}\n`, 'utf8')]);
    const text = bytes.toString('utf8');
    assert.ok(text.includes('\uFFFD'));
    const [f] = ruleFindings(text);
    assert.ok(f, 'the claim after the bad bytes is still found');
    assert.strictEqual(text.slice(f.data.start, f.data.end), 'eventually consistent');
    assert.strictEqual(f.range.start.line, 2);
  });

  it('skips a 20 MB file with a size notice', () => {
    const text = `# Big\n\n${CLAIM}\n`.padEnd(20 * 1024 * 1024, 'x');
    const r = analyzeInside(text);
    assert.deepStrictEqual(r.findings, []);
    assert.strictEqual(r.notices.length, 1);
    assert.match(r.notices[0].message, /20\.0 MB is over the 2\.0 MB size limit/);
  });

  it('honours maxSize: skips above it, analyses at it', () => {
    const text = `# Design\n\n${CLAIM}\n`;
    assert.match(analyze(text, { maxSize: text.length - 1 }).notices[0].message, /size limit/);
    assert.strictEqual(analyze(text, { maxSize: text.length }).findings.filter((f) => f.rule === RULE).length, 1);
    assert.ok(DEFAULT_MAX_SIZE >= 1024 * 1024, 'the default lets a 1 MB document through');
  });

  it('names a small limit in characters, not "0 KB"', () => {
    const text = `# Design\n\n${CLAIM}\n`;
    assert.match(analyze(text, { maxSize: 20 }).notices[0].message, new RegExp(`: ${text.length} characters is over the 20 characters size limit`));
  });

  it('copes with a 1 MB single line of prose', () => {
    const line = 'Replicas lag, so the feed is eventually consistent and users wait. '.repeat(15500);
    assert.ok(line.length > 1_000_000);
    const found = ruleFindings(`# Design\n\n${line}`);
    assert.ok(found.length >= 1);
    assert.ok(found.every((f) => f.range.start.line === 2));
  });

  it('copes with a 1 MB line without a single space or full stop', () => {
    analyzeInside('x'.repeat(1_000_000));
    analyzeInside('eventually-consistent'.repeat(50_000));
  });

  it('copes with 10,000 nested list levels on one line and 1,000 as a staircase', () => {
    analyzeInside(`# Design\n\n${'- '.repeat(10_000)}${CLAIM}\n`);
    analyzeInside(`# Design\n\n${'1. '.repeat(10_000)}${CLAIM}\n`);
    const staircase = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}: ${CLAIM}`).join('\n');
    analyzeInside(`# Design\n\n${staircase}\n`);
  });

  it('copes with 5,000 nested blockquotes', () => {
    analyzeInside(`# Design\n\n${'>'.repeat(5000)} ${CLAIM}\n`);
    analyzeInside(`# Design\n\n${'> '.repeat(5000)}${CLAIM}\n`);
    const deepening = Array.from({ length: 1400 }, (_, i) => `${'>'.repeat(i + 1)} ${CLAIM}`).join('\n');
    analyzeInside(deepening);
  });

  it('reads nothing inside unterminated code fences', () => {
    const text = `# Design\n\nIntro.\n\n\`\`\`\n${`${CLAIM}\n# Heading in code\n`.repeat(2000)}`;
    assert.deepStrictEqual(ruleFindings(text), []);
    const r = analyzeInside('```\n'.repeat(5000) + CLAIM);
    assert.ok(r.structure.headings === 0);
  });

  it('reads nothing after an unclosed HTML comment', () => {
    const text = `# Design\n\nIntro.\n\n<!--\n${`${CLAIM}\n# Heading in a comment\n\n`.repeat(2000)}`;
    assert.deepStrictEqual(ruleFindings(text), []);
    assert.strictEqual(analyzeInside(text).structure.headings, 1);
  });

  it('copes with a huge table, a very wide table and a table of code pipes', () => {
    const rows = `| ${CLAIM} | x | \`y|z\` |\n`.repeat(20_000);
    analyzeInside(`# Design\n\n| a | b | c |\n|---|---|---|\n${rows}`);
    const wide = `|${' a |'.repeat(3000)}\n|${'---|'.repeat(3000)}\n${`|${' b |'.repeat(3000)}\n`.repeat(30)}`;
    analyzeInside(wide);
  });

  it('copes with 50,000 headings and 50,000 setext headings', () => {
    analyzeInside('# h\n'.repeat(50_000));
    analyzeInside('a\n=\n'.repeat(50_000));
  });

  it('copes with pathological inline markup', () => {
    for (const text of ['](('.repeat(100_000), '](a'.repeat(100_000), '`'.repeat(100_000), 'a ` b `` c '.repeat(50_000), '<a '.repeat(100_000), 'http://'.repeat(100_000), '<!--'.repeat(100_000), '\\'.repeat(100_000), '*_'.repeat(100_000)]) {
      analyzeInside(`# Design\n\n${text} ${CLAIM}\n`);
    }
  });

  it('copes with every kind of line break, a BOM, NULs past the binary probe and lone surrogates', () => {
    analyzeInside(`\uFEFF# Design\r\n\r\n${CLAIM}\r\r## Next\n${CLAIM}\n`);
    analyzeInside(`# Design\n\n${'word '.repeat(2000)}\u0000 ${CLAIM} \uD800\n`);
    analyzeInside('\r'.repeat(100_000) + CLAIM);
    analyzeInside('\n'.repeat(500_000));
  });

  it('does not throw on malformed options; a failure inside the core becomes an error notice', () => {
    const text = `# Design\n\n${CLAIM}\n`;
    for (const vocabulary of [{ eventualConsistency: [null] }, null, { eventualConsistency: 'not a list' }]) {
      const r = analyze(text, { vocabulary: vocabulary as never });
      assertResultInside(text, r);
      assert.ok(r.notices.every((n) => typeof n.message === 'string' && n.message.length > 0));
    }
    const broken = analyze(text, { vocabulary: { eventualConsistency: [null] } as never });
    assert.ok(broken.findings.length > 0 || broken.notices.some((n) => n.severity === 'error'), 'either the bad entry is ignored or the failure is reported');
  });

  it('gives CRLF documents the positions of their LF twins', () => {
    const lf = `# Design\n\n## Reads\n\n${CLAIM}\n`;
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(ruleFindings(crlf).map((f) => f.range), ruleFindings(lf).map((f) => f.range));
  });
});
