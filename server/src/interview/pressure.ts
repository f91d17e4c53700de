// Interview pressure: the session clock and its phases (scaled to the session's length), the check that
// interrupts a long answer naming no constraint and no failure mode, and the one mid-session requirement change.
import type { AnswerVerdict, Persona, Phase, PracticeQuestion } from './types';

export const PHASES: readonly Phase[] = ['clarify', 'deep-dive', 'pressure', 'wrap-up'];

/** Share of the session each phase gets: a short clarify, a long deep dive, pressure, then wrap-up. */
const PHASE_SHARE: Readonly<Record<Phase, number>> = { clarify: 0.15, 'deep-dive': 0.45, pressure: 0.25, 'wrap-up': 0.15 };

export interface ClockState {
  elapsedMs: number;
  totalMs: number;
  phase: Phase;
  phaseRemainingMs: number;
}

export function totalMsFor(minutes: number): number {
  return Math.max(1, Math.round(minutes * 60_000));
}

/** When each phase ends, in ms since the start (the last ends at the session's end). */
export function phaseEnds(totalMs: number): Record<Phase, number> {
  let at = 0;
  const ends = {} as Record<Phase, number>;
  for (const phase of PHASES) {
    at += PHASE_SHARE[phase] * totalMs;
    ends[phase] = phase === 'wrap-up' ? totalMs : Math.round(at);
  }
  return ends;
}

export function clockAt(elapsedMs: number, totalMs: number): ClockState {
  const ends = phaseEnds(totalMs);
  const phase = PHASES.find((p) => elapsedMs < ends[p]) ?? 'wrap-up';
  return { elapsedMs, totalMs, phase, phaseRemainingMs: Math.max(0, ends[phase] - elapsedMs) };
}

export function isOver(clock: ClockState): boolean {
  return clock.elapsedMs >= clock.totalMs;
}

/** A long answer that names neither a constraint nor a failure mode: the interviewer cuts in. */
export function rambles(words: number, structure: AnswerVerdict['structure'], persona: Persona): boolean {
  return words > persona.interruptAfterWords && !structure.constraint.present && !structure.failureMode.present;
}

/** Answers before the requirement change may come: the candidate has to have a design to change. */
const ANSWERS_BEFORE_REQUIREMENT_CHANGE = 2;

/** Whether the one requirement change is due: after the deep dive has started and enough answers. */
export function requirementChangeDue(clock: ClockState, answers: number, alreadyChanged: boolean): boolean {
  return !alreadyChanged && answers >= ANSWERS_BEFORE_REQUIREMENT_CHANGE && PHASES.indexOf(clock.phase) >= PHASES.indexOf('deep-dive') && !isOver(clock);
}

/** The change: the practice question's own, or for a document a regional surge aimed at its biggest component. */
export function requirementChangeText(question: PracticeQuestion | undefined, component: string | null): string {
  if (question) return `${question.requirementChange.trim()} What breaks first in your design?`;
  return `Traffic just grew 10x in one region: what breaks first in ${component ?? 'your design'}?`;
}
