// Files Tradeoff will not analyse (binary, over the size limit) get one information diagnostic saying so.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitForDiagnostics } from './diagnostics';
import { openInEditor, writeWorkspaceFile } from './workspace';

/** The built-in limit is 2 MB of text; a little over it, made of sentences that would otherwise be findings. */
const OVER_LIMIT_CHARS = 2 * 1024 * 1024 + 64 * 1024;
const WEAK_PARAGRAPH = '## Feed\n\nThe feed is eventually consistent and we put the jobs on a queue.\n\n';

describe('skipped files', () => {
  it('a binary .md file gets one information diagnostic and no findings', async () => {
    // VS Code itself refuses to open a file with NUL bytes in its first 512 bytes ("File seems to be binary"),
    // so the NUL bytes come after a markdown-looking start, inside the 8 KB the analysis probes.
    const start = Buffer.from(WEAK_PARAGRAPH.repeat(12));
    assert.ok(start.length > 512 && start.length < 8192);
    const bytes = Buffer.concat([start, Buffer.from([0, 0, 0, 1, 2, 3, 0, 0xff, 0xfe, 0]), start]);
    const uri = await writeWorkspaceFile('answers/binary.md', bytes);
    const { document } = await openInEditor(uri);
    assert.strictEqual(document.languageId, 'markdown');
    const list = await waitForDiagnostics(uri, (l) => l.length > 0, 'a diagnostic on the binary file');
    assert.strictEqual(list.length, 1, `expected only the skip notice, got ${list.map((d) => d.rule).join(', ')}`);
    assert.strictEqual(list[0].severity, 'information');
    assert.match(list[0].message, /skipped/i);
    assert.match(list[0].message, /binary/i);
  });

  it('a file over the size limit gets one information diagnostic and no findings', async () => {
    const text = WEAK_PARAGRAPH.repeat(Math.ceil(OVER_LIMIT_CHARS / WEAK_PARAGRAPH.length));
    const uri = await writeWorkspaceFile('answers/huge.md', text);
    await openInEditor(uri);
    const list = await waitForDiagnostics(uri, (l) => l.length > 0, 'a diagnostic on the oversized file', 30_000);
    assert.strictEqual(list.length, 1, `expected only the skip notice, got ${list.map((d) => d.rule).join(', ')}`);
    assert.strictEqual(list[0].severity, 'information');
    assert.match(list[0].message, /skipped/i);
    assert.match(list[0].message, /size limit/i);
    // Keeping 2 MB open would slow every later document sync (a server restart re-sends all open documents).
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
