// `tradeoff interview --answers FILE`: the session without a terminal. The answers are spread evenly over the
// session's minutes (a virtual clock), so the phases and the requirement change come as in a live session and
// the output is the same on every run.
import type { InterviewSession } from '../../interview/session';
import type { Debrief, InterviewerTurn } from '../../interview/types';
import type { CandidateInput } from './candidateInput';
import type { TurnPhraser } from './turnPhraser';

export interface ScriptedResult {
  debrief: Debrief;
  /** Answers left over when the interviewer wrapped up first. */
  unused: number;
}

/** The virtual clock a scripted session runs on: it moves only when told to. */
export class ScriptClock {
  private nowMs = 0;
  readonly now = (): number => this.nowMs;
  advance(ms: number): void {
    this.nowMs += ms;
  }
}

/** How far the clock moves per answer: the answers fill the session, the last one before its end. */
export function answerPace(totalMs: number, inputs: readonly CandidateInput[]): number {
  const answers = inputs.filter((i) => i.kind === 'answer').length;
  return Math.floor(totalMs / (answers + 1));
}

export async function runScripted(
  session: InterviewSession,
  inputs: readonly CandidateInput[],
  phraser: TurnPhraser,
  clock: ScriptClock,
  show: { interviewer(turn: InterviewerTurn): void; candidate(text: string): void },
): Promise<ScriptedResult> {
  const pace = answerPace(session.clockState().totalMs, inputs);
  let turn = await phraser.phrase(session.opening());
  show.interviewer(turn);
  let used = 0;
  for (const input of inputs) {
    if (turn.kind === 'wrap-up') break;
    used++;
    if (input.kind === 'command' && input.command === 'end') break;
    if (input.kind === 'answer') {
      clock.advance(pace);
      show.candidate(input.text);
      turn = session.answer(input.text);
    } else {
      turn = input.command === 'hint' ? session.hint() : session.skip();
    }
    turn = await phraser.phrase(turn);
    show.interviewer(turn);
  }
  return { debrief: session.end(), unused: inputs.length - used };
}
