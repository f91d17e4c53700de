import * as assert from 'assert';
import { AnchorTable } from '../../../../server/src/analysis/concepts/anchorTable';
import { compileConcept } from '../../../../server/src/analysis/vocabulary/compile';

const queue = compileConcept('queueWord', { description: 'a queue', terms: ['queue', 'dead letter queue'] });
const hotPair = compileConcept('hotPair', { description: 'the bottleneck', patterns: ['\\bthe\\s+bottleneck\\b'] });
const figure = compileConcept('figure', { description: 'a figure', patterns: ['\\b\\d+\\s*ms\\b'] });
const replay = compileConcept('replay', { description: 'replay', terms: ['replay*', 'replica*'] });

/** Candidate offsets of one concept of the table in the text. */
function candidatesOf(table: AnchorTable, concept: ReturnType<typeof compileConcept>, text: string): number[] {
  const all = table.candidates(text);
  const i = table.slotOf(concept, 'insensitive')!;
  return [...all.offsets.subarray(all.from[i], all.from[i + 1])];
}

describe('AnchorTable candidates', () => {
  const table = new AnchorTable([queue, hotPair, figure, replay]);

  it('finds word starts with an anchor prefix, case-folded, in ascending order', () => {
    const text = 'A Queue, a dead-letter queue and QUEUES.';
    assert.deepStrictEqual(candidatesOf(table, queue, text), [text.indexOf('Queue'), text.indexOf('dead'), text.indexOf('queue and'), text.indexOf('QUEUES')]);
  });

  it('anchors a short first word only where the next word has the second prefix', () => {
    const text = 'the cache; the bottleneck is the\nbottleneck';
    assert.deepStrictEqual(candidatesOf(table, hotPair, text), [text.indexOf('the bottleneck'), text.lastIndexOf('the')]);
  });

  it('lists every word starting with a digit for digit-anchored concepts, and nothing mid-word', () => {
    const text = 'p99 of 250 ms, v2 and 3x';
    assert.deepStrictEqual(candidatesOf(table, figure, text), [text.indexOf('250'), text.indexOf('3x')]);
  });

  it('lists an offset once when several prefixes of one concept match there', () => {
    const text = 'replicas replay';
    assert.deepStrictEqual(candidatesOf(table, replay, text), [0, text.indexOf('replay')]);
  });

  it('lists an offset once when a whole word, a prefix, pairs or a digit start of one concept all match there', () => {
    const mixed = compileConcept('mixedAnchors', {
      description: 'anchored every way at once',
      patterns: ['\\bthe\\s+', '\\bthe\\s+rep', '\\bthe\\s+replica', '\\bth\\w*', '\\b\\d+\\s*ms\\b', '\\b2x\\b'],
    });
    const own = new AnchorTable([mixed]);
    const text = 'the replica, theirs, 2x and 40 ms';
    assert.deepStrictEqual(candidatesOf(own, mixed, text), [0, text.indexOf('theirs'), text.indexOf('2x'), text.indexOf('40')]);
  });

  it('stops the walk at a non-ASCII character', () => {
    assert.deepStrictEqual(candidatesOf(table, queue, 'quéue queue'), [6]);
  });
});

describe('AnchorTable slots per expression', () => {
  const mixed = compileConcept('mixed', { description: 'mixed', terms: ['dead letter queue', 'DLQ'] });
  const table = new AnchorTable([mixed]);

  it('keeps the acronym expression\'s candidates apart from the other expression\'s', () => {
    const text = 'a dead letter queue, a DLQ and a dlq';
    const all = table.candidates(text);
    const slot = (sensitive: boolean) => {
      const k = table.slotOf(mixed, sensitive ? 'sensitive' : 'insensitive')!;
      return [...all.offsets.subarray(all.from[k], all.from[k + 1])];
    };
    assert.deepStrictEqual(slot(false), [text.indexOf('dead')]);
    // Candidates are case-folded: the expression itself decides that "dlq" is no acronym.
    assert.deepStrictEqual(slot(true), [text.indexOf('DLQ'), text.indexOf('dlq')]);
  });
});
