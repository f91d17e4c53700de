// Converts the core's findings, notices and config problems into LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { docsUrl } from '../analysis/rules/rule';
import type { Finding, Notice, Severity } from '../analysis/types';
import type { ConfigError } from '../config/types';

export { DIAGNOSTIC_SOURCE } from './protocolNames';
import { DIAGNOSTIC_SOURCE } from './protocolNames';

/** Codes of the diagnostics that are not findings (no rule, no docs page). */
export const NOTICE_CODE = 'tradeoff-notice';
export const CONFIG_CODE = 'tradeoff-config';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function findingDiagnostic(finding: Finding): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    codeDescription: { href: docsUrl(finding.rule) },
    message: finding.message,
    data: finding.data,
  };
}

/** One information diagnostic at line 0 for everything that is about the file rather than its text. */
export function noticesDiagnostic(notices: Notice[], firstLine: string): Diagnostic | null {
  if (notices.length === 0) return null;
  return {
    range: lineZero(firstLine),
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: NOTICE_CODE,
    message: notices.map((n) => n.message).join('\n'),
  };
}

/** One warning at line 0 naming the broken config file and its problems; the defaults still apply. */
export function configDiagnostic(errors: ConfigError[], firstLine: string, fileUri: (file: string) => string): Diagnostic | null {
  if (errors.length === 0) return null;
  const files = [...new Set(errors.map((e) => e.file))];
  const problems = errors.map((e) => `${e.line !== undefined ? `line ${e.line + 1}: ` : ''}${e.message}`);
  return {
    range: lineZero(firstLine),
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: CONFIG_CODE,
    message: `Tradeoff config ${files.join(', ')} has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}; the valid parts and the defaults still apply.\n${problems.join('\n')}`,
    relatedInformation: errors.map((e) => {
      const at = { line: e.line ?? 0, character: e.character ?? 0 };
      return { location: { uri: fileUri(e.file), range: { start: at, end: at } }, message: e.message };
    }),
  };
}

/** The diagnostic shown when the analysis itself failed (bug or timeout), so the user knows why nothing shows. */
export function failureDiagnostic(message: string, firstLine: string): Diagnostic {
  return {
    range: lineZero(firstLine),
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: NOTICE_CODE,
    message,
  };
}

/** Line 0 up to its end (capped so a 1 MB line does not make a 1 MB squiggle). */
function lineZero(firstLine: string): Diagnostic['range'] {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(firstLine.length, 200) } };
}
