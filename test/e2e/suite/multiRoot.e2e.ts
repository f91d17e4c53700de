// A second workspace folder uses its own .tradeoff.jsonc and folder settings; removing it leaves the first
// folder's documents analysed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import expected from '../fixtures/expected/notification-service.json';
import { waitForDiagnostics } from './diagnostics';
import type { ExpectedDiagnostics } from './expectedDiagnostics';
import { waitFor } from './waitFor';
import { openInEditor, secondFolderUri, tradeoffExtension, workspaceUri, writeWorkspaceFile } from './workspace';

const fixture = expected as ExpectedDiagnostics;
const EVENTUAL = 'eventual-consistency-unqualified';
const FAILURE = 'missing-failure-mode';

async function changeFolders(change: () => boolean, count: number, what: string): Promise<void> {
  const changed = new Promise<void>((resolve) => {
    const listener = vscode.workspace.onDidChangeWorkspaceFolders(() => {
      listener.dispose();
      resolve();
    });
  });
  assert.ok(change(), `updateWorkspaceFolders refused to ${what}`);
  await changed;
  await waitFor(() => vscode.workspace.workspaceFolders?.length === count, `${count} workspace folder(s)`);
}

describe('multi-root workspace', () => {
  const second = secondFolderUri();
  const secondDoc = vscode.Uri.joinPath(second, 'replica-reads.md');

  after(async () => {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) > 1) await changeFolders(() => vscode.workspace.updateWorkspaceFolders(1, 1), 1, 'remove the second folder');
  });

  it('an added folder uses its own .tradeoff.jsonc and folder settings', async () => {
    await changeFolders(() => vscode.workspace.updateWorkspaceFolders(1, 0, { uri: second, name: 'second-folder' }), 2, 'add the second folder');
    await openInEditor(secondDoc);
    // .tradeoff.jsonc of the second folder: eventual consistency is an error; its .vscode/settings.json: failure modes are hints.
    const list = await waitForDiagnostics(
      secondDoc,
      (l) => l.some((d) => d.rule === EVENTUAL && d.severity === 'error') && l.some((d) => d.rule === FAILURE && d.severity === 'hint'),
      `${EVENTUAL} as an error and ${FAILURE} as a hint`,
    );
    assert.ok(list.length >= 2);
    // The first folder keeps its own configuration.
    const main = workspaceUri(fixture.document);
    await openInEditor(main);
    const mainList = await waitForDiagnostics(main, (l) => l.length === fixture.diagnostics.length, 'the first folder\'s diagnostics');
    for (const d of mainList) assert.strictEqual(d.severity, fixture.diagnostics.find((e) => e.rule === d.rule)!.severity, `${d.rule} took the second folder's settings`);
  });

  it('removing the folder does no harm: the first folder is still analysed', async () => {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) {
      await changeFolders(() => vscode.workspace.updateWorkspaceFolders(1, 0, { uri: second }), 2, 'add the second folder');
    }
    await changeFolders(() => vscode.workspace.updateWorkspaceFolders(1, 1), 1, 'remove the second folder');
    assert.ok(tradeoffExtension().isActive);
    const fresh = await writeWorkspaceFile('answers/after-folder-removed.md', '# Sessions\n\nSessions are replicated between regions in the background, so they are eventually consistent.\n');
    await openInEditor(fresh);
    await waitForDiagnostics(fresh, (l) => l.some((d) => d.rule === EVENTUAL), `a ${EVENTUAL} finding in a new document`);
  });
});
