// Everything one document shows: its findings, plus at most one config warning and one notice at line 0.
import type { Diagnostic } from 'vscode-languageserver';
import { configDiagnostic, failureDiagnostic, findingDiagnostic, noticesDiagnostic } from './diagnostics';
import type { DocumentAnalysis } from './documentAnalyzer';
import { fileUriOf } from './documentConfig';

export function documentDiagnostics(analysis: DocumentAnalysis): Diagnostic[] {
  const { context, outcome } = analysis;
  if (context.silent) return [];
  const firstLine = firstLineOf(analysis.text);
  const out: Diagnostic[] = [];
  const config = configDiagnostic(context.config.errors, firstLine, fileUriOf);
  if (config) out.push(config);
  if (!outcome.ok) {
    out.push(failureDiagnostic(outcome.message, firstLine));
    return out;
  }
  out.push(...outcome.result.findings.map(findingDiagnostic));
  const notices = noticesDiagnostic(outcome.result.notices, firstLine);
  if (notices) out.push(notices);
  return out;
}

function firstLineOf(text: string): string {
  const m = /\r\n|\r|\n/.exec(text.length > 4096 ? text.slice(0, 4096) : text);
  return m ? text.slice(0, m.index) : text.slice(0, 4096);
}
