// Text output, one line per diagnostic like other linters: path:line:col severity rule message (1-based).
import type { Severity } from '../../analysis/types';
import type { FileReport } from '../report';

export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      lines.push(`${r.display}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

const PLURALS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  information: ['information', 'information'],
  hint: ['hint', 'hints'],
};

/** The summary printed on stderr after text output, e.g. "3 problems (1 error, 2 warnings) in 2 of 4 files". */
export function formatSummary(reports: readonly FileReport[]): string {
  const files = `${reports.length} ${reports.length === 1 ? 'file' : 'files'}`;
  const counts = new Map<Severity, number>();
  let total = 0;
  let withFindings = 0;
  for (const r of reports) {
    if (r.findings.length) withFindings++;
    for (const f of r.findings) {
      counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
      total++;
    }
  }
  if (total === 0) return `No problems found in ${files}.`;
  const parts = (Object.keys(PLURALS) as Severity[]).filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${PLURALS[s][counts.get(s) === 1 ? 0 : 1]}`);
  const where = withFindings === reports.length ? files : `${withFindings} of ${files}`;
  return `${total} ${total === 1 ? 'problem' : 'problems'} (${parts.join(', ')}) in ${where}.`;
}
