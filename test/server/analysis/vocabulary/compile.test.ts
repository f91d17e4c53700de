import * as assert from 'assert';
import { compileConcept, isAcronym, termToRegExpSource } from '../../../../server/src/analysis/vocabulary/compile';
import { BUILTIN_CONCEPTS, buildVocabulary } from '../../../../server/src/analysis/vocabulary';

function matches(re: RegExp | null, text: string): string[] {
  if (!re) return [];
  re.lastIndex = 0;
  return [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => m[0]);
}

describe('vocabulary/compile: term syntax', () => {
  it('matches whole words, case-insensitively, with plurals', () => {
    const c = compileConcept('q', { description: 'queues', terms: ['queue'] });
    assert.deepStrictEqual(matches(c.insensitive, 'A Queue, two queues, no queueing.'), ['Queue', 'queues']);
  });

  it('lets a space match white space or a hyphen, and a hyphen match a hyphen, a space or nothing', () => {
    const c = compileConcept('dlq', { description: 'dead letters', terms: ['dead-letter queue', 'pub sub'] });
    assert.deepStrictEqual(matches(c.insensitive, 'dead-letter queue, dead letter queue, deadletter\nqueue, pub-sub'), [
      'dead-letter queue',
      'dead letter queue',
      'deadletter\nqueue',
      'pub-sub',
    ]);
  });

  it('expands a trailing * to any word ending', () => {
    const c = compileConcept('s', { description: 'sharding', terms: ['shard*'] });
    assert.deepStrictEqual(matches(c.insensitive, 'shard, sharded, resharding, sharding'), ['shard', 'sharded', 'sharding']);
  });

  it('matches acronyms written in capitals only in capitals', () => {
    assert.ok(isAcronym('BASE') && isAcronym('DLQ') && !isAcronym('Base') && !isAcronym('I'));
    const c = compileConcept('base', { description: 'BASE', terms: ['BASE'] });
    assert.strictEqual(c.insensitive, null);
    assert.deepStrictEqual(matches(c.sensitive, 'BASE semantics on a database base'), ['BASE']);
  });

  it('puts longer alternatives first so the longest phrase wins at one position', () => {
    const c = compileConcept('q', { description: 'q', terms: ['queue', 'queue depth'] });
    assert.deepStrictEqual(matches(c.insensitive, 'watch queue depth'), ['queue depth']);
  });

  it('compiles patterns case-insensitively and exclusions into their own expression', () => {
    const c = compileConcept('p', { description: 'p', patterns: ['\\bp9\\d\\b'], exclude: ['network partition'] });
    assert.deepStrictEqual(matches(c.insensitive, 'P99 and p95'), ['P99', 'p95']);
    assert.deepStrictEqual(matches(c.exclude, 'a network partition'), ['network partition']);
  });

  it('gives each compiled form its own key, and extra terms change it', () => {
    const a = compileConcept('q', { description: 'q', terms: ['queue'] });
    const b = compileConcept('q', { description: 'q', terms: ['queue'] }, ['broker']);
    assert.notStrictEqual(a.key, b.key);
    assert.deepStrictEqual(matches(b.insensitive, 'a broker'), ['broker']);
  });

  it('escapes regular-expression characters in terms', () => {
    assert.strictEqual(new RegExp(termToRegExpSource('p99.9'), 'i').test('p9909'), false);
    assert.strictEqual(new RegExp(termToRegExpSource('p99.9'), 'i').test('p99.9'), true);
  });
});

describe('vocabulary/compile: anchored form', () => {
  it('anchors term alternatives on their first word and keeps unanchorable ones for a full scan', () => {
    const c = compileConcept('b', { description: 'b', terms: ['up to', 'read replica'], patterns: ['(?:<=?|≤)\\s*\\d+\\s*ms'] });
    assert.deepStrictEqual(c.anchored.insensitiveAnchors.pairs, [{ first: 'read', second: 'replica' }, { first: 'up', second: 'to' }]);
    assert.ok(c.anchored.unanchoredInsensitive?.test('<= 20 ms'));
  });
});

describe('vocabulary/compile: the built-in vocabulary', () => {
  it('scans the whole text only for the few alternatives no word can anchor (a pattern must start at \\b and a word, after any look-behind)', () => {
    const vocabulary = buildVocabulary();
    const unanchored = Object.keys(BUILTIN_CONCEPTS).filter((id) => {
      const { anchored } = vocabulary.get(id);
      return anchored.unanchoredInsensitive !== null || anchored.unanchoredSensitive !== null;
    });
    assert.deepStrictEqual(unanchored.sort(), ['constraint', 'negationAfter', 'priorityReason', 'stalenessBound']);
  });
});
