// The interviewer backend for any OpenAI-compatible Chat Completions endpoint (OpenAI, Azure OpenAI v1, Ollama,
// LM Studio, vLLM): streams the model's phrasing of the engine's next turn. Failures throw an LlmTurnError with
// a plain message (the caller falls back to the built-in text); a Stop from the caller throws an AbortError.
import OpenAI from 'openai';
import type { InterviewerBackend, TurnRequest } from '../backend';
import { buildMessages } from '../llmPrompt';
import { emptyAnswer, llmFailure, LlmTurnError, type FailureContext } from './llmFailure';
import { abortError, raceAbort } from './raceAbort';
import { ReasoningFilter } from './reasoningFilter';
import { TurnWatchdog } from './turnWatchdog';

export interface OpenAiBackendOptions {
  /** The API root, e.g. https://api.openai.com/v1, https://<resource>.openai.azure.com/openai/v1/, http://localhost:11434/v1. */
  baseURL: string;
  model: string;
  /** Sent as a bearer token; local servers accept any non-empty dummy. Empty sends no Authorization header. */
  apiKey: string;
  /** Longest wait for a response, a stream chunk or a retry, in ms. */
  timeoutMs?: number;
  /** Retries of a failed request (429 honouring retry-after, 5xx, connection errors). */
  maxRetries?: number;
  /** A fetch to use instead of the global one (tests, proxies). */
  fetch?: typeof fetch;
}

export const DEFAULT_TURN_TIMEOUT_MS = 20_000;

export function createOpenAiBackend(options: OpenAiBackendOptions): InterviewerBackend {
  const { model, apiKey, baseURL } = options;
  checkBaseUrl(baseURL);
  if (!model.trim()) throw new Error('the model name is empty.');
  const timeoutMs = Math.ceil(options.timeoutMs ?? DEFAULT_TURN_TIMEOUT_MS);
  if (!(timeoutMs > 0)) throw new Error(`the turn timeout must be a positive number of milliseconds, not ${options.timeoutMs}.`);
  const maxRetries = Math.max(0, Math.floor(options.maxRetries ?? 1));
  const baseFetch = options.fetch ?? globalThis.fetch;

  async function* phrase(request: TurnRequest, signal: AbortSignal): AsyncGenerator<string> {
    if (signal.aborted) throw abortError();
    // One controller for the whole turn: the caller's Stop and the watchdog both end it.
    const turn = new AbortController();
    const stop = (): void => turn.abort();
    signal.addEventListener('abort', stop, { once: true });
    const watchdog = new TurnWatchdog(timeoutMs, stop);
    const ctx = (): FailureContext => ({ baseURL, model, apiKey, timeoutMs, maxRetries, timedOutWhile: watchdog.firedWhile });
    const client = new OpenAI({
      baseURL,
      apiKey,
      // Empty key: drop the header rather than send "Bearer ".
      defaultHeaders: apiKey ? undefined : { Authorization: null },
      maxRetries,
      // The watchdog (re-armed per attempt) owns the timeout; the SDK's own is only a backstop behind it.
      timeout: timeoutMs + 1000,
      fetch: watchedFetch(baseFetch, watchdog),
      logLevel: 'off',
    });
    let text = '';
    const reasoning = new ReasoningFilter();
    try {
      watchdog.arm({ kind: 'response' });
      const stream = await raceAbort(client.chat.completions.create({ model, messages: buildMessages(request), stream: true }, { signal: turn.signal }), turn.signal);
      const chunks = stream[Symbol.asyncIterator]();
      watchdog.arm({ kind: 'chunk' });
      for (;;) {
        const next = await raceAbort(chunks.next(), turn.signal);
        if (next.done) break;
        watchdog.arm({ kind: 'chunk' });
        const content = next.value.choices?.[0]?.delta?.content;
        const delta = typeof content === 'string' ? reasoning.push(content) : '';
        if (delta) {
          text += delta;
          yield delta;
        }
      }
      const rest = reasoning.end();
      if (rest && !turn.signal.aborted) {
        text += rest;
        yield rest;
      }
      // The SDK ends a stream quietly when it is aborted: an abort here is a Stop or a timeout, not the end.
      if (turn.signal.aborted) throw abortError();
      if (!text.trim()) throw emptyAnswer(ctx());
    } catch (err) {
      if (signal.aborted) throw abortError();
      if (err instanceof LlmTurnError) throw err;
      throw llmFailure(err, ctx());
    } finally {
      watchdog.stop();
      signal.removeEventListener('abort', stop);
      turn.abort(); // closes the connection if the consumer stopped reading early
    }
  }

  return { id: `openai:${model}`, phrase };
}

/** Re-arms the watchdog when a request goes out and when its response (or error status) comes back. */
function watchedFetch(base: typeof fetch, watchdog: TurnWatchdog): typeof fetch {
  return async (input, init) => {
    watchdog.arm({ kind: 'response' });
    const response = await base(input, init);
    // A failed status is followed by the SDK's retry wait (or the end of the turn).
    watchdog.arm(response.ok ? { kind: 'chunk' } : { kind: 'retry', status: response.status });
    return response;
  };
}

/** Refuses what fetch cannot request, at creation, so the user hears about it before the first turn. */
function checkBaseUrl(baseURL: string): void {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    throw new Error(`the base URL '${baseURL}' is not a URL (expected e.g. http://localhost:11434/v1).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`the base URL must start with http:// or https:// (not ${url.protocol}).`);
  // fetch refuses such URLs, and the secret would show in every message.
  if (url.username || url.password) throw new Error(`the base URL for ${url.host} must not contain user:password; give the key as the API key.`);
}
