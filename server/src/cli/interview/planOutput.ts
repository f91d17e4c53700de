// `tradeoff interview plan`: the probes the interviewer would open with, in the order it would ask them.
import type { Probe } from '../../interview/types';
import type { InterviewCommand } from '../args';

/** Exactly `{"probes":[{"rule","question","quote"}]}` (rule null for a structure gap or pressure point). */
export function planJson(probes: readonly Probe[]): string {
  return `${JSON.stringify({ probes: probes.map((p) => ({ rule: p.rule, question: p.question, quote: p.quote })) })}\n`;
}

export function planText(probes: readonly Probe[], command: InterviewCommand): string {
  const lines = [`Opening plan: ${command.persona} interviewer, ${command.level} level, ${probes.length} probe${probes.length === 1 ? '' : 's'} in order.`, ''];
  probes.forEach((p, i) => {
    lines.push(`${i + 1}. [${p.rule ?? p.gap}] ${p.question}`);
    if (p.quote) lines.push(`   quotes: "${p.quote}"`);
  });
  return `${lines.join('\n')}\n`;
}
