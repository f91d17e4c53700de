// The session as a markdown file a person keeps: what was asked and answered, then the debrief. It starts with
// a tradeoff-disable-file comment so Tradeoff's own linter does not flag the quoted weak phrases.
import { STRUCTURE_PARTS, type StructurePart } from '../analysis/types';
import { gapKindInfo } from './gapCatalog';
import { PERSONAS } from './personas';
import { practiceQuestion } from './questionBank';
import type { Debrief, InterviewConfig, Turn } from './types';

const PART_LABELS: Record<StructurePart, string> = {
  constraint: 'Constraint',
  failureMode: 'Failure mode',
  mitigation: 'Mitigation',
  newCost: 'New cost',
};

export function transcriptMarkdown(config: InterviewConfig, transcript: readonly Turn[], debrief: Debrief): string {
  const persona = PERSONAS[config.persona];
  const lines: string[] = ['<!-- tradeoff-disable-file -->', '', `# Mock interview: ${inline(sourceTitle(config))}`, ''];
  lines.push(`- Interviewer: ${persona?.label ?? config.persona}`, `- Level: ${config.level}`, `- Length: ${config.minutes} minutes`, '');

  lines.push('## Transcript', '');
  for (const turn of transcript) {
    if (turn.role === 'interviewer') {
      const via = turn.backend !== 'built-in' ? `, ${turn.backend}` : '';
      lines.push(`**Interviewer** (${clock(turn.at)}, ${turn.phase}${via}): ${inline(turn.text)}`, '');
      if (turn.fallbackReason) lines.push(`_The model failed (${inline(turn.fallbackReason)}); this is the built-in question._`, '');
    } else {
      lines.push(`**You** (${clock(turn.at)}):`, '', ...quoted(turn.text), '');
    }
  }

  lines.push('## Debrief', '', `### Signal: ${debrief.signal.score}/100 (${debrief.signal.label})`, '');
  for (const reason of debrief.signal.reasons) lines.push(`- ${inline(reason)}`);
  lines.push('');

  lines.push('### Practise first', '');
  if (debrief.fixesFirst.length === 0) lines.push('Nothing stood out: keep answering in the same order (constraint, failure mode, mitigation, new cost).', '');
  debrief.fixesFirst.forEach((fix, i) => lines.push(`${i + 1}. **${inline(fix.title)}**: ${inline(fix.why)}`));
  if (debrief.fixesFirst.length) lines.push('');

  lines.push('### Mistakes', '');
  if (debrief.mistakes.length === 0) lines.push('None found.', '');
  else {
    lines.push('| Rule | Count | Example |', '| --- | --- | --- |');
    for (const m of debrief.mistakes) lines.push(`| ${cell(m.rule)} | ${m.count} | ${m.example ? cell(`"${m.example}"`) : ''} |`);
    lines.push('');
  }

  lines.push('### Your answers', '');
  if (debrief.answers.length === 0) lines.push('No answers were given.', '');
  debrief.answers.forEach((a, i) => {
    lines.push(`${i + 1}. ${inline(a.question)} (${a.verdict.strong ? 'strong' : 'weak'})`);
    for (const part of STRUCTURE_PARTS) {
      const found = a.verdict.structure[part];
      lines.push(`   - ${PART_LABELS[part]}: ${found.present ? (found.quote ? `"${inline(found.quote)}"` : 'stated') : 'missing'}`);
    }
    if (a.verdict.stillMissing.length) lines.push(`   - Still missing: ${inline(a.verdict.stillMissing.join('; '))}`);
    if (a.verdict.mistakes.length) lines.push(`   - Mistakes: ${a.verdict.mistakes.join(', ')}`);
  });
  if (debrief.answers.length) lines.push('');

  if (debrief.unprobed.length) {
    lines.push('### Not probed', '');
    // Gaps that share a fix (a missing failure mode, found by a rule or by the checklist) are listed once.
    const byTitle = new Map<string, string[]>();
    for (const id of debrief.unprobed) {
      const title = gapKindInfo(kindOf(config, id)).title;
      byTitle.set(title, [...(byTitle.get(title) ?? []), id]);
    }
    for (const [title, ids] of byTitle) lines.push(`- ${inline(title)} (${ids.join(', ')})`);
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/** A practice pressure point's id ("pressure:<question>:<n>") stands for the gap kind it is aimed at. */
function kindOf(config: InterviewConfig, gapId: string): string {
  const m = /^pressure:(.+):(\d+)$/.exec(gapId);
  if (!m || config.source.kind !== 'practice') return gapId;
  return practiceQuestion(m[1])?.pressurePoints[Number(m[2])]?.gap ?? gapId;
}

function sourceTitle(config: InterviewConfig): string {
  if (config.source.kind === 'document') return config.source.name;
  return practiceQuestion(config.source.questionId)?.title ?? config.source.questionId;
}

/** Elapsed time as m:ss. */
function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Text on one markdown line: line breaks folded, HTML and a leading block marker neutralised. */
function inline(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(/</g, '&lt;').trim();
}

/** The candidate's answer as a blockquote, their own markdown kept as they wrote it. */
function quoted(text: string): string[] {
  const body = text.replace(/\r\n/g, '\n').trim();
  return (body ? body.split('\n') : ['(no answer)']).map((line) => (line ? `> ${line}` : '>'));
}

function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}
