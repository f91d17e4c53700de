import * as assert from 'assert';
import type { InterviewerBackend, TurnRequest } from '../../../server/src/interview/backend';
import { builtInBackend } from '../../../server/src/interview/builtInBackend';
import { PERSONAS } from '../../../server/src/interview/personas';
import { streamTurn } from '../../../server/src/interview/turnStream';
import type { InterviewerTurn } from '../../../server/src/interview/types';

const intent: InterviewerTurn = {
  role: 'interviewer',
  kind: 'question',
  text: "You wrote 'Kafka'. The consumers fall behind by an hour: what happens to the backlog?",
  gap: 'queue-without-failure-semantics',
  rule: 'queue-without-failure-semantics',
  quote: 'Kafka',
  phase: 'deep-dive',
  at: 60_000,
  backend: 'built-in',
};

const request: TurnRequest = { persona: PERSONAS.stripe, level: 'senior', intent, findings: [], transcript: [] };

/** A backend that yields the given chunks, then does what `end` says. */
function fake(chunks: unknown[], end: 'return' | Error = 'return', onChunk?: (i: number) => void): InterviewerBackend {
  return {
    id: 'fake:model',
    async *phrase(): AsyncIterable<string> {
      for (let i = 0; i < chunks.length; i++) {
        onChunk?.(i);
        yield chunks[i] as string;
      }
      if (end !== 'return') throw end;
    },
  };
}

async function run(backend: InterviewerBackend, signal = new AbortController().signal) {
  const seen: string[] = [];
  const turn = await streamTurn(backend, request, { signal, onChunk: (c) => seen.push(c) });
  return { turn, seen };
}

describe('interview turn stream', () => {
  it('streams the chunks and keeps the intent (kind, gap, quote) with the backend id', async () => {
    const { turn, seen } = await run(fake(["You said 'Kafka'. ", '', 'What does the caller see?']));
    assert.deepStrictEqual(seen, ["You said 'Kafka'. ", 'What does the caller see?']);
    assert.deepStrictEqual(turn, { ...intent, text: "You said 'Kafka'. What does the caller see?", backend: 'fake:model' });
  });

  it('the built-in backend says the engine text', async () => {
    const { turn, seen } = await run(builtInBackend);
    assert.deepStrictEqual(seen, [intent.text]);
    assert.deepStrictEqual(turn, intent);
  });

  it('a backend that throws: the built-in text, with the reason', async () => {
    const { turn } = await run(fake([], new Error('the API key was rejected by http://127.0.0.1:9/v1 (HTTP 401): check the key.\nstack...')));
    assert.deepStrictEqual(turn, { ...intent, backend: 'built-in', fallbackReason: 'the API key was rejected by http://127.0.0.1:9/v1 (HTTP 401): check the key.' });
  });

  it('a failure mid-stream: the built-in text replaces the partial words', async () => {
    const { turn, seen } = await run(fake(['You wr'], new Error('the answer stalled: nothing arrived for 20 s (timeout).')));
    assert.deepStrictEqual(seen, ['You wr']);
    assert.strictEqual(turn.text, intent.text);
    assert.strictEqual(turn.backend, 'built-in');
    assert.strictEqual(turn.fallbackReason, 'the answer stalled: nothing arrived for 20 s (timeout).');
  });

  it('a backend that yields nothing, or only white space: the built-in text', async () => {
    for (const chunks of [[], ['  ', '\n']]) {
      const { turn } = await run(fake(chunks));
      assert.deepStrictEqual(turn, { ...intent, backend: 'built-in', fallbackReason: 'fake:model returned no text.' });
    }
  });

  it('a chunk that is not text is a malformed stream', async () => {
    const { turn } = await run(fake(['ok ', { delta: 'x' }]));
    assert.deepStrictEqual([turn.text, turn.backend, turn.fallbackReason], [intent.text, 'built-in', 'fake:model sent a malformed stream (a chunk that is not text).']);
  });

  it('a throw without a message still says which backend failed', async () => {
    const backend: InterviewerBackend = {
      id: 'fake:model',
      async *phrase(): AsyncIterable<string> {
        throw new Error('');
      },
    };
    assert.strictEqual((await run(backend)).turn.fallbackReason, 'fake:model failed without saying why.');
  });

  it('Stop keeps what streamed so far: it is not a failure', async () => {
    const stop = new AbortController();
    const { turn, seen } = await run(fake(["You wrote 'Kafka'. ", 'What', ' never arrives'], 'return', (i) => i === 2 && stop.abort()), stop.signal);
    assert.deepStrictEqual(seen, ["You wrote 'Kafka'. ", 'What']);
    assert.deepStrictEqual(turn, { ...intent, text: "You wrote 'Kafka'. What", backend: 'fake:model' });
  });

  it('Stop before anything streamed: the built-in text, with no failure reason', async () => {
    const stop = new AbortController();
    const abortError = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
    const backend: InterviewerBackend = {
      id: 'fake:model',
      async *phrase(_request, signal): AsyncIterable<string> {
        stop.abort();
        if (signal.aborted) throw abortError;
      },
    };
    const { turn, seen } = await run(backend, stop.signal);
    assert.deepStrictEqual(seen, []);
    assert.deepStrictEqual(turn, intent);
  });

  it('a previous fallback reason on the intent does not stick to a phrased turn', async () => {
    const { turn } = await streamTurn(fake(['Fine.']), { ...request, intent: { ...intent, fallbackReason: 'old' } }, { signal: new AbortController().signal, onChunk: () => undefined }).then((t) => ({ turn: t }));
    assert.strictEqual(turn.fallbackReason, undefined);
    assert.strictEqual(turn.text, 'Fine.');
  });
});
