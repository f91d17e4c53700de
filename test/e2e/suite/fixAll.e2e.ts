// "Tradeoff: Fix All in Document" applies every finding's preferred scaffold in one edit.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { editsFor, quickFixesAt, toRange } from './codeActions';
import { waitForDiagnostics } from './diagnostics';
import { waitFor } from './waitFor';
import { openInEditor, workspaceUri } from './workspace';

describe('fix all', () => {
  const uri = workspaceUri('answers/checkout-flow.md');

  it('tradeoff.fixAll inserts the preferred scaffold of every finding, as a single edit', async () => {
    const editor = await openInEditor(uri);
    const findings = await waitForDiagnostics(uri, (list) => list.length >= 3, 'at least three findings');
    // What the light bulb would insert for each finding, one by one.
    // Two findings proposing the very same insertion at the same place get it once.
    const scaffoldAt = new Map<string, string>();
    for (const finding of findings) {
      const preferred = (await quickFixesAt(uri, toRange(finding.range))).filter((a) => a.isPreferred);
      for (const action of preferred) {
        for (const edit of editsFor(action, uri)) {
          assert.ok(edit.range.isEmpty, `the fixture's scaffolds are insertions; got a replacement by "${action.title}"`);
          scaffoldAt.set(`${edit.range.start.line}:${edit.range.start.character}:${edit.newText}`, edit.newText);
        }
      }
    }
    const scaffolds = [...scaffoldAt.values()];
    assert.ok(scaffolds.length >= 3, `expected preferred scaffolds for the findings, got ${scaffolds.length}`);

    const before = editor.document.getText();
    const versionBefore = editor.document.version;
    let changeEvents = 0;
    const listener = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === uri.toString() && e.contentChanges.length > 0) changeEvents++;
    });
    try {
      await vscode.commands.executeCommand('tradeoff.fixAll');
      await waitFor(() => editor.document.getText() !== before, 'tradeoff.fixAll to edit the document');
    } finally {
      listener.dispose();
    }
    const after = editor.document.getText();
    assert.strictEqual(changeEvents, 1, 'fix-all should change the document in one edit (one undo step)');
    assert.strictEqual(editor.document.version, versionBefore + 1);
    // Taking each scaffold out once gives back the original text: nothing else changed, nothing is missing.
    let rest = after;
    for (const scaffold of scaffolds) {
      assert.ok(rest.includes(scaffold), `scaffold not inserted: ${JSON.stringify(scaffold)}`);
      rest = rest.replace(scaffold, '');
    }
    assert.strictEqual(rest, before);
  });
});
