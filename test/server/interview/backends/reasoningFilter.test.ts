import * as assert from 'assert';
import fc from 'fast-check';
import { ReasoningFilter } from '../../../../server/src/interview/backends/reasoningFilter';

function run(deltas: string[]): string {
  const f = new ReasoningFilter();
  return deltas.map((d) => f.push(d)).join('') + f.end();
}

describe('ReasoningFilter', () => {
  it('drops a leading <think> block, even with tags split across chunks', () => {
    assert.strictEqual(run(['<think>', 'The user wants a probe on the queue.', '</think>', '\n\nWhat does the caller see?']), 'What does the caller see?');
    assert.strictEqual(run(['  <th', 'ink>plan', ' it</th', 'ink>', ' What', ' breaks?']), 'What breaks?');
  });

  it('leaves text without a leading block alone (a later <think> is text)', () => {
    assert.strictEqual(run(['You wrote "a queue". ', 'What happens?']), 'You wrote "a queue". What happens?');
    assert.strictEqual(run(['Say <think> twice.']), 'Say <think> twice.');
    assert.strictEqual(run(['<thi']), '<thi');
  });

  it('unfinished reasoning shows nothing (the turn then counts as empty)', () => {
    assert.strictEqual(run(['<think>still thinking']), '');
  });

  it('any chunking of the same stream gives the same text', () => {
    const stream = '<think>weigh the gaps</think>\nYou wrote "eventually consistent": for how long?';
    fc.assert(
      fc.property(fc.array(fc.nat(stream.length), { maxLength: 8 }), (cuts) => {
        const at = [...new Set(cuts)].sort((a, b) => a - b);
        const pieces = [0, ...at].map((start, i) => stream.slice(start, at[i] ?? stream.length));
        assert.strictEqual(run(pieces), 'You wrote "eventually consistent": for how long?');
      }),
    );
  });
});
