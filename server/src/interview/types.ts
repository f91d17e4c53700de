// Public types of the mock interviewer's engine: shared by the CLI (`tradeoff interview`), the VS Code panel and
// the LLM backends. Pure data (JSON-serialisable), no vscode import, so a session can be saved and restored.
import type { Range, StructurePart } from '../analysis/types';

export type PersonaId = 'neutral' | 'google' | 'meta' | 'amazon' | 'stripe' | 'bytedance';
export const PERSONA_IDS: readonly PersonaId[] = ['neutral', 'google', 'meta', 'amazon', 'stripe', 'bytedance'];

export type Level = 'mid' | 'senior' | 'staff';
export const LEVELS: readonly Level[] = ['mid', 'senior', 'staff'];

/**
 * A weakness the interviewer can probe. `id` is a rule id ("queue-without-failure-semantics") or a missing
 * structure part ("structure:failureMode"), or a practice question's pressure point ("pressure:<question>:<n>").
 */
export interface Gap {
  id: string;
  /** The rule behind the gap, or null for a structure part / pressure point. */
  rule: string | null;
  part?: StructurePart;
  /** The candidate's own words the question quotes (the trigger phrase, or the section heading). */
  quote: string;
  /** Where the quote is in the source document (absent for practice questions). */
  range?: Range;
  /** The section heading the gap is in, if any. */
  section?: string | null;
  /** How much a strong interviewer would care, before persona weighting (higher first). */
  weight: number;
  /** Plain words: what is missing. */
  missing: string[];
}

/** One question the interviewer would ask, as `tradeoff interview plan` prints it. */
export interface Probe {
  rule: string | null;
  gap: string;
  question: string;
  quote: string;
}

/** A persona is a set of knobs plus its question style. */
export interface Persona {
  id: PersonaId;
  label: string;
  /** One line: what this interviewer cares about. */
  focus: string;
  /** Gap-id prefixes or ids in the order this persona probes them first; weights multiply by rank. */
  priorities: string[];
  /** How much more (or less) than the catalog this interviewer weighs a gap kind in the candidate's words, whatever its priorities. */
  emphasis?: Readonly<Record<string, number>>;
  /** Further emphasis in an answer that leaves many kinds of problem open (crowdedFor in probes.ts), where one claim is one among many. */
  emphasisInCrowdedAnswer?: Readonly<Record<string, number>>;
  /** Further emphasis from the second question on: kinds a strong interviewer asks once the core has been probed. */
  emphasisAfterFirstQuestion?: Readonly<Record<string, number>>;
  /** 1 (gentle) .. 3 (relentless): how many sharper follow-ups before moving on, and the tone. */
  pressure: 1 | 2 | 3;
  /** Words an answer may run without naming a constraint or failure mode before an interruption. */
  interruptAfterWords: number;
  /** Whether Hint gives a nudge ("think about what the user sees") or nothing but a restatement. */
  hints: 'none' | 'nudge' | 'generous';
}

/** A practice question from the built-in bank. */
export interface PracticeQuestion {
  id: string;
  title: string;
  /** The prompt as an interviewer says it. */
  prompt: string;
  /** The constraints the interviewer has in mind (revealed when asked or in the debrief). */
  constraints: string[];
  /** Follow-ups interviewers use on this question, each aimed at a gap kind (a rule id or structure:part). */
  pressurePoints: Array<{ gap: string; question: string }>;
  /** The mid-session requirement change for this question ("traffic just grew 10x in one region"). */
  requirementChange: string;
}

export type InterviewSource = { kind: 'document'; text: string; name: string } | { kind: 'practice'; questionId: string };

export interface InterviewConfig {
  source: InterviewSource;
  persona: PersonaId;
  level: Level;
  /** Session length in minutes (the clock and its phases scale with it). */
  minutes: number;
  /** Only the section with this heading line (0-based), for "Interview me on this section". */
  sectionLine?: number;
}

export type Phase = 'clarify' | 'deep-dive' | 'pressure' | 'wrap-up';

export type InterviewerTurnKind = 'question' | 'follow-up' | 'interruption' | 'requirement-change' | 'hint' | 'wrap-up';

export interface InterviewerTurn {
  role: 'interviewer';
  kind: InterviewerTurnKind;
  text: string;
  /** The gap this turn probes (null for a requirement change / wrap-up). */
  gap: string | null;
  rule: string | null;
  quote?: string;
  range?: Range;
  phase: Phase;
  /** Milliseconds since the session started. */
  at: number;
  /** Which backend produced the text ('built-in' when an LLM failed and the turn fell back). */
  backend: string;
  /** Why an LLM turn fell back to the built-in engine, shown to the user. */
  fallbackReason?: string;
}

export interface CandidateTurn {
  role: 'candidate';
  text: string;
  at: number;
  /** How the engine judged the answer to the turn before it. */
  verdict?: AnswerVerdict;
}

export type Turn = InterviewerTurn | CandidateTurn;

export interface AnswerVerdict {
  strong: boolean;
  /** The four structure parts found in this answer, with the candidate's words. */
  structure: Record<StructurePart, { present: boolean; quote?: string }>;
  /** Rule ids that fired on the answer (mistakes shown in it). */
  mistakes: string[];
  /** Plain words: what the answer still lacks for the probed gap. */
  stillMissing: string[];
}

export interface Debrief {
  /** Per candidate answer: the question, the four parts found (quotes) or missing, mistakes. */
  answers: Array<{ question: string; answer: string; verdict: AnswerVerdict }>;
  /** Rule ids that showed in the document or the answers, most costly first. */
  mistakes: Array<{ rule: string; count: number; example: string }>;
  /** The two things to practise first, in order, with why. */
  fixesFirst: Array<{ gap: string; title: string; why: string }>;
  /** Overall seniority signal, 0-100, with its reasons. */
  signal: { score: number; label: 'mid' | 'senior' | 'staff'; reasons: string[] };
  /** Gaps that were never probed (time ran out). */
  unprobed: string[];
}
