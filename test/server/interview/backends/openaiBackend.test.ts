import * as assert from 'assert';
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { InterviewerBackend, TurnRequest } from '../../../../server/src/interview/backend';
import { createOpenAiBackend, type OpenAiBackendOptions } from '../../../../server/src/interview/backends/openaiBackend';
import { buildMessages } from '../../../../server/src/interview/llmPrompt';
import { streamTurn } from '../../../../server/src/interview/turnStream';
import type { InterviewerTurn, Persona } from '../../../../server/src/interview/types';
import { FakeOpenAiServer } from '../../../helpers/fakeOpenAiServer';

const KEY = 'sk-test-7f3a9c2e';
const MODEL = 'test-model';

const persona: Persona = {
  id: 'stripe',
  label: 'Stripe interviewer',
  focus: 'Failure semantics: idempotency, retries, exactly what the caller sees on a timeout.',
  priorities: ['queue-without-failure-semantics'],
  pressure: 3,
  interruptAfterWords: 170,
  hints: 'nudge',
};

const intent: InterviewerTurn = {
  role: 'interviewer',
  kind: 'question',
  text: 'You wrote "we put a queue in front of the ledger". A consumer crashes halfway: what does the caller see?',
  gap: 'queue-without-failure-semantics',
  rule: 'queue-without-failure-semantics',
  quote: 'we put a queue in front of the ledger',
  phase: 'deep-dive',
  at: 60_000,
  backend: 'built-in',
};

const request: TurnRequest = {
  persona,
  level: 'senior',
  intent,
  findings: [
    { rule: 'queue-without-failure-semantics', message: 'The queue has no replay, idempotency or poison-message handling.', quote: 'we put a queue in front of the ledger' },
    { rule: 'missing-operational-metrics', message: 'No metric to watch under load.', quote: 'it scales' },
  ],
  transcript: [],
};

async function collect(backend: InterviewerBackend, signal = new AbortController().signal, onChunk?: (text: string) => void): Promise<{ chunks: string[]; error?: Error }> {
  const chunks: string[] = [];
  try {
    for await (const chunk of backend.phrase(request, signal)) {
      chunks.push(chunk);
      onChunk?.(chunk);
    }
    return { chunks };
  } catch (err) {
    return { chunks, error: err as Error };
  }
}

/** A failure is one plain line: no stack frames, no request dump, never the key. */
function assertPlainError(error: Error | undefined, pattern: RegExp): Error {
  assert.ok(error, 'expected the turn to fail');
  assert.match(error.message, pattern);
  assert.ok(!error.message.includes(KEY), `the key leaked: ${error.message}`);
  assert.ok(!error.message.includes('\n'), error.message);
  assert.notStrictEqual(error.name, 'AbortError');
  return error;
}

describe('openai backend (against a real OpenAI-compatible server on 127.0.0.1)', () => {
  let server: FakeOpenAiServer;
  before(async () => {
    server = await FakeOpenAiServer.start();
  });
  after(() => server.close());

  const backend = (options: Partial<OpenAiBackendOptions> = {}): InterviewerBackend =>
    createOpenAiBackend({ baseURL: server.baseURL, model: MODEL, apiKey: KEY, timeoutMs: 2000, ...options });

  it('streams the content deltas and sends model, messages (persona, findings), stream: true and the bearer key', async () => {
    server.serve({ kind: 'stream', deltas: ['You wrote "we put a queue in front of the ledger". ', 'A consumer dies mid-batch: ', 'what does the caller see?'] });
    const b = backend();
    assert.strictEqual(b.id, `openai:${MODEL}`);
    const { chunks, error } = await collect(b);
    assert.strictEqual(error, undefined);
    assert.deepStrictEqual(chunks, ['You wrote "we put a queue in front of the ledger". ', 'A consumer dies mid-batch: ', 'what does the caller see?']);

    assert.strictEqual(server.requests.length, 1);
    const [req] = server.requests;
    assert.strictEqual(req.method, 'POST');
    assert.strictEqual(req.path, '/v1/chat/completions');
    assert.strictEqual(req.headers.authorization, `Bearer ${KEY}`);
    assert.strictEqual(req.body.model, MODEL);
    assert.strictEqual(req.body.stream, true);
    assert.deepStrictEqual(req.body.messages, buildMessages(request));
    const [system, context] = req.body.messages as Array<{ role: string; content: string }>;
    assert.strictEqual(system.role, 'system');
    assert.ok(system.content.includes(persona.focus), 'persona focus in the system message');
    assert.ok(system.content.includes(intent.text), 'the built-in question as the draft');
    assert.strictEqual(context.role, 'user');
    for (const f of request.findings) assert.ok(context.content.includes(`[${f.rule}] ${f.message}`) && context.content.includes(f.quote), f.rule);
    // Only what a chat completion needs: no sampling knobs that some models (o-series, gpt-5) reject.
    assert.deepStrictEqual(Object.keys(req.body).sort(), ['messages', 'model', 'stream']);
  });

  it('works with an Azure OpenAI v1 style base URL (<resource>/openai/v1/)', async () => {
    server.serve({ kind: 'stream', deltas: ['What does the caller see?'] });
    const { chunks, error } = await collect(backend({ baseURL: `http://127.0.0.1:${server.port}/openai/v1/` }));
    assert.strictEqual(error, undefined);
    assert.deepStrictEqual(chunks, ['What does the caller see?']);
    assert.strictEqual(server.requests[0].path, '/openai/v1/chat/completions');
  });

  it('sends no Authorization header when the key is empty (a local server)', async () => {
    server.serve({ kind: 'stream', deltas: ['Go on.'] });
    const { error } = await collect(backend({ apiKey: '' }));
    assert.strictEqual(error, undefined);
    assert.strictEqual(server.requests[0].headers.authorization, undefined);
  });

  it('uses the fetch it is given', async () => {
    server.serve({ kind: 'stream', deltas: ['Go on.'] });
    const urls: string[] = [];
    const { error } = await collect(backend({ fetch: (input, init) => (urls.push(String(input)), fetch(input, init)) }));
    assert.strictEqual(error, undefined);
    assert.deepStrictEqual(urls, [`${server.baseURL}/chat/completions`]);
  });

  for (const status of [401, 403]) {
    it(`${status}: "the API key was rejected", not retried, the key not echoed`, async () => {
      server.serve({ kind: 'error', status, message: `Incorrect API key provided: ${KEY}.`, code: 'invalid_api_key' });
      const { chunks, error } = await collect(backend());
      assert.deepStrictEqual(chunks, []);
      assertPlainError(error, new RegExp(`^the API key was rejected by ${escape(server.baseURL)} \\(HTTP ${status}\\)`));
      assert.strictEqual(server.requests.length, 1);
    });
  }

  it('404: "model <m> not found at <baseURL>"', async () => {
    server.serve({ kind: 'error', status: 404, message: 'The model `nope` does not exist', code: 'model_not_found' });
    const { error } = await collect(backend({ model: 'nope' }));
    assertPlainError(error, new RegExp(`^model nope not found at ${escape(server.baseURL)} \\(HTTP 404\\)`));
    assert.strictEqual(server.requests.length, 1);
  });

  it('429 with retry-after: honours the wait, retries once, then fails with a rate-limit message', async () => {
    server.serve({ kind: 'error', status: 429, message: 'Rate limit reached', headers: { 'retry-after': '0.2' } });
    const { error } = await collect(backend());
    assertPlainError(error, new RegExp(`^${escape(server.baseURL)} is rate limiting requests \\(HTTP 429, retry-after 0.2 s\\), still after one retry`));
    assert.strictEqual(server.requests.length, 2);
    // The retry came after the server's retry-after (a lower bound: a slow machine only makes it later).
    assert.ok(server.requests[1].receivedAt - server.requests[0].receivedAt >= 190, 'retry-after honoured');
    assert.strictEqual(server.requests[1].headers['x-stainless-retry-count'], '1');
  });

  it('429 then success: the retry streams the answer', async () => {
    server.serve({ kind: 'error', status: 429, headers: { 'retry-after': '0' } }, { kind: 'stream', deltas: ['Second try.'] });
    const { chunks, error } = await collect(backend());
    assert.strictEqual(error, undefined);
    assert.deepStrictEqual(chunks, ['Second try.']);
    assert.strictEqual(server.requests.length, 2);
  });

  it('429 asking for a longer wait than the turn timeout fails at the timeout, without waiting it out', async () => {
    server.serve({ kind: 'error', status: 429, headers: { 'retry-after': '30' } });
    const { error } = await collect(backend({ timeoutMs: 300 }));
    assertPlainError(error, new RegExp(`^${escape(server.baseURL)} asked to wait before retrying \\(HTTP 429\\) longer than the 300 ms turn timeout`));
    assert.strictEqual(server.requests.length, 1);
  });

  it('500: retried once, then "server error (HTTP 500)"; maxRetries 0 does not retry', async () => {
    server.serve({ kind: 'error', status: 500, message: 'boom' });
    assertPlainError((await collect(backend())).error, new RegExp(`^${escape(server.baseURL)} failed with a server error \\(HTTP 500\\), still after one retry`));
    assert.strictEqual(server.requests.length, 2);

    server.serve({ kind: 'error', status: 503 });
    assertPlainError((await collect(backend({ maxRetries: 0 }))).error, /failed with a server error \(HTTP 503\)\.$/);
    assert.strictEqual(server.requests.length, 1);
  });

  it('500 with no time left for the retry backoff fails at the timeout', async () => {
    server.serve({ kind: 'error', status: 500 }, { kind: 'stream', deltas: ['too late'] });
    // The SDK's backoff before a retry is at least 0.375 s; the turn allows 100 ms.
    assertPlainError((await collect(backend({ timeoutMs: 100 }))).error, /failed \(HTTP 500\) and the 100 ms turn timeout ran out before the retry\.$/);
    assert.strictEqual(server.requests.length, 1);
  });

  it('400: the server says why', async () => {
    server.serve({ kind: 'error', status: 400, message: "This model's maximum context length is 4096 tokens." });
    assertPlainError((await collect(backend())).error, /refused the request \(HTTP 400\): This model's maximum context length is 4096 tokens\.$/);
    assert.strictEqual(server.requests.length, 1);
  });

  it('a stalled stream (headers and one chunk, then nothing) fails after timeoutMs', async () => {
    server.serve({ kind: 'stall', firstDelta: 'You wrote' });
    const { chunks, error } = await collect(backend({ timeoutMs: 300 }));
    assert.deepStrictEqual(chunks, ['You wrote']);
    assertPlainError(error, new RegExp(`^the answer from ${escape(server.baseURL)} stalled: nothing arrived for 300 ms \\(timeout\\)`));
  });

  it('no response at all fails after timeoutMs', async () => {
    server.serve({ kind: 'hang' });
    const { chunks, error } = await collect(backend({ timeoutMs: 300 }));
    assert.deepStrictEqual(chunks, []);
    assertPlainError(error, new RegExp(`^${escape(server.baseURL)} did not answer within 300 ms \\(timeout\\)`));
  });

  it('a malformed stream chunk fails plainly', async () => {
    server.serve({ kind: 'malformed', firstDelta: 'You wrote' });
    const { chunks, error } = await collect(backend());
    assert.deepStrictEqual(chunks, ['You wrote']);
    assertPlainError(error, new RegExp(`^${escape(server.baseURL)} sent a malformed stream chunk \\(not JSON\\)`));
  });

  it('an error object in the stream fails with the server message', async () => {
    server.serve({ kind: 'streamError', firstDelta: 'You', message: 'The server had an error while processing your request.' });
    const { error } = await collect(backend());
    assertPlainError(error, /reported an error in the middle of the answer: The server had an error while processing your request\.$/);
  });

  it("a reasoning model's leading <think> block is not shown", async () => {
    server.serve({ kind: 'stream', deltas: ['<think>', 'They wrote about a queue; probe redelivery.', '</think>', '\n\nWhat happens on redelivery?'] });
    const { chunks, error } = await collect(backend());
    assert.strictEqual(error, undefined);
    assert.deepStrictEqual(chunks.join(''), 'What happens on redelivery?');
  });

  it('an empty completion fails as "returned an empty answer"', async () => {
    server.serve({ kind: 'empty' });
    const { chunks, error } = await collect(backend());
    assert.deepStrictEqual(chunks, []);
    assertPlainError(error, new RegExp(`^model ${MODEL} at ${escape(server.baseURL)} returned an empty answer`));
  });

  it('a server that is not listening: "could not reach <baseURL> (ECONNREFUSED)"', async () => {
    const port = await closedPort();
    const baseURL = `http://127.0.0.1:${port}/v1`;
    const { error } = await collect(createOpenAiBackend({ baseURL, model: MODEL, apiKey: KEY, maxRetries: 0 }));
    assertPlainError(error, new RegExp(`^could not reach ${escape(baseURL)} \\(ECONNREFUSED\\)`));
  });

  it('rejects a base URL that is not an http(s) URL when created', () => {
    assert.throws(() => createOpenAiBackend({ baseURL: 'localhost:11434', model: MODEL, apiKey: KEY }), /must start with http:\/\/ or https:\/\/ \(not localhost:\)/);
    assert.throws(() => createOpenAiBackend({ baseURL: 'not a url', model: MODEL, apiKey: KEY }), /is not a URL/);
    assert.throws(() => createOpenAiBackend({ baseURL: server.baseURL, model: ' ', apiKey: KEY }), /model name is empty/);
    // fetch refuses credentials in a URL, and a message must never show them.
    assert.throws(
      () => createOpenAiBackend({ baseURL: 'http://user:hunter2@127.0.0.1:8080/v1', model: MODEL, apiKey: KEY }),
      (err: Error) => /must not contain user:password/.test(err.message) && !err.message.includes('hunter2'),
    );
  });

  it('Stop mid-stream: throws an AbortError at once (not a timeout) and closes the request', async () => {
    server.serve({ kind: 'stall', firstDelta: 'You wrote' });
    const stop = new AbortController();
    const { chunks, error } = await collect(backend({ timeoutMs: 10_000 }), stop.signal, () => stop.abort());
    assert.deepStrictEqual(chunks, ['You wrote']);
    assert.strictEqual(error?.name, 'AbortError');
  });

  it('Stop during the retry wait: throws an AbortError without waiting for retry-after', async () => {
    server.serve({ kind: 'error', status: 429, headers: { 'retry-after': '30' } });
    const stop = new AbortController();
    const pending = collect(backend({ timeoutMs: 10_000 }), stop.signal);
    await until(() => server.requests.length === 1);
    stop.abort();
    const { error } = await pending;
    assert.strictEqual(error?.name, 'AbortError');
    assert.strictEqual(server.requests.length, 1);
  });

  it('an already aborted signal sends nothing', async () => {
    server.serve({ kind: 'stream', deltas: ['x'] });
    const stop = new AbortController();
    stop.abort();
    const { error } = await collect(backend(), stop.signal);
    assert.strictEqual(error?.name, 'AbortError');
    assert.strictEqual(server.requests.length, 0);
  });

  describe('through streamTurn (the engine)', () => {
    it('a streamed answer becomes the turn, with the backend id, chunk by chunk', async () => {
      server.serve({ kind: 'stream', deltas: ['You said "a queue". ', 'What does the caller see?'] });
      const seen: string[] = [];
      const turn = await streamTurn(backend(), request, { signal: new AbortController().signal, onChunk: (c) => seen.push(c) });
      assert.deepStrictEqual(seen, ['You said "a queue". ', 'What does the caller see?']);
      assert.strictEqual(turn.text, 'You said "a queue". What does the caller see?');
      assert.strictEqual(turn.backend, `openai:${MODEL}`);
      assert.strictEqual(turn.fallbackReason, undefined);
      assert.deepStrictEqual([turn.kind, turn.gap, turn.rule, turn.quote], [intent.kind, intent.gap, intent.rule, intent.quote]);
    });

    const failures: Array<[string, Parameters<FakeOpenAiServer['serve']>[0], RegExp]> = [
      ['401', { kind: 'error', status: 401 }, /the API key was rejected/],
      ['429', { kind: 'error', status: 429, headers: { 'retry-after': '0' } }, /rate limiting requests \(HTTP 429/],
      ['500', { kind: 'error', status: 500 }, /server error \(HTTP 500\)/],
      ['a stalled stream', { kind: 'stall', firstDelta: 'You wr' }, /stalled: nothing arrived for 300 ms/],
      ['no response', { kind: 'hang' }, /did not answer within 300 ms/],
      ['a malformed chunk', { kind: 'malformed', firstDelta: 'You wr' }, /malformed stream chunk/],
      ['an empty answer', { kind: 'empty' }, /returned an empty answer/],
    ];
    for (const [what, reply, reason] of failures) {
      it(`${what}: falls back to the built-in text with the reason`, async () => {
        server.serve(reply);
        // A short timeout only where the outcome is a timeout: the SDK's retry backoff (~0.5 s) must fit otherwise.
        const timeoutMs = reply.kind === 'stall' || reply.kind === 'hang' ? 300 : 5000;
        const turn = await streamTurn(backend({ timeoutMs }), request, { signal: new AbortController().signal, onChunk: () => undefined });
        assert.strictEqual(turn.text, intent.text);
        assert.strictEqual(turn.backend, 'built-in');
        assert.match(turn.fallbackReason ?? '', reason);
      });
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
