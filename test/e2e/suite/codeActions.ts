// Code actions as the editor's light bulb asks for them.
import * as vscode from 'vscode';

/** The quick fixes offered at a diagnostic's range. */
export async function quickFixesAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a && a.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(a.kind));
}

export function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The edits an action makes to one document. */
export function editsFor(action: vscode.CodeAction, uri: vscode.Uri): vscode.TextEdit[] {
  return action.edit?.get(uri) ?? [];
}
