// Hover on a finding: what is missing, why interviewers care, a stronger phrasing, and the rule's docs page.
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver';
import { findRule } from '../analysis/rules';
import { docsUrl } from '../analysis/rules/rule';
import type { Finding } from '../analysis/types';

export function hoverFor(findings: readonly Finding[], position: Position): Hover | null {
  const hits = findings.filter((f) => contains(f.range, position));
  if (hits.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hits.map(findingHoverMarkdown).join('\n\n---\n\n') },
    range: hits[0].range,
  };
}

export function findingHoverMarkdown(finding: Finding): string {
  const rule = findRule(finding.rule);
  // The editor shows the diagnostic's message right above the hover; repeating it would double the text.
  const parts = [`**Tradeoff · ${finding.rule}**`];
  const missing = finding.data.missing ?? [];
  if (missing.length > 0) parts.push(`**Missing:**\n\n${missing.map((m) => `- ${escapeMarkdown(m)}`).join('\n')}`);
  if (rule) {
    parts.push(`**Why interviewers care:** ${escapeMarkdown(rule.why)}`);
    parts.push(`**Stronger:**\n\n> ${escapeMarkdown(rule.stronger)}`);
  }
  parts.push(`[Read more about ${finding.rule}](${docsUrl(finding.rule)})`);
  return parts.join('\n\n');
}

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** Text from the document or a rule, shown as plain text inside markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
