// The interviewer personas: knobs (which gaps first, follow-up pressure, interruption, hinting). Their question
// style lives in questionText.ts (QUESTION_STYLE maps a persona to it).
import type { Persona, PersonaId } from './types';

export const PERSONAS: Readonly<Record<PersonaId, Persona>> = Object.freeze({
  neutral: {
    id: 'neutral',
    label: 'Neutral interviewer',
    focus: 'Probes the weakest part of the design first, whatever it is.',
    priorities: [],
    // Fitted to what the labellers of 31 sets of design answers probed first, cross-validated over six folds of
    // them (README): an "eventually consistent" left open is asked first; the structure checklist's "what does it cost?" waits.
    // A stack chosen with no reason comes earlier (x1.5) since the labellers of sets DZ to EO, from a rewritten brief,
    // asked it second 9 times in 9; the checklist's generic "what breaks first here?" later (x0.9), as it hit a label
    // 30 % of the times it was among the first three. Both gain on the earlier sets too (README).
    // The checklist's "which constraint drives this part?" waits too (x0.7): labellers chose it once in the 114 times
    // it was among the first three questions over 1,514 answers; and "what is your primary fix?" a little (x0.85): in
    // decent answers, which name and handle most of their failures, it hit a label 27 times in 154 there.
    emphasis: { 'eventual-consistency-unqualified': 2.56, 'structure:newCost': 0.6, 'unjustified-components': 1.5, 'structure:failureMode': 0.9, 'structure:constraint': 0.7, 'structure:mitigation': 0.85 },
    // In an answer leaving six or more other kinds of problem open, "the dashboard is eventually consistent" is one claim
    // among many: of 78 such answers from the rewritten brief where it was asked first, the labellers put it first in 12.
    emphasisInCrowdedAnswer: { 'eventual-consistency-unqualified': 0.6 },
    // A shard proposed before its hotspot is rarely the first question and often the second or third: labellers put
    // it first 87 times, second 165 and third 236 over 1,866 answers. From the second question on it counts x1.6:
    // opening plans 1,213 -> 1,220 of 1,866, and on the second labellers' labels, never tuned on, 108 -> 117 of 224.
    emphasisAfterFirstQuestion: { 'shard-before-hotspot': 1.6 },
    pressure: 2,
    interruptAfterWords: 180,
    hints: 'nudge',
  },
  google: {
    id: 'google',
    label: 'Google interviewer',
    focus: 'Clarity and edge cases: the exact sequence of events, what the user sees, which number the design has to hold.',
    priorities: ['eventual-consistency-unqualified', 'structure:constraint', 'shard-before-hotspot', 'missing-failure-mode', 'structure:failureMode'],
    pressure: 2,
    interruptAfterWords: 160,
    hints: 'nudge',
  },
  meta: {
    id: 'meta',
    label: 'Meta interviewer',
    focus: 'Clarity and edge cases at product scale: hot keys, fan-out, what a user sees while data converges.',
    priorities: ['shard-before-hotspot', 'eventual-consistency-unqualified', 'missing-failure-mode', 'structure:constraint', 'unjustified-components'],
    pressure: 2,
    interruptAfterWords: 150,
    hints: 'nudge',
  },
  amazon: {
    id: 'amazon',
    label: 'Amazon interviewer',
    focus: 'Operational rigor: the metric and alarm for every failure, who gets paged, what degrades, who owns it.',
    priorities: ['missing-operational-metrics', 'availability-without-resilience', 'missing-failure-mode', 'structure:failureMode', 'queue-without-failure-semantics'],
    pressure: 3,
    interruptAfterWords: 150,
    hints: 'none',
  },
  stripe: {
    id: 'stripe',
    label: 'Stripe interviewer',
    focus: 'Failure semantics: idempotency, retries, exactly what the caller sees on a timeout, and the developer experience of the API.',
    priorities: ['queue-without-failure-semantics', 'missing-failure-mode', 'structure:failureMode', 'eventual-consistency-unqualified', 'mitigation-without-cost'],
    pressure: 3,
    interruptAfterWords: 170,
    hints: 'nudge',
  },
  bytedance: {
    id: 'bytedance',
    label: 'ByteDance interviewer',
    focus: 'Iteration speed: what ships in week one, what tells you to add each piece, how fast the design can change.',
    priorities: ['missing-rollout-path', 'unprioritized-improvements', 'unjustified-components', 'shard-before-hotspot', 'structure:constraint'],
    pressure: 2,
    interruptAfterWords: 120,
    hints: 'generous',
  },
});

/**
 * How much a persona's priorities raise a gap's weight: the first priority x1.6 down to x1.12 for the fifth,
 * so a persona reorders the gaps a strong interviewer would probe anyway rather than chasing minor ones.
 */
export function priorityFactor(persona: Persona, gapKind: string): number {
  const n = persona.priorities.length;
  const rank = persona.priorities.findIndex((p) => gapKind === p || gapKind.startsWith(p));
  return rank < 0 ? 1 : 1 + (0.6 * (n - rank)) / n;
}

/** How much this persona's emphasis raises or lowers a gap kind's weight (1 where it says nothing), in a crowded answer or not. */
export function emphasisFactor(persona: Persona, gapKind: string, crowded = false): number {
  return (persona.emphasis?.[gapKind] ?? 1) * (crowded ? persona.emphasisInCrowdedAnswer?.[gapKind] ?? 1 : 1);
}

/** How much more (or less) a gap kind counts once the first question has been asked. */
export function emphasisAfterFirstQuestion(persona: Persona, gapKind: string): number {
  return persona.emphasisAfterFirstQuestion?.[gapKind] ?? 1;
}
