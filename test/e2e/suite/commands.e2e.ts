// The palette commands that the other suites do not cover: the rule docs of the finding under the cursor, and a
// restart of the language server on request.
import * as assert from 'assert';
import * as vscode from 'vscode';
import expected from '../fixtures/expected/notification-service.json';
import { waitForDiagnostics } from './diagnostics';
import type { ExpectedDiagnostics } from './expectedDiagnostics';
import { serverPids } from './serverProcess';
import { waitFor } from './waitFor';
import { openInEditor, workspaceUri } from './workspace';

const fixture = expected as ExpectedDiagnostics;

describe('commands', () => {
  it('"Open Rule Documentation" opens the bundled page of the finding under the cursor', async () => {
    const uri = workspaceUri(fixture.document);
    const editor = await openInEditor(uri);
    const [first] = await waitForDiagnostics(uri, (l) => l.length === fixture.diagnostics.length, 'the fixture diagnostics');
    const inside = new vscode.Position(first.range.start.line, first.range.start.character + 1);
    editor.selection = new vscode.Selection(inside, inside);
    const page = await vscode.commands.executeCommand<vscode.Uri | undefined>('tradeoff.openRuleDocs');
    assert.ok(page, 'a page was opened');
    assert.ok(page.path.endsWith(`/docs/rules/${first.rule}.md`), page.toString());
    const text = Buffer.from(await vscode.workspace.fs.readFile(page)).toString('utf8');
    assert.match(text, new RegExp(`^# ${first.rule}$`, 'm'));
  });

  it('"Open Rule Documentation" with a rule id opens that page without asking', async () => {
    const page = await vscode.commands.executeCommand<vscode.Uri | undefined>('tradeoff.openRuleDocs', 'shard-before-hotspot');
    assert.ok(page?.path.endsWith('/docs/rules/shard-before-hotspot.md'));
  });

  it('"Restart Language Server" restarts it, and the diagnostics come back', async () => {
    const uri = workspaceUri(fixture.document);
    await openInEditor(uri);
    await waitForDiagnostics(uri, (l) => l.length === fixture.diagnostics.length, 'the diagnostics before the restart');
    const [before] = await waitFor(() => (serverPids().length === 1 ? serverPids() : false), 'one language server process');
    await vscode.commands.executeCommand('tradeoff.restartServer');
    await waitFor(() => serverPids().length === 1 && serverPids()[0] !== before, 'a new language server process', 20_000, () => JSON.stringify(serverPids()));
    await waitForDiagnostics(uri, (l) => l.length === fixture.diagnostics.length, 'the diagnostics after the restart', 20_000);
  });
});
