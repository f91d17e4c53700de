import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { createOnigScanner } from 'vscode-oniguruma';
import { INJECTION_PATH, loadMarkdownGrammar, tokenize, type Token } from './markdownTokenizer';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const ANSWER = fs.readFileSync(path.join(FIXTURES, 'grammars/structured-answer.md'), 'utf8');

const label = (part: string) => `keyword.other.structure-label.${part}.tradeoff`;
const metric = (kind: string) => `constant.numeric.metric.${kind}.tradeoff`;
const COLON = 'punctuation.separator.key-value.structure-label.tradeoff';

/** The scopes this grammar adds (the markdown grammar's own end in .markdown). */
const ours = (t: Token) => t.scopes.filter((s) => s.endsWith('.tradeoff'));

/** The token of `line` whose text is exactly `text`; the listing in the error shows how the line did split. */
function tokenOf(tokens: Token[], line: number, text: string): Token {
  const inLine = tokens.filter((t) => t.line === line);
  const found = inLine.find((t) => t.text === text);
  if (!found) assert.fail(`no token ${JSON.stringify(text)} on line ${line}; tokens: ${inLine.map((t) => JSON.stringify(t.text)).join(' ')}`);
  return found;
}

/** This grammar's scopes on any character of the first occurrence of `needle` on `line`. */
function oursOver(tokens: Token[], source: string, line: number, needle: string): string[] {
  const from = source.split('\n')[line].indexOf(needle);
  assert.ok(from >= 0, `line ${line} does not contain ${JSON.stringify(needle)}`);
  const to = from + needle.length;
  return tokens.filter((t) => t.line === line && t.start < to && t.start + t.text.length > from).flatMap(ours);
}

/** 0-based line of the first line of `source` that contains `needle`. */
function lineOf(source: string, needle: string): number {
  const i = source.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `no line contains ${JSON.stringify(needle)}`);
  return i;
}

describe('tradeoff structure injection grammar', () => {
  let grammar: IGrammar;
  let answer: Token[];
  before(async () => {
    grammar = await loadMarkdownGrammar();
    answer = tokenize(grammar, ANSWER);
  });

  describe('the grammar file', () => {
    const raw = JSON.parse(fs.readFileSync(INJECTION_PATH, 'utf8'));

    it('injects with left priority into markdown prose and keeps out of code, comments and its own labels', () => {
      assert.match(raw.injectionSelector, /^L:text\.html\.markdown /);
      for (const excluded of ['markup.fenced_code', 'markup.raw', 'markup.inline.raw', 'comment', 'meta.structure-label']) {
        assert.ok(raw.injectionSelector.includes(excluded), `selector excludes ${excluded}`);
      }
    });

    it('includes only rules it defines, and every regex compiles with oniguruma', () => {
      const regexes: string[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!node || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if (key === 'include') assert.ok(raw.repository[(value as string).slice(1)], `include ${value} resolves`);
          else if (key === 'match' || key === 'begin' || key === 'end') regexes.push(value as string);
          else walk(value);
        }
      };
      walk(raw.patterns);
      walk(raw.repository);
      assert.ok(regexes.length >= 8);
      for (const re of regexes) assert.doesNotThrow(() => createOnigScanner([re]).dispose(), re);
    });
  });

  describe('structure labels', () => {
    const cases: [string, string, string][] = [
      ['Constraint: writes must stay under 50 ms.', 'Constraint', 'constraint'],
      ['Constraints: 5k QPS and a 200 ms budget.', 'Constraints', 'constraint'],
      ['Failure mode: the primary falls behind.', 'Failure mode', 'failure-mode'],
      ['failure mode: lower case still counts.', 'failure mode', 'failure-mode'],
      ['Mitigation: a read replica.', 'Mitigation', 'mitigation'],
      ['Primary mitigation: a read replica.', 'Primary mitigation', 'mitigation'],
      ['New cost: replica lag of up to 2 s.', 'New cost', 'new-cost'],
      ['Trade-off: staleness for availability.', 'Trade-off', 'trade-off'],
      ['Tradeoff: staleness for availability.', 'Tradeoff', 'trade-off'],
    ];
    for (const [line, text, part] of cases) {
      it(`scopes "${text}:" opening a line as the ${part} label, its colon as the separator`, () => {
        const tokens = tokenize(grammar, line);
        assert.deepStrictEqual(ours(tokenOf(tokens, 0, text)), ['meta.structure-label.tradeoff', label(part)]);
        assert.deepStrictEqual(ours(tokenOf(tokens, 0, ':')), ['meta.structure-label.tradeoff', label(part), COLON]);
      });
    }

    it('scopes a bold label and keeps the markdown bold scopes on it', () => {
      const line = lineOf(ANSWER, '**Failure mode:**');
      const word = tokenOf(answer, line, 'Failure mode');
      assert.ok(word.scopes.includes('markup.bold.markdown') && word.scopes.includes(label('failure-mode')));
      const markers = answer.filter((t) => t.line === line && t.text === '**');
      assert.strictEqual(markers.length, 2);
      for (const m of markers) assert.ok(m.scopes.includes('punctuation.definition.bold.markdown') && !m.scopes.some((s) => s.startsWith('keyword')));
    });

    it('scopes a bold label in a list item whose colon follows the closing marker', () => {
      const line = lineOf(ANSWER, '- **Primary mitigation**:');
      assert.ok(tokenOf(answer, line, '-').scopes.includes('punctuation.definition.list.begin.markdown'));
      assert.ok(tokenOf(answer, line, 'Primary mitigation').scopes.includes(label('mitigation')));
      assert.deepStrictEqual(ours(tokenOf(answer, line, ':')), ['meta.structure-label.tradeoff', COLON]);
    });

    it('scopes an italic label in a numbered item and a label in a block quote', () => {
      const item = lineOf(ANSWER, '1. *New cost:*');
      const cost = tokenOf(answer, item, 'New cost');
      assert.ok(cost.scopes.includes('markup.italic.markdown') && cost.scopes.includes(label('new-cost')));
      const quote = lineOf(ANSWER, '> Trade-off:');
      const tradeOff = tokenOf(answer, quote, 'Trade-off');
      assert.ok(tradeOff.scopes.includes('markup.quote.markdown') && tradeOff.scopes.includes(label('trade-off')));
    });

    it('scopes underscore emphasis, a continuation line and a nested list item', () => {
      const tokens = tokenize(grammar, '_Tradeoffs:_ fewer moving parts.\nWe shard by user id.\nConstraint: one hot tenant.\n- Decision\n  - Failure mode: the hot shard');
      assert.ok(tokenOf(tokens, 0, 'Tradeoffs').scopes.includes(label('trade-off')));
      assert.ok(tokenOf(tokens, 2, 'Constraint').scopes.includes(label('constraint')));
      assert.ok(tokenOf(tokens, 4, 'Failure mode').scopes.includes(label('failure-mode')));
    });

    it('scopes a label that opens a line wholly in bold, and the rest stays bold', () => {
      const line = lineOf(ANSWER, '**Constraint: this whole line');
      assert.ok(tokenOf(answer, line, 'Constraint').scopes.includes(label('constraint')));
      assert.ok(tokenOf(answer, line, ' this whole line is bold, ').scopes.includes('markup.bold.markdown'));
    });

    const notLabels: [string, string][] = [
      ['We name a Constraint: here in the middle.', 'Constraint:'],
      ['We name a **Constraint:** in bold mid-line.', 'Constraint:'],
      ['We name a **Constraint: inside bold** mid-line.', 'Constraint:'],
      ['Constraint:no space after the colon', 'Constraint:'],
      ['Constraintless: not the word', 'Constraintless:'],
      ['Use `Failure mode:` in code', 'Failure mode:'],
    ];
    for (const [line, needle] of notLabels) {
      it(`leaves "${line}" without a label`, () => {
        assert.deepStrictEqual(oursOver(tokenize(grammar, line), line, 0, needle), []);
      });
    }

    it('leaves labels in fenced code and HTML comments alone', () => {
      assert.deepStrictEqual(oursOver(answer, ANSWER, lineOf(ANSWER, 'not a label in code'), 'Constraint:'), []);
      assert.deepStrictEqual(oursOver(answer, ANSWER, lineOf(ANSWER, '<!-- Failure mode'), 'Failure mode: 30s'), []);
    });
  });

  describe('metric tokens', () => {
    const cases: [string, string, string][] = [
      ['Send 20,000 writes/s of notification events', '20,000 writes/s', 'rate'],
      ['at peak, 5k QPS of reads on the inbox.', '5k QPS', 'rate'],
      ['the provider accepts 10 RPS per device token', '10 RPS', 'rate'],
      ['Peak load is 100 requests per second.', '100 requests per second', 'rate'],
      ['We ingest 2 million events a day.', '2 million events a day', 'rate'],
      ['Each replica streams 50 MB/s.', '50 MB/s', 'rate'],
      ['Delivery within 30s for most pushes', '30s', 'duration'],
      ['the read path stays under 200 ms', '200 ms', 'duration'],
      ['we buffer 5 min of traffic', '5 min', 'duration'],
      ['retries back off for 50-100 ms', '50-100 ms', 'duration'],
      ['a 200-ms budget per hop', '200-ms', 'duration'],
      ['cached for 24h at the edge', '24h', 'duration'],
      ['Keep 3 TB of history', '3 TB', 'size'],
      ['about 500 bytes per notification', '500 bytes', 'size'],
      ['pages of 64 KiB', '64 KiB', 'size'],
      ['for 99.99% of pushes', '99.99%', 'nines'],
      ['a 99.9 % availability SLO', '99.9 %', 'nines'],
      ['the 99th percentile of delivery', '99th percentile', 'percentile'],
      ['P99 and TP99 are the same here', 'TP99', 'percentile'],
      ['_5 min_ of lag is fine', '5 min', 'duration'],
    ];
    for (const [line, text, kind] of cases) {
      it(`scopes "${text}" as a ${kind}`, () => {
        assert.deepStrictEqual(ours(tokenOf(tokenize(grammar, line), 0, text)), [metric(kind)]);
      });
    }

    it('scopes each percentile of p50/p95/p99/p99.9 separately', () => {
      const line = lineOf(ANSWER, 'p50/p95/p99/p99.9');
      for (const p of ['p50', 'p95', 'p99', 'p99.9']) assert.deepStrictEqual(ours(tokenOf(answer, line, p)), [metric('percentile')], p);
      assert.deepStrictEqual(ours(tokenOf(answer, line, '900 ms')), [metric('duration')]);
    });

    it('scopes metrics in table cells, heading text, bold text and link text', () => {
      const cell = lineOf(ANSWER, '| p99 read latency | 200 ms |');
      assert.ok(tokenOf(answer, cell, '200 ms').scopes.includes('markup.table.markdown'));
      assert.deepStrictEqual(ours(tokenOf(answer, cell, '200 ms')), [metric('duration')]);
      assert.deepStrictEqual(ours(tokenOf(answer, lineOf(ANSWER, '| Storage |'), '3 TB')), [metric('size')]);
      const heading = tokenOf(answer, lineOf(ANSWER, '## Rollout'), 'p99');
      assert.ok(heading.scopes.includes('entity.name.section.markdown') && heading.scopes.includes(metric('percentile')));
      const bold = tokenOf(answer, lineOf(ANSWER, 'whole line is bold'), '10 RPS');
      assert.ok(bold.scopes.includes('markup.bold.markdown') && bold.scopes.includes(metric('rate')));
      const linkText = tokenOf(answer, lineOf(ANSWER, '[p99 send latency]'), 'p99');
      assert.ok(linkText.scopes.includes('string.other.link.title.markdown') && linkText.scopes.includes(metric('percentile')));
    });

    it('leaves code spans, fenced code, indented code and HTML comments alone', () => {
      assert.deepStrictEqual(oursOver(answer, ANSWER, lineOf(ANSWER, 'retry_after_30s'), 'retry_after_30s'), []);
      assert.deepStrictEqual(oursOver(answer, ANSWER, lineOf(ANSWER, 'timeout=200ms'), 'timeout=200ms'), []);
      assert.deepStrictEqual(oursOver(answer, ANSWER, lineOf(ANSWER, 'timeout: 200 ms'), '200 ms'), []);
      assert.deepStrictEqual(oursOver(answer, ANSWER, lineOf(ANSWER, 'Indented code'), 'p99 200 ms'), []);
      assert.deepStrictEqual(oursOver(answer, ANSWER, lineOf(ANSWER, '<!--'), '30s'), []);
    });

    it('leaves link targets, autolinks and bare URLs alone', () => {
      assert.deepStrictEqual(oursOver(answer, ANSWER, lineOf(ANSWER, '(https://grafana'), 'https://grafana.example.com/d/push?var=p99&from=now-5m'), []);
      assert.deepStrictEqual(oursOver(answer, ANSWER, lineOf(ANSWER, 'https://wiki'), 'https://wiki.example.com/push/p99-200ms-alerts'), []);
      assert.deepStrictEqual(oursOver(answer, ANSWER, lineOf(ANSWER, '<https://status'), 'https://status.example.com/5min'), []);
      const line = 'See www.example.com/p99/200ms, then [ref]: defs and http://a.example/c_(200ms)_d too.';
      assert.deepStrictEqual(oursOver(tokenize(grammar, line), line, 0, 'www.example.com/p99/200ms'), []);
      assert.deepStrictEqual(oursOver(tokenize(grammar, line), line, 0, 'http://a.example/c_(200ms)_d'), []);
      const def = '[dash]: https://grafana.example.com/p99/200ms';
      assert.deepStrictEqual(tokenize(grammar, def).flatMap(ours), []);
    });

    const notMetrics: [string, string][] = [
      ['the ap99x build', 'ap99x'],
      ['mp3 files', 'mp3'],
      ['back in the 1990s', '1990s'],
      ['an identifier like a_200ms', 'a_200ms'],
      ['a unit glued to a word: 200msx', '200msx'],
      ['release v2.30s of the client', 'v2.30s'],
      ['a P1 incident and a P0 page', 'P1 incident and a P0'],
      ['a 95% hit rate', '95%'],
      ['3 hosts and 2d arrays', '3 hosts and 2d'],
      ['at 10:30 s sharp', '10:30 s'],
      ['the us-east-1 region with 5 us-east-1 zones', '5 us-east-1'],
    ];
    for (const [line, needle] of notMetrics) {
      it(`does not scope "${needle}" as a metric`, () => {
        assert.deepStrictEqual(oursOver(tokenize(grammar, line), line, 0, needle), []);
      });
    }
  });

  describe('the markdown underneath', () => {
    const documents = [
      ['structured-answer.md', ANSWER],
      ...fs.readdirSync(path.join(FIXTURES, 'corpus')).filter((f) => f.endsWith('.md')).sort().map((f) => [f, fs.readFileSync(path.join(FIXTURES, 'corpus', f), 'utf8')]),
    ];

    it('keeps every markdown scope of every character, in the answer and in the real corpus documents', async () => {
      const plain = await loadMarkdownGrammar(false);
      for (const [name, text] of documents) {
        const host = scopesPerCharacter(tokenize(plain, text));
        const injected = scopesPerCharacter(tokenize(grammar, text));
        assert.strictEqual(injected.size, host.size, name);
        for (const [at, scopes] of host) assert.strictEqual(injected.get(at), scopes, `${name} at ${at}`);
      }
    });
  });

  describe('adversarial input', () => {
    it('tokenizes long runs of digits, separators and near-misses to the right tokens', () => {
      const run = tokenize(grammar, `${'1'.repeat(20000)} and ${'1,000 '.repeat(3000)}then 5 ms`);
      assert.deepStrictEqual(run.filter((t) => ours(t).length > 0).map((t) => t.text), ['5 ms']);
      const nearMisses = tokenize(grammar, `${'p9'.repeat(5000)} ${'1-'.repeat(5000)} ${'https://x/('.repeat(2000)} ${'5 a b '.repeat(2000)}`);
      assert.deepStrictEqual(nearMisses.flatMap(ours), []);
      const many = tokenize(grammar, 'p99 '.repeat(5000));
      assert.strictEqual(many.filter((t) => t.text === 'p99' && ours(t).includes(metric('percentile'))).length, 5000);
    });
  });
});

/** Per character (line:column), the scopes that are not this grammar's, joined. */
function scopesPerCharacter(tokens: Token[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tokens) {
    const scopes = t.scopes.filter((s) => !s.endsWith('.tradeoff'));
    for (let i = 0; i < t.text.length; i++) out.set(`${t.line}:${t.start + i}`, scopes.join(' '));
  }
  return out;
}
