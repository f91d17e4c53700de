// "Tradeoff: Open Rule Documentation": the rule page of the Tradeoff diagnostic under the cursor, from the
// pages bundled with the extension (works offline and always matches the installed version).
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../../server/src/lsp/protocolNames';

/** Opens the page and returns its URI, or undefined when the user picked nothing. */
export async function openRuleDocs(extensionUri: vscode.Uri, ruleId?: string): Promise<vscode.Uri | undefined> {
  const docsFolder = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
  const id = typeof ruleId === 'string' && ruleId !== '' ? ruleId : await chooseRule(docsFolder);
  if (!id) return undefined;
  const page = vscode.Uri.joinPath(docsFolder, `${id}.md`);
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    void vscode.window.showWarningMessage(`Tradeoff has no documentation page for '${id}'.`);
    return undefined;
  }
  await vscode.commands.executeCommand('markdown.showPreview', page);
  return page;
}

/** The rule under the cursor; a pick list when there are several, or none (then of every rule). */
async function chooseRule(docsFolder: vscode.Uri): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const here = editor ? rulesAt(vscode.languages.getDiagnostics(editor.document.uri), editor.selection.active) : [];
  if (here.length === 1) return here[0];
  const candidates = here.length > 1 ? here : await allRules(docsFolder);
  const picked = await vscode.window.showQuickPick(
    candidates.map((id) => ({ label: id })),
    { title: 'Tradeoff: Open Rule Documentation', placeHolder: here.length > 1 ? 'Several findings here: which rule?' : 'No Tradeoff finding under the cursor: pick a rule' },
  );
  return picked?.label;
}

function rulesAt(diagnostics: readonly vscode.Diagnostic[], position: vscode.Position): string[] {
  const ids = diagnostics
    .filter((d) => d.source === DIAGNOSTIC_SOURCE && d.range.contains(position))
    .map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '')))
    .filter((id) => id !== '');
  return [...new Set(ids)];
}

async function allRules(docsFolder: vscode.Uri): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(docsFolder);
    return entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md')).map(([name]) => name.slice(0, -3)).sort();
  } catch {
    return [];
  }
}
