// Runs a backend for one interviewer turn, streaming its chunks to the caller. Any failure (network, 401, 429,
// 5xx, timeout, a malformed or empty stream) falls back to the built-in text with the reason in plain words.
// Stop (an abort) is not a failure: the turn keeps what streamed so far, or the built-in text if nothing did.
import type { InterviewerBackend, TurnRequest } from './backend';
import { BUILT_IN_BACKEND_ID } from './builtInBackend';
import type { InterviewerTurn } from './types';

export interface StreamTurnOptions {
  signal: AbortSignal;
  /** Each chunk as it arrives (not called for a fallback: the returned turn carries the final text). */
  onChunk: (text: string) => void;
}

export async function streamTurn(backend: InterviewerBackend, request: TurnRequest, options: StreamTurnOptions): Promise<InterviewerTurn> {
  const { signal, onChunk } = options;
  let text = '';
  try {
    for await (const chunk of backend.phrase(request, signal)) {
      if (signal.aborted) break;
      if (typeof chunk !== 'string') throw new Error(`${backend.id} sent a malformed stream (a chunk that is not text).`);
      if (chunk.length === 0) continue;
      text += chunk;
      onChunk(chunk);
    }
  } catch (err) {
    if (signal.aborted) return stopped(request.intent, backend, text);
    return fallback(request.intent, reasonOf(err, backend));
  }
  if (signal.aborted) return stopped(request.intent, backend, text);
  if (text.trim().length === 0) return fallback(request.intent, `${backend.id} returned no text.`);
  return phrased(request.intent, backend.id, text.trim());
}

/** Stop: what the user already saw stays (as that backend's words); with nothing streamed, the built-in text. */
function stopped(intent: InterviewerTurn, backend: InterviewerBackend, text: string): InterviewerTurn {
  return text.trim().length ? phrased(intent, backend.id, text.trim()) : phrased(intent, BUILT_IN_BACKEND_ID, intent.text);
}

function fallback(intent: InterviewerTurn, reason: string): InterviewerTurn {
  return { ...phrased(intent, BUILT_IN_BACKEND_ID, intent.text), fallbackReason: reason };
}

function phrased(intent: InterviewerTurn, backend: string, text: string): InterviewerTurn {
  const { fallbackReason: _dropped, ...turn } = intent;
  return { ...turn, text, backend };
}

/** The first line of what the backend threw: backends throw errors written for the user. */
function reasonOf(err: unknown, backend: InterviewerBackend): string {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  const line = message.split(/\r?\n/)[0].trim();
  return line || `${backend.id} failed without saying why.`;
}
