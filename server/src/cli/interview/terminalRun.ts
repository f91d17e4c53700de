// `tradeoff interview FILE` in a terminal: prints each question as it streams in, reads the answer (ended by a
// line `---` or two empty lines; :hint, :skip, :end), keeps the session clock ticking (a phase's time up cuts
// in, the end of the session wraps up), and returns the debrief.
import type { InterviewSession } from '../../interview/session';
import type { Debrief, InterviewerTurn } from '../../interview/types';
import { AnswerReader } from './answerReader';
import { interviewerHeader, interviewerText } from './transcriptText';
import type { TurnPhraser } from './turnPhraser';

/** How often the clock is checked while the candidate types. */
const TICK_MS = 1000;

export async function runInTerminal(session: InterviewSession, phraser: TurnPhraser, input: NodeJS.ReadableStream, write: (text: string) => void): Promise<Debrief> {
  const reader = new AnswerReader(input);
  let over = false;
  // One interviewer turn at a time: a tick waits while an answer's reply is being phrased, and vice versa.
  let speaking: Promise<void> = Promise.resolve();
  const say = (next: () => InterviewerTurn | null): Promise<void> => {
    speaking = speaking.then(async () => {
      if (over) return;
      const turn = next();
      if (!turn) return;
      await streamTo(turn, phraser, write);
      if (turn.kind === 'wrap-up') {
        over = true;
        reader.close();
      }
    });
    return speaking;
  };

  let busy = false;
  const timer = setInterval(() => {
    // A check already waiting (a model still phrasing) covers this one too.
    if (busy) return;
    busy = true;
    // A failure surfaces where the main loop awaits the same chain; here it only must not go unhandled.
    say(() => session.tick())
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, TICK_MS);
  try {
    await say(() => session.opening());
    while (!over) {
      const got = await reader.next();
      if (over) break;
      if (got.kind === 'eof' || (got.kind === 'command' && got.command === 'end')) break;
      if (got.kind === 'answer') await say(() => session.answer(got.text));
      else await say(() => (got.command === 'hint' ? session.hint() : session.skip()));
    }
  } finally {
    clearInterval(timer);
    reader.close();
    await speaking;
  }
  write('\n');
  return session.end();
}

/** Writes the turn's header, then its text chunk by chunk; a fallback after a partial stream is printed whole. */
async function streamTo(turn: InterviewerTurn, phraser: TurnPhraser, write: (text: string) => void): Promise<void> {
  let streamed = false;
  const phrased = await phraser.phrase(turn, (chunk) => {
    if (!streamed) write(`\n${interviewerHeader(turn, phraser.backendId)}`);
    streamed = true;
    write(chunk);
  });
  // One blank line above each turn (after the candidate's input), none below: the answer follows.
  if (streamed && !phrased.fallbackReason) write('\n');
  else write(`${streamed ? '\n' : ''}\n${interviewerText(phrased)}\n`);
}
