// Tradeoff's diagnostics of a document in a comparable plain form, and waiting for them.
import * as vscode from 'vscode';
import type { ExpectedDiagnostic } from './expectedDiagnostics';
import { waitFor } from './waitFor';

export const SOURCE = 'tradeoff';

export type SeverityName = ExpectedDiagnostic['severity'];

const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, SeverityName> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export interface PlainDiagnostic {
  rule: string;
  severity: SeverityName;
  message: string;
  range: ExpectedDiagnostic['range'];
  /** The code's target (the rule's docs page), when the code has one. */
  docs?: string;
}

export function tradeoffDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function plain(d: vscode.Diagnostic): PlainDiagnostic {
  const code = typeof d.code === 'object' ? d.code : { value: d.code, target: undefined };
  const out: PlainDiagnostic = {
    rule: String(code.value),
    severity: SEVERITY_NAMES[d.severity],
    message: d.message,
    range: {
      start: { line: d.range.start.line, character: d.range.start.character },
      end: { line: d.range.end.line, character: d.range.end.character },
    },
  };
  if (code.target) out.docs = code.target.toString(true);
  return out;
}

export function plainDiagnostics(uri: vscode.Uri): PlainDiagnostic[] {
  return sortDiagnostics(tradeoffDiagnostics(uri).map(plain));
}

/** Document order, then rule id: the order diagnostics arrive in is not part of the contract. */
export function sortDiagnostics<T extends PlainDiagnostic>(list: T[]): T[] {
  const key = (d: PlainDiagnostic) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
  return [...list].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return a.rule.localeCompare(b.rule);
  });
}

/** Waits until the document's Tradeoff diagnostics satisfy `ok`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, ok: (list: PlainDiagnostic[]) => boolean, what: string, ms = 15_000): Promise<PlainDiagnostic[]> {
  return waitFor(
    () => {
      const list = plainDiagnostics(uri);
      return ok(list) ? list : false;
    },
    `${what} (${vscode.workspace.asRelativePath(uri)})`,
    ms,
    () => summarize(plainDiagnostics(uri)),
  );
}

export function summarize(list: PlainDiagnostic[]): string {
  if (list.length === 0) return 'no Tradeoff diagnostics';
  return list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule}`).join('; ');
}

export function rulesOf(list: PlainDiagnostic[]): string[] {
  return list.map((d) => d.rule);
}
