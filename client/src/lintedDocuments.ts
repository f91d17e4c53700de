// Which documents Tradeoff analyses: markdown on disk or untitled (the language client's document selector).
import * as vscode from 'vscode';

/** Markdown on disk and in untitled editors; other schemes (git diffs, output) are not the writer's draft. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
];

export function isLintedDocument(document: vscode.TextDocument): boolean {
  return vscode.languages.match(DOCUMENT_SELECTOR, document) > 0;
}
