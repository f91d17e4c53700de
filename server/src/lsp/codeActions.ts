// Code actions: the core's quick fixes for the diagnostics under the cursor, and source.fixAll.tradeoff.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, Fix, TextEdit } from '../analysis/types';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { FIX_ALL_KIND_VALUE } from './protocolNames';
import { fixAllEdits } from './fixAllEdits';

export const FIX_ALL_KIND = FIX_ALL_KIND_VALUE;

/** Builds the workspace edit for a list of edits to the requested document. */
export type EditBuilder = (edits: TextEdit[]) => WorkspaceEdit;

/** Whether a request restricted to `only` kinds wants actions of `kind`; source actions only when asked for. */
export function wantsKind(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return kind === CodeActionKind.QuickFix;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** The finding (by index) each of our diagnostics in the request stands for. */
export function findingsOfDiagnostics(findings: readonly Finding[], diagnostics: readonly Diagnostic[]): { index: number; diagnostic: Diagnostic }[] {
  const out: { index: number; diagnostic: Diagnostic }[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
    // The client's range is exact unless the diagnostics lag behind an edit; then the overlapping one.
    let index = findings.findIndex((f) => f.rule === diagnostic.code && sameRange(f.range, diagnostic.range));
    if (index < 0) index = findings.findIndex((f) => f.rule === diagnostic.code && rangesTouch(f.range, diagnostic.range));
    if (index >= 0 && !out.some((o) => o.index === index)) out.push({ index, diagnostic });
  }
  return out;
}

export function quickFixActions(matches: readonly { diagnostic: Diagnostic }[], fixes: readonly Fix[][], edit: EditBuilder): CodeAction[] {
  const actions: CodeAction[] = [];
  matches.forEach(({ diagnostic }, i) => {
    for (const fix of fixes[i] ?? []) {
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(fix.edits) };
      if (fix.isPreferred) action.isPreferred = true;
      actions.push(action);
    }
  });
  return actions;
}

/** One action applying every preferred fix in the document; null when there is none. */
export function fixAllAction(fixes: readonly Fix[][], edit: EditBuilder): CodeAction | null {
  const edits = fixAllEdits(fixes.flat());
  if (edits.length === 0) return null;
  return { title: 'Tradeoff: apply all scaffold fixes', kind: FIX_ALL_KIND, edit: edit(edits) };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function rangesTouch(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
