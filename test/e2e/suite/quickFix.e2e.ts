// A quick fix from the light bulb inserts the rule's scaffold after the paragraph that triggered it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { quickFixesAt, toRange } from './codeActions';
import { waitForDiagnostics } from './diagnostics';
import { waitFor } from './waitFor';
import { openInEditor, workspaceUri, writeWorkspaceFile } from './workspace';

const RULE = 'eventual-consistency-unqualified';

describe('quick fix', () => {
  const uri = workspaceUri('answers/feed-read-path.md');

  it(`the preferred ${RULE} fix inserts the missing parts as a new paragraph after the claim`, async () => {
    const editor = await openInEditor(uri);
    const [finding] = await waitForDiagnostics(uri, (list) => list.some((d) => d.rule === RULE), `a ${RULE} diagnostic`).then((l) => l.filter((d) => d.rule === RULE));
    const actions = await quickFixesAt(uri, toRange(finding.range));
    const preferred = actions.filter((a) => a.isPreferred);
    assert.strictEqual(preferred.length, 1, `expected one preferred quick fix, got: ${actions.map((a) => a.title).join(' | ')}`);
    // (vscode.executeCodeActionProvider drops CodeAction.diagnostics, so the tie to the diagnostic is not visible here.)

    const before = editor.document.getText().split('\n');
    const claimLine = before.findIndex((l) => l.includes('eventually consistent'));
    assert.ok(claimLine > 0 && before[claimLine + 1] === '', 'the fixture should end the claim paragraph on the line with "eventually consistent"');
    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit!), 'applyEdit refused the quick fix');

    const after = await waitFor(() => (editor.document.getText() !== before.join('\n') ? editor.document.getText().split('\n') : false), 'the quick fix to edit the document');
    // The paragraph is followed by a blank line and the scaffold; everything else is untouched.
    assert.deepStrictEqual(after.slice(0, claimLine + 1), before.slice(0, claimLine + 1));
    assert.strictEqual(after[claimLine + 1], '');
    const inserted = after.slice(claimLine + 2, after.indexOf('', claimLine + 2));
    assert.strictEqual(inserted.length, 2, `inserted lines: ${JSON.stringify(inserted)}`);
    assert.match(inserted[0], /^Staleness bound: .*\.\.\./);
    assert.match(inserted[1], /^Still needs strong consistency\b.*\.\.\./);
    assert.deepStrictEqual(after.slice(claimLine + 2 + inserted.length), before.slice(claimLine + 1));
  });

  it(`"Disable ${RULE} for this line" removes the diagnostic`, async () => {
    // Its own document: the scaffold inserted above may already have answered the finding.
    const uri = await writeWorkspaceFile('answers/disable-line.md', '# Profile page\n\nProfile edits reach the followers\' caches in the background, so profiles are eventually consistent.\n');
    await openInEditor(uri);
    const [finding] = await waitForDiagnostics(uri, (list) => list.some((d) => d.rule === RULE), `a ${RULE} diagnostic`).then((l) => l.filter((d) => d.rule === RULE));
    const disable = (await quickFixesAt(uri, toRange(finding.range))).find((a) => a.title === `Disable ${RULE} for this line`);
    assert.ok(disable?.edit, 'no "Disable ... for this line" quick fix');
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    await waitForDiagnostics(uri, (list) => !list.some((d) => d.rule === RULE), `the ${RULE} diagnostic to go away`);
    assert.match(vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!.getText(), new RegExp(`<!-- tradeoff-disable-next-line ${RULE} -->`));
  });
});
