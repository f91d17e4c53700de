import * as assert from 'assert';
import { ConceptMatcher } from '../../../../server/src/analysis/concepts/matcher';
import { ChunkCache, parseDocument } from '../../../../server/src/analysis/document/model';
import { BUILTIN_CONCEPTS, buildVocabulary } from '../../../../server/src/analysis/vocabulary';

function matcher(text: string): ConceptMatcher {
  return new ConceptMatcher(parseDocument(text), buildVocabulary());
}

/** Each mention of the concept as [text, negated]. */
function mentions(text: string, conceptId: string): Array<[string, boolean]> {
  const m = matcher(text);
  return m.allMentions(conceptId).map((x) => [m.textOf(x), x.negated]);
}

describe('ConceptMatcher negation', () => {
  it('negates a mention after a cue in the same clause ("we deliberately avoid ...")', () => {
    assert.deepStrictEqual(mentions('We deliberately avoid eventual consistency for balances.\n', 'eventualConsistency'), [['eventual consistency', true]]);
  });

  it('negates a mention rejected right after it ("... is not acceptable", "... is ruled out")', () => {
    assert.deepStrictEqual(mentions('Eventual consistency is not acceptable for balances.\n', 'eventualConsistency'), [['Eventual consistency', true]]);
    assert.deepStrictEqual(mentions('Asynchronous replication is ruled out for the ledger.\n', 'eventualConsistency'), [['Asynchronous replication', true]]);
  });

  it('negates a measure said to be unsettled right after it ("the fallback is not yet agreed", "... is TBD", "... is still to be decided")', () => {
    assert.deepStrictEqual(mentions('We are asking for a capacity reservation; the fallback is not yet agreed.\n', 'mitigationMeasure'), [['fallback', true]]);
    assert.deepStrictEqual(mentions('The fallback is TBD.\n', 'mitigationMeasure'), [['fallback', true]]);
    assert.deepStrictEqual(mentions('A read replica is still to be decided.\n', 'mitigationMeasure'), [['read replica', true]]);
    assert.deepStrictEqual(mentions('The fallback is agreed with the vendor.\n', 'mitigationMeasure'), [['fallback', false]]);
  });

  it('keeps a rejection that follows a different clause from negating the first mention', () => {
    const text = 'Eventual consistency is fine for feeds, but the ledger is not acceptable to lose.\n';
    assert.deepStrictEqual(mentions(text, 'eventualConsistency'), [['Eventual consistency', false]]);
  });

  it('does not read bound phrases as negations ("no more than", "no longer than")', () => {
    assert.deepStrictEqual(mentions('Kafka keeps no more than seven days of retention.\n', 'queueReplay'), [['retention', false]]);
    assert.deepStrictEqual(mentions('Kafka keeps no longer than a week of retention.\n', 'queueReplay'), [['retention', false]]);
    assert.deepStrictEqual(mentions('Kafka no longer needs retention.\n', 'queueReplay'), [['retention', true]]);
  });

  it('does not read "not only ... but also" as a negation', () => {
    assert.deepStrictEqual(mentions('We run not only multi-AZ but also in a second region.\n', 'availabilityClaim'), [
      ['multi-AZ', false],
      ['second region', false],
    ]);
  });

  it('stops a negation at a clause break', () => {
    const text = 'No queue is needed for reads, but writes go to a Kafka topic.\n';
    assert.deepStrictEqual(mentions(text, 'messageQueue'), [
      ['queue', true],
      ['Kafka topic', false],
    ]);
  });

  it('negates only what follows "instead of"', () => {
    assert.deepStrictEqual(mentions('We use Kafka instead of SQS.\n', 'messageQueue'), [
      ['Kafka', false],
      ['SQS', true],
    ]);
  });

  it('looks back only a few words', () => {
    const text = 'We never said that the feed service would one day use eventual consistency.\n';
    assert.deepStrictEqual(mentions(text, 'eventualConsistency'), [['eventual consistency', false]]);
  });

  it('leaves concepts that are not negatable alone', () => {
    assert.deepStrictEqual(mentions('Users may not see the new post for up to 30 s.\n', 'staleUserView'), [['may not see', false]]);
  });

  it('drops negated mentions from all() and in()', () => {
    const m = matcher('We avoid a queue here. Later we add a queue for emails.\n');
    assert.strictEqual(m.allMentions('messageQueue').length, 2);
    assert.deepStrictEqual(m.all('messageQueue').map((x) => m.textOf(x)), ['queue']);
    assert.strictEqual(m.in('messageQueue', 0, 20).length, 0);
  });
});

describe('ConceptMatcher range queries before all()', () => {
  it('answers first(), has() and in() over a range as the document-wide list does', () => {
    const text = [
      '# Queues',
      'We avoid a queue here. Later we add a queue for emails, then a queue for audits.',
      '# More queues',
      'No queue for payments. A queue buffers clicks; another queue takes exports.',
      '',
    ].join('\n');
    const ranges: Array<[number, number]> = [];
    for (let s = 0; s < text.length; s += 7) for (const len of [5, 30, 90, text.length]) ranges.push([s, s + len]);
    const asText = (list: Array<{ start: number; end: number }>) => list.map((x) => `${x.start}:${x.end}`);
    for (const [start, end] of ranges) {
      const whole = matcher(text);
      whole.all('messageQueue');
      const lazy = matcher(text);
      assert.deepStrictEqual(asText(lazy.in('messageQueue', start, end)), asText(whole.in('messageQueue', start, end)));
      assert.deepStrictEqual(matcher(text).first('messageQueue', start, end), whole.first('messageQueue', start, end));
      assert.strictEqual(matcher(text).has('messageQueue', start, end), whole.has('messageQueue', start, end));
      // The first mention a predicate takes, found chunk by chunk or in the document-wide list alike.
      const inSecondSentence = (m: { sentence: number }) => m.sentence % 2 === 1;
      const expected = whole.all('messageQueue').find((m) => m.start >= start && m.start < end && inSecondSentence(m));
      assert.deepStrictEqual(matcher(text).firstWhere('messageQueue', start, end, inSecondSentence), expected);
      assert.deepStrictEqual(whole.firstWhere('messageQueue', start, end, inSecondSentence), expected);
    }
  });
});

describe('ConceptMatcher reusing the previous analysis', () => {
  it('finds the same mentions after an edit as a matcher built from scratch', () => {
    // Long enough to be parsed in several chunks, so the chunks before the edit are reused.
    const prose = 'We avoid a queue here; the cache is eventually consistent and p99 latency must stay under 200 ms. '.repeat(20);
    const section = (i: number) => `## Part ${i}\n\n${prose}\n\n`;
    const before = Array.from({ length: 60 }, (_, i) => section(i)).join('');
    const at = before.indexOf('## Part 50');
    const after = before.slice(0, at) + 'We do not shard the database. ' + before.slice(at);
    const vocabulary = buildVocabulary();
    const cache = new ChunkCache();
    const previous = new ConceptMatcher(parseDocument(before, cache), vocabulary);
    const ids = Object.keys(BUILTIN_CONCEPTS);
    for (const id of ids) previous.all(id);
    const reusing = new ConceptMatcher(parseDocument(after, cache), vocabulary, previous);
    const fresh = new ConceptMatcher(parseDocument(after), vocabulary);
    for (const id of ids) {
      assert.deepStrictEqual(reusing.allMentions(id), fresh.allMentions(id), id);
      assert.deepStrictEqual(reusing.all(id), fresh.all(id), id);
    }
    // Mentions before the edit are the previous analysis's objects, not rebuilt ones.
    const mentioned = ids.find((id) => previous.allMentions(id).length > 0)!;
    assert.ok(mentioned);
    assert.strictEqual(reusing.allMentions(mentioned)[0], previous.allMentions(mentioned)[0]);
  });

  it('lists every affirmed mention when the previous analysis asked only for all mentions, not the affirmed ones', () => {
    const prose = 'We avoid a queue here, but we use a queue for writes; the cache must stay under 200 ms. '.repeat(20);
    const before = Array.from({ length: 60 }, (_, i) => `## Part ${i}\n\n${prose}\n\n`).join('');
    const at = before.indexOf('## Part 50');
    const after = `${before.slice(0, at)}We use a cache. ${before.slice(at)}`;
    const vocabulary = buildVocabulary();
    const cache = new ChunkCache();
    const previous = new ConceptMatcher(parseDocument(before, cache), vocabulary);
    const ids = Object.keys(BUILTIN_CONCEPTS);
    for (const id of ids) previous.allMentions(id);
    const reusing = new ConceptMatcher(parseDocument(after, cache), vocabulary, previous);
    const fresh = new ConceptMatcher(parseDocument(after), vocabulary);
    assert.ok(fresh.allMentions('messageQueue').some((m) => m.negated) && fresh.all('messageQueue').length > 0);
    for (const id of ids) assert.deepStrictEqual(reusing.all(id), fresh.all(id), id);
  });
});

describe('ConceptMatcher concepts kept out of the chunk anchor table', () => {
  it('still finds short-text concepts over whole chunks, as their expression does', () => {
    const v = buildVocabulary();
    assert.notStrictEqual(v.anchorTable('definiteDeterminer'), v.anchorTable('failureMode'));
    const text = '# Design\n\nThe cache sits in front of the database. Writes go through the queue.\n';
    const cm = new ConceptMatcher(parseDocument(text), v);
    for (const id of ['definiteDeterminer', 'runtimeComponent', 'failureHeading']) {
      const expected = cm.spansIn(id, 0, text.length).map((m) => `${m.start}:${m.end}`);
      assert.deepStrictEqual(cm.allMentions(id).map((m) => `${m.start}:${m.end}`), expected, id);
    }
    assert.ok(cm.allMentions('definiteDeterminer').length > 0);
  });
});
