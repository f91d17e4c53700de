// The structure code lenses on a design section's heading: Constraint / Failure mode / Mitigation / New cost,
// ✓ or ✗; a missing part's lens inserts a `**Part:** ...` line, a present part's lens shows its evidence.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { openInEditor, setTradeoffSetting, workspaceUri } from './workspace';

const PARTS = ['Constraint', 'Failure mode', 'Mitigation', 'New cost'];
const TITLE = /^(Constraint|Failure mode|Mitigation|New cost) ([✓✗])$/;
const HEADING = '## Thumbnail generation';
const SCAFFOLD = /^\*\*Failure mode:\*\* \.\.\.\s*$/;

async function structureLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
  return (lenses ?? []).filter((l) => l.command && TITLE.test(l.command.title));
}

function waitForLenses(uri: vscode.Uri, ok: (lenses: vscode.CodeLens[]) => boolean, what: string): Promise<vscode.CodeLens[]> {
  return waitFor(
    async () => {
      const lenses = await structureLenses(uri);
      return ok(lenses) ? lenses : false;
    },
    what,
    15_000,
  );
}

function lensTitled(lenses: vscode.CodeLens[], title: string): vscode.CodeLens {
  const lens = lenses.find((l) => l.command?.title === title);
  assert.ok(lens, `no "${title}" lens among: ${lenses.map((l) => l.command?.title).join(', ')}`);
  return lens;
}

async function run(lens: vscode.CodeLens): Promise<void> {
  await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
}

describe('code lens', () => {
  const uri = workspaceUri('answers/image-thumbnails.md');

  it('shows the four structure lenses, in order, on the design section heading only', async () => {
    const editor = await openInEditor(uri);
    const headingLine = editor.document.getText().split('\n').indexOf(HEADING);
    const lenses = await waitForLenses(uri, (l) => l.length >= 4, 'four structure lenses');
    assert.deepStrictEqual(
      lenses.map((l) => l.range.start.line),
      [headingLine, headingLine, headingLine, headingLine],
      'lenses belong on the heading line of the design section (the H1 title is not one)',
    );
    assert.deepStrictEqual(lenses.map((l) => TITLE.exec(l.command!.title)![1]), PARTS);
    // The fixture states its constraint (peak uploads, a 2 s expectation) and no failure mode.
    lensTitled(lenses, 'Constraint ✓');
    lensTitled(lenses, 'Failure mode ✗');
  });

  it('the "Failure mode ✗" lens inserts a **Failure mode:** ... line at the end of the section, once', async () => {
    const editor = await openInEditor(uri);
    const before = editor.document.getText().split('\n');
    await run(lensTitled(await waitForLenses(uri, (l) => l.length >= 4, 'the lenses'), 'Failure mode ✗'));
    const after = await waitFor(() => (editor.document.lineCount !== before.length ? editor.document.getText().split('\n') : false), 'the lens to insert a line');
    const inserted = after.findIndex((l) => SCAFFOLD.test(l));
    assert.ok(inserted >= 0, `no **Failure mode:** ... line in:\n${after.join('\n')}`);
    const lastTextLine = before.map((l) => l.trim() !== '').lastIndexOf(true);
    assert.ok(inserted > lastTextLine, `inserted at line ${inserted + 1}, before the end of the section's text (line ${lastTextLine + 1})`);
    assert.deepStrictEqual(after.filter((l, i) => i !== inserted && l.trim() !== ''), before.filter((l) => l.trim() !== ''), 'the rest of the document changed');

    // An unfilled scaffold is not a failure mode: the lens stays ✗ and now moves the cursor to the scaffold.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const again = lensTitled(await waitForLenses(uri, (l) => l.length >= 4, 'the lenses after the insertion'), 'Failure mode ✗');
    await run(again);
    await waitFor(() => editor.selection.active.line === inserted, `the cursor to move to line ${inserted + 1}`, 10_000, () => `line ${editor.selection.active.line + 1}`);
    assert.strictEqual(editor.document.getText().split('\n').filter((l) => SCAFFOLD.test(l)).length, 1, 'a second scaffold was inserted');
  });

  it('the "Constraint ✓" lens moves the cursor to the constraint', async () => {
    const editor = await openInEditor(uri);
    const headingLine = editor.document.getText().split('\n').indexOf(HEADING);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await run(lensTitled(await waitForLenses(uri, (l) => l.length >= 4, 'the lenses'), 'Constraint ✓'));
    await waitFor(() => editor.selection.active.line > headingLine, 'the cursor to move into the section text', 10_000, () => `line ${editor.selection.active.line + 1}`);
  });

  it('tradeoff.codeLens.enable=false removes the lenses without a reload', async () => {
    await openInEditor(uri);
    await waitForLenses(uri, (l) => l.length >= 4, 'the lenses');
    try {
      await setTradeoffSetting('codeLens.enable', false);
      await waitForLenses(uri, (l) => l.length === 0, 'no structure lenses');
    } finally {
      await setTradeoffSetting('codeLens.enable', undefined);
    }
    await waitForLenses(uri, (l) => l.length >= 4, 'the lenses to come back');
  });
});
