import * as assert from 'assert';
import { splitSentences } from '../../../../server/src/analysis/document/sentences';

/** The sentences of `text` as strings. */
const split = (text: string) => splitSentences(text, 0, text.length).map(([s, e]) => text.slice(s, e));

describe('document/sentences', () => {
  it('splits at full stops, question and exclamation marks followed by a new sentence', () => {
    assert.deepStrictEqual(split('We shard by user. Hot users move! Why? Because of load.'), ['We shard by user.', 'Hot users move!', 'Why?', 'Because of load.']);
  });

  it('does not split after abbreviations that introduce examples or names', () => {
    assert.deepStrictEqual(split('Use a cache, e.g. Redis, i.e. memory. Compare vs. Memcached. Ask Dr. Lee.'), [
      'Use a cache, e.g. Redis, i.e. memory.',
      'Compare vs. Memcached.',
      'Ask Dr. Lee.',
    ]);
  });

  it('ends a sentence at "etc." or "min." before a capital, but not before a number', () => {
    assert.deepStrictEqual(split('Queues, caches, etc. Then we shard. Retry for 10 min. After that, page. See fig. 3 and No. 5 here.'), [
      'Queues, caches, etc.',
      'Then we shard.',
      'Retry for 10 min.',
      'After that, page.',
      'See fig. 3 and No. 5 here.',
    ]);
  });

  it('does not end a sentence at an abbreviation that opens it', () => {
    assert.deepStrictEqual(split('Max. No. of clicks (clickbait). Etc. Is not a sentence.'), ['Max. No. of clicks (clickbait).', 'Etc. Is not a sentence.']);
  });

  it('keeps decimals, versions, percentages and initials inside the sentence', () => {
    assert.deepStrictEqual(split('It is 3.5 times faster in v1.2 with 99.9% uptime. J. R. Smith wrote it. Costs went up 2.5.'), [
      'It is 3.5 times faster in v1.2 with 99.9% uptime.',
      'J. R. Smith wrote it.',
      'Costs went up 2.5.',
    ]);
  });

  it('does not split before a lower-case word (an unknown abbreviation or a file name)', () => {
    assert.deepStrictEqual(split('Read config.yaml first. Approx. ten nodes. The U.S. region is hot.'), ['Read config.yaml first.', 'Approx. ten nodes.', 'The U.S. region is hot.']);
  });

  it('keeps closing quotes, brackets and emphasis with the sentence they end', () => {
    assert.deepStrictEqual(split('He said "ship it." Then (we did.) **Done.** Next.'), ['He said "ship it."', 'Then (we did.)', '**Done.**', 'Next.']);
  });

  it('starts a sentence at a capital outside ASCII and at a digit', () => {
    assert.deepStrictEqual(split('Le cache est froid. Écrire ensuite. 3 replicas follow.'), ['Le cache est froid.', 'Écrire ensuite.', '3 replicas follow.']);
  });

  it('joins soft line breaks but splits at hard breaks and blank lines', () => {
    assert.deepStrictEqual(split('Users see stale counts\nfor up to 30 s'), ['Users see stale counts\nfor up to 30 s']);
    assert.deepStrictEqual(split('Constraint: write load  \nFailure: lag\\\nFix: batch'), ['Constraint: write load', 'Failure: lag\\', 'Fix: batch']);
    assert.deepStrictEqual(split('First part\n   \nSecond part'), ['First part', 'Second part']);
  });

  it('does not take a line ending in a blanked code span for a hard break (the spaces are the evidence\'s, not the author\'s)', () => {
    const source = 'The service publishes a `SpotFreed`\nevent to Kafka. Workers consume it.';
    const evidence = source.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
    const sentences = splitSentences(evidence, 0, evidence.length, source).map(([s, e]) => source.slice(s, e));
    assert.deepStrictEqual(sentences, ['The service publishes a `SpotFreed`\nevent to Kafka.', 'Workers consume it.']);
    const hard = 'Constraint: write load  \nFailure: lag';
    assert.deepStrictEqual(splitSentences(hard, 0, hard.length, hard).length, 2, 'two trailing spaces written by the author still break');
  });

  it('treats CRLF and lone CR line breaks like LF', () => {
    assert.deepStrictEqual(split('Constraint: write load  \r\nFailure: lag'), ['Constraint: write load', 'Failure: lag']);
    assert.deepStrictEqual(split('First part\r\rSecond part'), ['First part', 'Second part']);
    assert.deepStrictEqual(split('Soft\r\nbreak'), ['Soft\r\nbreak']);
  });

  it('gives a list item or heading without a full stop one sentence', () => {
    assert.deepStrictEqual(split('add a read-through cache'), ['add a read-through cache']);
  });

  it('splits only inside [from, to) and trims white space', () => {
    const text = 'Before. Inside one. Inside two.  After.';
    const from = text.indexOf('Inside') - 1;
    const to = text.indexOf('After') - 1;
    assert.deepStrictEqual(splitSentences(text, from, to).map(([s, e]) => text.slice(s, e)), ['Inside one.', 'Inside two.']);
  });

  it('returns nothing for blank text and copes with runs of punctuation', () => {
    assert.deepStrictEqual(split('   \n  '), []);
    assert.deepStrictEqual(split('Wait... what?! Yes.'), ['Wait... what?!', 'Yes.']);
    assert.deepStrictEqual(split('....'), ['....']);
  });
});
