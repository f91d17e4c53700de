// JSON output: {"version":1,"files":[{"path","diagnostics":[{"rule","severity","message","range"}]}]}, ranges
// 0-based as in LSP. Every checked file is listed, also those without diagnostics.
import type { FileReport } from '../report';

export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((r) => ({
    path: r.display,
    diagnostics: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: {
        start: { line: f.range.start.line, character: f.range.start.character },
        end: { line: f.range.end.line, character: f.range.end.character },
      },
    })),
  }));
  return `${JSON.stringify({ version: 1, files })}\n`;
}
