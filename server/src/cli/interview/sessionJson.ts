// `--answers FILE --format json`: exactly {"turns":[{"rule","question","answer"}],"debrief":{...}}. One entry per
// interviewer turn except the closing wrap-up, with the candidate's answer to it ("" when none came: a hint or
// skip followed, or the answers ran out).
import type { Debrief, Turn } from '../../interview/types';

export interface SessionJsonTurn {
  rule: string | null;
  question: string;
  answer: string;
}

export function sessionTurns(transcript: readonly Turn[]): SessionJsonTurn[] {
  const turns: SessionJsonTurn[] = [];
  let open: SessionJsonTurn | null = null;
  for (const t of transcript) {
    if (t.role === 'interviewer') {
      open = t.kind === 'wrap-up' ? null : { rule: t.rule, question: t.text, answer: '' };
      if (open) turns.push(open);
    } else if (open) {
      open.answer = open.answer ? `${open.answer}\n\n${t.text}` : t.text;
    }
  }
  return turns;
}

export function sessionJson(transcript: readonly Turn[], debrief: Debrief): string {
  return `${JSON.stringify({ turns: sessionTurns(transcript), debrief })}\n`;
}
