// A broken .tradeoff.jsonc is reported once on the documents it applies to; the defaults keep them analysed,
// documents elsewhere are unaffected, and fixing the file clears the report without a reload.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitForDiagnostics, type PlainDiagnostic } from './diagnostics';
import { openInEditor, workspaceUri, writeWorkspaceFile } from './workspace';

const CONFIG_CODE = 'tradeoff-config';
const mentionsConfig = (d: PlainDiagnostic) => d.message.includes('broken-config') && d.message.includes('.tradeoff.jsonc');

describe('a broken .tradeoff.jsonc', () => {
  const uri = workspaceUri('broken-config/search-index.md');

  it('gives one diagnostic naming the file, and the findings still come with the default rules', async () => {
    await openInEditor(uri);
    const list = await waitForDiagnostics(uri, (l) => l.some(mentionsConfig) && l.some((d) => d.rule !== CONFIG_CODE), 'the config diagnostic and the findings');
    const about = list.filter(mentionsConfig);
    assert.strictEqual(about.length, 1, `expected one diagnostic about the config, got ${about.length}`);
    assert.strictEqual(about[0].rule, CONFIG_CODE);
    assert.match(about[0].message, /warn/, 'the message should quote the problem (the misspelt severity)');
    assert.ok(list.some((d) => d.rule === 'eventual-consistency-unqualified'), 'the default rules no longer run');
  });

  it('does not affect documents under another config', async () => {
    await openInEditor(uri);
    await waitForDiagnostics(uri, (l) => l.some(mentionsConfig), 'the config diagnostic');
    const other = await writeWorkspaceFile('answers/beside-broken-config.md', '# Likes\n\nLike counts are copied to the post cache asynchronously, so they are eventually consistent.\n');
    await openInEditor(other);
    const list = await waitForDiagnostics(other, (l) => l.some((d) => d.rule === 'eventual-consistency-unqualified'), 'a finding in a document outside broken-config/');
    assert.ok(!list.some((d) => d.rule === CONFIG_CODE), 'the broken config leaked into another folder');
  });

  it('fixing the file clears the config diagnostic without a reload', async () => {
    await openInEditor(uri);
    await waitForDiagnostics(uri, (l) => l.some(mentionsConfig), 'the config diagnostic');
    await writeWorkspaceFile('broken-config/.tradeoff.jsonc', '{ "rules": { "shard-before-hotspot": "warning" } }\n');
    // The document is not edited: only the watched config file changed.
    await waitForDiagnostics(uri, (l) => !l.some(mentionsConfig) && l.length > 0, 'the config diagnostic to go away');
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
  });
});
