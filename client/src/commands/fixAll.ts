// "Tradeoff: Fix All in Document": applies the server's source.fixAll.tradeoff action to the active editor.
import * as vscode from 'vscode';
import { isLintedDocument } from '../lintedDocuments';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('tradeoff');

/** Returns the number of edits applied (0 when there was nothing to fix), for tests and the status message. */
export async function fixAllInActiveEditor(): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isLintedDocument(editor.document)) {
    void vscode.window.showInformationMessage('Tradeoff: open a markdown document to fix its findings.');
    return 0;
  }
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND.value);
  const fixAll = actions?.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind) && a.edit);
  if (!fixAll?.edit) {
    void vscode.window.showInformationMessage('Tradeoff: nothing to fix in this document.');
    return 0;
  }
  const edits = fixAll.edit.get(document.uri).length;
  if (!(await vscode.workspace.applyEdit(fixAll.edit))) {
    void vscode.window.showWarningMessage('Tradeoff: the fixes could not be applied (the document changed meanwhile); try again.');
    return 0;
  }
  return edits;
}
