// The test workspace as the extension host sees it: the fixture copy opened by the runner, its documents,
// editors and the `tradeoff` settings.
import * as path from 'path';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';

export const EXTENSION_ID = 'tradeoff.tradeoff';

export function mainFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: run the suite through test/e2e/runInCodeServer.mjs or runInVscode.mjs');
  return folder;
}

/** A path inside the first workspace folder. */
export function workspaceUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(mainFolder().uri, ...relative.split('/'));
}

/** The fixture folder copied next to the workspace folder that the multi-root test adds. */
export function secondFolderUri(): vscode.Uri {
  return vscode.Uri.file(path.join(path.dirname(mainFolder().uri.fsPath), 'second-folder'));
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function writeWorkspaceFile(relative: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  return uri;
}

export function tradeoffExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded in the extension host (is extensionDevelopmentPath the repo root?)`);
  return extension;
}

/** Sets a `tradeoff.*` setting in the workspace (undefined removes it) and waits until the host sees it. */
export async function setTradeoffSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('tradeoff').update(key, value, vscode.ConfigurationTarget.Workspace);
  await waitFor(
    () => JSON.stringify(vscode.workspace.getConfiguration('tradeoff').inspect(key)?.workspaceValue) === JSON.stringify(value),
    `the workspace setting tradeoff.${key} to become ${JSON.stringify(value)}`,
  );
}
