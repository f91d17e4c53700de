import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { STRUCTURE_PARTS, type SectionReport } from '../../server/src/analysis/types';

const SNIPPETS_PATH = path.resolve(__dirname, '../../client/snippets/markdown.code-snippets');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

// ---- VS Code snippet syntax (https://code.visualstudio.com/docs/editor/userdefinedsnippets#_snippet-syntax) ----

type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; placeholder: SnippetNode[] | null; choices: string[] | null }
  | { kind: 'variable'; name: string; fallback: SnippetNode[] | null };

/** Variables VS Code resolves in snippets; any other $NAME is a typo or an unescaped dollar. */
const KNOWN_VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME', 'TM_FILENAME_BASE',
  'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE',
  'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

/** Parses a snippet body strictly: a malformed or accidental construct ($5k, a stray brace) throws with its offset. */
function parseSnippet(source: string): SnippetNode[] {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${i}: ${JSON.stringify(source.slice(Math.max(0, i - 20), i + 20))}`);
  };
  const parseSequence = (inPlaceholder: boolean): SnippetNode[] => {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (i < source.length) {
      const c = source[i];
      if (c === '\\' && '$}\\'.includes(source[i + 1] ?? '')) {
        text += source[i + 1];
        i += 2;
      } else if (c === '}') {
        if (inPlaceholder) break;
        fail('unescaped "}" outside a placeholder');
      } else if (c === '$' && /[0-9A-Za-z_{]/.test(source[i + 1] ?? '')) {
        flush();
        nodes.push(parseDollar());
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return nodes;
  };
  const parseDollar = (): SnippetNode => {
    i++; // $
    if (source[i] !== '{') {
      const m = /^(?:\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(source.slice(i))!;
      i += m[0].length;
      return /^\d/.test(m[0]) ? { kind: 'tabstop', index: Number(m[0]), placeholder: null, choices: null } : variable(m[0], null);
    }
    i++; // {
    const m = /^(?:\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(source.slice(i)) ?? fail('"${" without a tab stop number or variable name');
    i += m[0].length;
    const isIndex = /^\d/.test(m[0]);
    let node: SnippetNode;
    if (source[i] === '}') {
      node = isIndex ? { kind: 'tabstop', index: Number(m[0]), placeholder: null, choices: null } : variable(m[0], null);
    } else if (source[i] === ':') {
      i++;
      const inner = parseSequence(true);
      node = isIndex ? { kind: 'tabstop', index: Number(m[0]), placeholder: inner, choices: null } : variable(m[0], inner);
    } else if (source[i] === '|' && isIndex) {
      const end = source.indexOf('|}', i + 1);
      if (end < 0) fail('choice without "|}"');
      const choices = source.slice(i + 1, end).split(/(?<!\\),/).map((s) => s.replace(/\\([,|\\])/g, '$1'));
      i = end + 1;
      node = { kind: 'tabstop', index: Number(m[0]), placeholder: null, choices };
    } else {
      node = fail(`unexpected ${JSON.stringify(source[i] ?? 'end')} in "\${${m[0]}"`);
    }
    if (source[i] !== '}') fail('unclosed "${"');
    i++;
    return node;
  };
  const variable = (name: string, fallback: SnippetNode[] | null): SnippetNode => {
    if (!KNOWN_VARIABLES.has(name)) fail(`unknown variable $${name} (escape a literal dollar as \\\\$)`);
    return { kind: 'variable', name, fallback };
  };
  return parseSequence(false);
}

/** Every tab stop in document order, nested placeholders included. */
function tabStops(nodes: SnippetNode[]): Extract<SnippetNode, { kind: 'tabstop' }>[] {
  return nodes.flatMap((n) => {
    if (n.kind === 'tabstop') return [n, ...tabStops(n.placeholder ?? [])];
    if (n.kind === 'variable') return tabStops(n.fallback ?? []);
    return [];
  });
}

/**
 * The inserted text, as VS Code inserts it and the user then types over it: a tab stop takes `fill(line so far,
 * default)` when that gives a string, else its placeholder (or first choice); a mirror repeats its tab stop's value.
 */
function expand(nodes: SnippetNode[], fill: (linePrefix: string, defaultText: string) => string | undefined = () => undefined): string {
  const values = new Map<number, string>();
  let out = '';
  const walk = (list: SnippetNode[]) => {
    for (const n of list) {
      if (n.kind === 'text') out += n.value;
      else if (n.kind === 'variable') walk(n.fallback ?? []);
      else {
        if (values.has(n.index) && !n.placeholder) {
          out += values.get(n.index);
          continue;
        }
        const linePrefix = out.slice(out.lastIndexOf('\n') + 1);
        const start = out.length;
        if (n.choices) out += n.choices[0];
        else walk(n.placeholder ?? []);
        // $0 is where the cursor ends, not something to type.
        const filled = n.index === 0 ? undefined : fill(linePrefix, out.slice(start));
        if (filled !== undefined) out = out.slice(0, start) + filled;
        values.set(n.index, out.slice(start));
      }
    }
  };
  walk(nodes);
  return out;
}

const bodyText = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

// ---- Realistic answers, as an interviewer would want them: numbers first, one mitigation, its price ----

/** What a candidate types over each placeholder, by the text before it on its line. */
const EXAMPLES: Record<string, Record<string, string>> = {
  'tradeoff-answer': {
    '# ': 'Design a URL shortener',
    '- Functional: ': 'create a short link for a long URL; redirect anyone who opens it; links expire after 5 years.',
    '- Non-functional: ': 'redirects answer within 50 ms at p99 and stay 99.95% available; a new link redirects within 1 s of creation.',
    '- Out of scope: ': 'click analytics and custom domains.',
    '- Peak traffic: ': '100 million redirects a day, about 1,200 reads/s on average and 6k reads/s at peak; 60 link creations/s.',
    '- Storage: ': '500 bytes per link and 100 million new links a year, about 50 GB a year.',
    '## Decision: ': 'cache hot redirects in front of the database',
    '**Constraint:** ': 'one Postgres primary serves about 2,000 point reads/s inside the 50 ms p99 budget, a third of the 6k reads/s peak.',
    '**Failure mode:** ': 'at peak the primary saturates, p99 climbs past 200 ms and redirects time out for every link, not only the hot ones.',
    '**Primary mitigation:** ': 'a Redis cache in front of the database with a 24 h TTL, so the 20% of links that take 80% of the traffic never reach it.',
    '**New cost:** ': 'an edited or deleted link can keep redirecting for up to 24 h unless every write invalidates its key, and Redis is one more system to run, size and monitor.',
    '- Baseline: ': 'day one is a single Postgres primary with one read replica and no cache.',
    '- Trigger: ': 'when peak reads exceed 1,500/s or primary CPU stays above 70% for 10 minutes, we add the cache.',
    '- Next step: ': 'only after the cache hit rate drops below 90% do we shard the links table by short-code hash.',
    '- Metrics: ': 'p99 redirect latency, cache hit rate, primary CPU and Redis evictions per second.',
  },
  'tradeoff-decision': {
    '## Decision: ': 'shard the links table by short-code hash',
    '**Constraint:** ': 'the links table grows by 50 GB a year, and one primary that takes 60 writes/s today must take 3,000 writes/s at a campaign peak.',
    '**Failure mode:** ': 'at that peak write latency passes 500 ms, replica lag grows past 10 s and fresh links return 404 from the replicas.',
    '**Primary mitigation:** ': 'split the table into 16 shards by a hash of the short code, so each primary takes under 200 writes/s.',
    '**New cost:** ': "resharding later needs a dual-write migration, and listing one user's links fans out to all 16 shards.",
  },
  'tradeoff-followup': {
    '## Follow-up: ': 'what happens when one link goes viral?',
    '**Answer:** ': 'the cache absorbs it until the one Redis shard that owns the key saturates, so the hottest links get a local cache.',
    '**Constraint:** ': 'one Redis shard serves about 100k GETs/s, and a viral link can draw 300k redirects/s onto that single key.',
    '**Failure mode:** ': 'the shard that owns the key saturates, its p99 jumps past 100 ms and every other link on that shard slows down with it.',
    '**Primary mitigation:** ': 'keep the top 1,000 links in a 5 s in-process cache on each redirect server, so a hot key never leaves the web tier.',
    '**New cost:** ': 'a deleted viral link keeps redirecting for up to 5 s, and each server spends about 50 MB of memory on the local cache.',
  },
};

/** The section a snippet exists to fill: the decision or the follow-up. */
const STRUCTURED_SECTION = /^(?:Decision|Follow-up):/;

describe('markdown snippets', () => {
  const raw = fs.readFileSync(SNIPPETS_PATH, 'utf8');
  const snippets: Record<string, Snippet> = JSON.parse(raw);
  const entries = Object.entries(snippets);
  const prefixOf = (s: Snippet) => (Array.isArray(s.prefix) ? s.prefix[0] : s.prefix);

  it('parse as JSON: the answer skeleton, a decision and a follow-up, each with a prefix, a body and a description', () => {
    assert.deepStrictEqual(entries.map(([, s]) => prefixOf(s)).sort(), ['tradeoff-answer', 'tradeoff-decision', 'tradeoff-followup']);
    for (const [name, s] of entries) {
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.length > 0 && prefixes.every((p) => /^tradeoff-[a-z-]+$/.test(p)), `${name}: prefix`);
      assert.ok(Array.isArray(s.body) ? s.body.length > 0 && s.body.every((l) => typeof l === 'string') : typeof s.body === 'string' && s.body.length > 0, `${name}: body`);
      assert.ok(typeof s.description === 'string' && s.description.trim().length > 20, `${name}: description`);
      assert.deepStrictEqual(Object.keys(s).filter((k) => !['prefix', 'body', 'description', 'scope', 'isFileTemplate'].includes(k)), [], `${name}: keys`);
    }
  });

  for (const [name, s] of entries) {
    describe(prefixOf(s), () => {
      it('has well-formed tab stops: 1..n in reading order, one default each, $0 once at the end', () => {
        const nodes = parseSnippet(bodyText(s));
        const stops = tabStops(nodes);
        const firstSeen: number[] = [];
        for (const t of stops) if (t.index !== 0 && !firstSeen.includes(t.index)) firstSeen.push(t.index);
        assert.deepStrictEqual(firstSeen, firstSeen.map((_, k) => k + 1), `${name}: tab stops follow the text`);
        for (const index of firstSeen) {
          const defaults = stops.filter((t) => t.index === index && (t.placeholder || t.choices));
          assert.ok(defaults.length <= 1, `${name}: $${index} has one default`);
          for (const t of defaults) if (t.choices) assert.ok(t.choices.length > 0 && t.choices.every((c) => c.length > 0), `${name}: $${index} choices`);
        }
        const finals = stops.filter((t) => t.index === 0);
        assert.strictEqual(finals.length, 1, `${name}: one $0`);
        assert.strictEqual(nodes[nodes.length - 1], finals[0], `${name}: $0 ends the snippet`);
      });

      it('puts every structure label in front of its own tab stop, in the order Constraint, Failure mode, Primary mitigation, New cost', () => {
        const lines = bodyText(s).split('\n');
        const labelled = lines.filter((l) => /^\*\*[A-Z][a-z ]+:\*\* \$\{\d+:\.\.\.\}$/.test(l)).map((l) => l.slice(2, l.indexOf(':**')));
        assert.deepStrictEqual(labelled.filter((l) => l !== 'Answer'), ['Constraint', 'Failure mode', 'Primary mitigation', 'New cost']);
      });

      it('unfilled, leaves the four parts missing: a label left at ... is not an answer', () => {
        const section = structuredSection(analyze(expand(parseSnippet(bodyText(s)))).sections);
        for (const part of STRUCTURE_PARTS) assert.strictEqual(section.structure[part].present, false, part);
      });

      it('filled with a realistic answer, analyses with all four structure parts in its section', () => {
        const example = EXAMPLES[prefixOf(s)];
        const used = new Set<string>();
        const text = expand(parseSnippet(bodyText(s)), (linePrefix) => {
          assert.ok(linePrefix in example, `no example text for the tab stop after ${JSON.stringify(linePrefix)}`);
          used.add(linePrefix);
          return example[linePrefix];
        });
        assert.deepStrictEqual([...used].sort(), Object.keys(example).sort(), 'every example line is used');
        const result = analyze(text);
        const section = structuredSection(result.sections);
        for (const part of STRUCTURE_PARTS) {
          const report = section.structure[part];
          assert.ok(report.present, `${part} present in "${section.title}"`);
          assert.ok(report.range!.start.line > section.headingRange.start.line && report.range!.end.line <= section.range.end.line, `${part} evidence inside the section`);
        }
        if (prefixOf(s) === 'tradeoff-answer') {
          assert.deepStrictEqual(result.findings.filter((f) => f.rule === 'missing-rollout-path'), [], 'the rollout lines give a baseline and a trigger');
        }
      });
    });
  }
});

function structuredSection(sections: SectionReport[]): SectionReport {
  const found = sections.filter((s) => s.title !== null && STRUCTURED_SECTION.test(s.title));
  assert.strictEqual(found.length, 1, `one decision or follow-up section among ${JSON.stringify(sections.map((s) => s.title))}`);
  return found[0];
}
