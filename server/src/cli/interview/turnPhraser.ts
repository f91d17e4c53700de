// Puts each interviewer turn through the chosen backend: the built-in text as is, or an LLM's phrasing
// streamed as it arrives. A failed LLM turn falls back to the built-in text (streamTurn) with a one-line notice.
import type { InterviewerBackend } from '../../interview/backend';
import type { InterviewSession } from '../../interview/session';
import { streamTurn } from '../../interview/turnStream';
import type { InterviewerTurn } from '../../interview/types';

export interface TurnPhraser {
  /** The backend that phrases the turns ('built-in', 'openai:<model>'). */
  readonly backendId: string;
  /** The turn as the candidate sees it (also recorded in the session's transcript). */
  phrase(turn: InterviewerTurn, onChunk?: (text: string) => void): Promise<InterviewerTurn>;
}

/** `backend` null: the built-in interviewer, nothing to phrase. */
export function createTurnPhraser(session: InterviewSession, backend: InterviewerBackend | null, notice: (line: string) => void): TurnPhraser {
  return {
    backendId: backend?.id ?? 'built-in',
    async phrase(turn, onChunk) {
      if (!backend) return turn;
      const phrased = await streamTurn(backend, session.llmContext(turn), { signal: new AbortController().signal, onChunk: onChunk ?? (() => undefined) });
      if (phrased.fallbackReason) notice(`tradeoff: ${backend.id} failed, so the built-in interviewer asks this one: ${phrased.fallbackReason}`);
      session.recordPhrasing(phrased);
      return phrased;
    },
  };
}
