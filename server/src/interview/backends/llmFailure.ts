// Turns whatever an OpenAI-compatible request threw into one Error a user can act on: what failed, where, and
// what to check. No stack, no request dump, never the API key.
import { APIConnectionError, APIConnectionTimeoutError, APIError, AuthenticationError, NotFoundError, PermissionDeniedError, RateLimitError } from 'openai';
import type { TurnWait } from './turnWatchdog';

export interface FailureContext {
  baseURL: string;
  model: string;
  apiKey: string;
  timeoutMs: number;
  maxRetries: number;
  /** Set when the turn watchdog gave up (what it was waiting for). */
  timedOutWhile?: TurnWait;
}

/** The error a failed turn throws; its message is what the user sees as the fallback reason. */
export class LlmTurnError extends Error {
  override readonly name = 'LlmTurnError';
}

export function llmFailure(err: unknown, ctx: FailureContext): LlmTurnError {
  return new LlmTurnError(redact(describe(err, ctx), ctx.apiKey));
}

/** The turn streamed to the end without a word. */
export function emptyAnswer(ctx: FailureContext): LlmTurnError {
  return new LlmTurnError(`model ${ctx.model} at ${ctx.baseURL} returned an empty answer.`);
}

function describe(err: unknown, ctx: FailureContext): string {
  const { baseURL, model } = ctx;
  const seconds = formatSeconds(ctx.timeoutMs);
  const retried = ctx.maxRetries > 0 ? `, still after ${ctx.maxRetries === 1 ? 'one retry' : `${ctx.maxRetries} retries`}` : '';
  if (ctx.timedOutWhile) {
    switch (ctx.timedOutWhile.kind) {
      case 'response':
        return `${baseURL} did not answer within ${seconds} (timeout); is the server overloaded or the model still loading?`;
      case 'retry':
        return ctx.timedOutWhile.status === 429
          ? `${baseURL} asked to wait before retrying (HTTP 429) longer than the ${seconds} turn timeout.`
          : `${baseURL} failed (HTTP ${ctx.timedOutWhile.status}) and the ${seconds} turn timeout ran out before the retry.`;
      case 'chunk':
        return `the answer from ${baseURL} stalled: nothing arrived for ${seconds} (timeout).`;
    }
  }
  if (err instanceof APIConnectionTimeoutError) return `${baseURL} did not answer within ${seconds} (timeout).`;
  if (err instanceof APIConnectionError) {
    const code = errorCode(err);
    return `could not reach ${baseURL}${code ? ` (${code})` : ''}: check the base URL and that the server is running.`;
  }
  if (err instanceof AuthenticationError || err instanceof PermissionDeniedError) {
    return `the API key was rejected by ${baseURL} (HTTP ${err.status}): check the key.`;
  }
  if (err instanceof NotFoundError) {
    return `model ${model} not found at ${baseURL} (HTTP 404): check the model name and that the base URL is the API root (often ending in /v1).`;
  }
  if (err instanceof RateLimitError) {
    return `${baseURL} is rate limiting requests (HTTP 429${retryAfter(err)})${retried}; try again later.`;
  }
  if (err instanceof APIError && err.status !== undefined && err.status >= 500) {
    return `${baseURL} failed with a server error (HTTP ${err.status})${retried}.`;
  }
  if (err instanceof APIError && err.status !== undefined) {
    return `${baseURL} refused the request (HTTP ${err.status}): ${serverMessage(err)}`;
  }
  if (err instanceof APIError) {
    // An `error` object inside the stream: the server gave up mid-answer.
    return `${baseURL} reported an error in the middle of the answer: ${serverMessage(err)}`;
  }
  if (err instanceof SyntaxError) return `${baseURL} sent a malformed stream chunk (not JSON); is it an OpenAI-compatible endpoint?`;
  const message = err instanceof Error ? err.message : String(err);
  return `the request to ${baseURL} failed: ${firstLine(message)}`;
}

function errorCode(err: APIConnectionError): string | undefined {
  // fetch wraps the socket error: TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }).
  let cause: unknown = (err as { cause?: unknown }).cause;
  for (let depth = 0; cause && depth < 4; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

function retryAfter(err: APIError): string {
  const value = err.headers?.get('retry-after');
  return value ? `, retry-after ${value} s` : '';
}

function serverMessage(err: APIError): string {
  const body = err.error as { message?: unknown } | undefined;
  const text = typeof body?.message === 'string' ? body.message : err.message;
  return truncate(firstLine(text), 200);
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0].trim();
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

/** Servers echo part of a rejected key; a message must never carry it. */
function redact(message: string, apiKey: string): string {
  return apiKey.length >= 4 ? message.split(apiKey).join('***') : message;
}
