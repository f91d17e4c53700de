// The one interface every interviewer backend implements (built-in, OpenAI-compatible, vscode.lm): given what
// the built-in engine would say and why, phrase the turn as a stream of text chunks.
import type { InterviewerTurn, Level, Persona, PracticeQuestion, Turn } from './types';

/** Everything a backend needs to phrase one interviewer turn. */
export interface TurnRequest {
  persona: Persona;
  level: Level;
  /** The built-in turn: its kind, gap, rule, quote and text (the draft an LLM rephrases). */
  intent: InterviewerTurn;
  /** The analysis findings on the document (or on the candidate's design sketch), so a model probes real gaps. */
  findings: Array<{ rule: string; message: string; quote: string }>;
  /** The conversation so far, without the turn being phrased. */
  transcript: Turn[];
  question?: PracticeQuestion;
  /** The document section the turn is about (or the start of the document), for a model's context. */
  documentExcerpt?: string;
}

export interface InterviewerBackend {
  /** 'built-in', 'openai:<model>', 'vscode-lm:<model>': shown with every turn it phrases. */
  readonly id: string;
  /** Streams the turn's text; throws on failure; stops (throwing an AbortError or returning) when aborted. */
  phrase(request: TurnRequest, signal: AbortSignal): AsyncIterable<string>;
}
