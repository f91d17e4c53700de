// The extension activates on the first markdown document and contributes its commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { openInEditor, tradeoffExtension, workspaceUri } from './workspace';

const COMMANDS = ['tradeoff.showOutput', 'tradeoff.fixAll', 'tradeoff.openRuleDocs', 'tradeoff.restartServer'];

describe('activation', () => {
  it('tradeoff.tradeoff is loaded and stays inactive until a markdown document opens', () => {
    const extension = tradeoffExtension();
    assert.strictEqual(extension.packageJSON.publisher, 'tradeoff');
    assert.strictEqual(extension.isActive, false, 'active before any markdown document was opened (activationEvents should be onLanguage:markdown only)');
  });

  it('activates when a markdown document opens', async () => {
    const editor = await openInEditor(workspaceUri('answers/notification-service.md'));
    assert.strictEqual(editor.document.languageId, 'markdown');
    await waitFor(() => tradeoffExtension().isActive, 'tradeoff.tradeoff to activate', 20_000);
  });

  it('registers its commands', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(
      COMMANDS.filter((c) => !commands.has(c)),
      [],
      'commands missing after activation',
    );
  });
});
