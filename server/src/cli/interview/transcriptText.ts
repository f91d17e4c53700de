// Plain-text rendering of an interview for the terminal: each turn as it happens, then the debrief.
import type { StructurePart } from '../../analysis/types';
import type { Debrief, InterviewerTurn } from '../../interview/types';

const PARTS: Array<[StructurePart, string]> = [
  ['constraint', 'Constraint'],
  ['failureMode', 'Failure mode'],
  ['mitigation', 'Mitigation'],
  ['newCost', 'New cost'],
];

/** "Interviewer [follow-up, deep-dive, 04:10]: text" (an LLM's id after the time). */
export function interviewerText(turn: InterviewerTurn): string {
  return `${interviewerHeader(turn, turn.backend)}${turn.text}`;
}

/** The line's start, printed before a streamed turn's text. */
export function interviewerHeader(turn: InterviewerTurn, backend: string): string {
  const via = backend === 'built-in' ? '' : `, ${backend}`;
  return `Interviewer [${turn.kind}, ${turn.phase}, ${clock(turn.at)}${via}]: `;
}

/** The candidate's answer, indented under "You:". */
export function candidateText(answer: string): string {
  return `You: ${answer.split('\n').join('\n     ')}`;
}

export function debriefText(debrief: Debrief): string {
  const lines: string[] = ['Debrief', ''];
  lines.push(`Seniority signal: ${debrief.signal.score}/100 (${debrief.signal.label})`);
  for (const r of debrief.signal.reasons) lines.push(`  - ${r}`);
  lines.push('', 'Practise first:');
  if (!debrief.fixesFirst.length) lines.push('  nothing stood out');
  debrief.fixesFirst.forEach((f, i) => lines.push(`  ${i + 1}. ${f.title}: ${f.why}`));
  if (debrief.mistakes.length) {
    lines.push('', 'Mistakes:');
    for (const m of debrief.mistakes) lines.push(`  - ${m.rule} (x${m.count})${m.example ? `: "${m.example}"` : ''}`);
  }
  if (debrief.answers.length) lines.push('', 'Answers:');
  debrief.answers.forEach((a, i) => {
    lines.push(`  ${i + 1}. Q: ${a.question}`, `     A: ${oneLine(a.answer, 100)}`);
    for (const [part, label] of PARTS) {
      const found = a.verdict.structure[part];
      lines.push(`     ${label}: ${found?.present ? (found.quote ? `"${oneLine(found.quote, 80)}"` : 'found') : 'missing'}`);
    }
    if (a.verdict.mistakes.length) lines.push(`     Mistakes: ${a.verdict.mistakes.join(', ')}`);
  });
  if (debrief.unprobed.length) lines.push('', `Not probed: ${debrief.unprobed.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
