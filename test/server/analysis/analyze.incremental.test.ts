import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyze, createAnalysisCache } from '../../../server/src/analysis';

const CORPUS = path.join(__dirname, '../../fixtures/corpus');

/** A design answer with many sections (so many chunks) whose proposal verdict hangs on one sentence near the end. */
function sectionedAnswer(): string {
  const parts = ['# Design a feed service\n\nRequirements first, then the design.\n'];
  for (let i = 0; i < 48; i++) {
    parts.push(
      `\n${i % 6 === 0 ? '##' : '###'} Part ${i}: ${['Caching', 'Storage', 'Queue', 'Sharding', 'Availability', 'Rollout'][i % 6]}\n\n` +
        `Reads must stay under 200 ms at p99 for ${i + 1},000 requests per second. If the cache is down, the database ` +
        `saturates and requests time out. Add read replicas to reduce load on the primary, at the cost of replica lag ` +
        `of up to 2 s. Is the queue backlog bounded?\n\n- Use Redis to cache hot keys.\n- Shard by user id.\n`,
    );
  }
  parts.push('\n## Decision\n\nWe propose a write-through cache in front of the store.\n');
  return parts.join('');
}

/** A small deterministic generator (mulberry32), so the edit sequence is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Edit = (text: string, at: number) => string;

const insert = (words: string): Edit => (text, at) => text.slice(0, at) + words + text.slice(at);
/** Moves an offset to the start of its line. */
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

const EDITS: Edit[] = [
  insert('clearly '),
  insert('not '),
  insert('We avoid a message queue here. '),
  insert('We will use Kafka to absorb bursts. '),
  insert('This page documents the public API. '),
  (text, at) => text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + (at % 40))),
  (text, at) => {
    const s = lineStart(text, at);
    return `${text.slice(0, s)}\n## Failure handling\n\nIf a broker fails, consumers stall.\n\n${text.slice(s)}`;
  },
  (text, at) => {
    const s = lineStart(text, at);
    return `${text.slice(0, s)}# Another title\n\n${text.slice(s)}`;
  },
  // Removes the heading line at or after the offset.
  (text, at) => {
    const h = text.indexOf('\n#', at);
    if (h < 0) return text;
    const lineEnd = text.indexOf('\n', h + 1);
    return text.slice(0, h) + (lineEnd < 0 ? '' : text.slice(lineEnd));
  },
  // Same-length swaps: every offset stays, only what the words mean changes.
  (text, at) => {
    const i = text.indexOf('must', at);
    return i < 0 ? text : `${text.slice(0, i)}will${text.slice(i + 4)}`;
  },
  (text, at) => {
    const i = text.indexOf('Add', at);
    return i < 0 ? text : `${text.slice(0, i)}Had${text.slice(i + 3)}`;
  },
  // Renames the next second-level heading to a non-design one ("Requirements"), or back: its subsections change status.
  (text, at) => {
    const i = text.indexOf('\n## ', at);
    if (i < 0) return text;
    const title = i + 4;
    return text.startsWith('Requirements', title) ? `${text.slice(0, title)}Part${text.slice(title + 12)}` : `${text.slice(0, title)}Requirements${text.slice(text.indexOf(' ', title))}`;
  },
  // Toggles the one proposing sentence of the document.
  (text) => (text.includes('We propose') ? text.replace('We propose', 'They describe') : text.replace('They describe', 'We propose')),
];

/** Applies `count` edits at places spread over the document, checking the cached analysis after each. */
function checkEditSequence(text: string, seed: number, count: number): void {
  const next = random(seed);
  const cache = createAnalysisCache();
  assert.deepStrictEqual(analyze(text, { cache }), analyze(text));
  for (let i = 0; i < count; i++) {
    const edit = EDITS[Math.floor(next() * EDITS.length)];
    // Near the start, near the end or anywhere: the first changed chunk decides what the cache may reuse.
    const where = next();
    const at = where < 0.15 ? Math.floor(next() * 200) : where > 0.85 ? text.length - Math.floor(next() * 300) : Math.floor(next() * text.length);
    text = edit(text, Math.max(0, Math.min(text.length, at)));
    assert.deepStrictEqual(analyze(text, { cache }), analyze(text), `edit ${i} (${EDITS.indexOf(edit)} at ${at})`);
  }
}

describe('analyze: cached re-analysis after edits equals a fresh analysis', () => {
  it('on a many-section answer whose proposal verdict flips', () => {
    checkEditSequence(sectionedAnswer(), 1, 40);
  });

  it('on real design documents', () => {
    for (const [i, file] of ['05-mint.md', '01-pastebin.md', '04-twitter-timeline.md'].entries()) {
      checkEditSequence(readFileSync(path.join(CORPUS, file), 'utf8'), 10 + i, 40);
    }
  });

  it('when a renamed heading changes the status of its subsections in later, unchanged chunks', () => {
    const text = sectionedAnswer();
    for (let at = text.indexOf('\n## Part'); at >= 0; at = text.indexOf('\n## Part', at + 1)) {
      const renamed = `${text.slice(0, at)}\n## Requirements${text.slice(text.indexOf(' ', at + 4))}`;
      const cache = createAnalysisCache();
      for (const version of [text, renamed, text]) assert.deepStrictEqual(analyze(version, { cache }), analyze(version), `heading at ${at}`);
    }
  });

  it('when the same cache sees an edit undone (the editor alternates two versions)', () => {
    const text = sectionedAnswer();
    const mid = text.indexOf(' ', text.length >> 1) + 1;
    const edited = `${text.slice(0, mid)}clearly ${text.slice(mid)}`;
    const cache = createAnalysisCache();
    for (const version of [text, edited, text, edited, text]) assert.deepStrictEqual(analyze(version, { cache }), analyze(version));
  });
});
