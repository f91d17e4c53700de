// The diagnostics of a shipped fixture equal the CLI's findings (kept in sync by test/e2e/expectedDiagnostics.test.ts),
// with the rule id as code and its documentation page as the code's target.
import * as assert from 'assert';
import { existsSync } from 'fs';
import * as path from 'path';
import expected from '../fixtures/expected/notification-service.json';
import { plainDiagnostics, sortDiagnostics, summarize, tradeoffDiagnostics, waitForDiagnostics } from './diagnostics';
import type { ExpectedDiagnostics } from './expectedDiagnostics';
import { openInEditor, tradeoffExtension, workspaceUri } from './workspace';

const fixture = expected as ExpectedDiagnostics;

describe('diagnostics', () => {
  const uri = workspaceUri(fixture.document);

  it(`${fixture.document} gets exactly the CLI's diagnostics (rules, severities, messages, ranges, docs)`, async () => {
    await openInEditor(uri);
    const want = sortDiagnostics(fixture.diagnostics);
    await waitForDiagnostics(uri, (list) => list.length === want.length, `${want.length} diagnostics`);
    assert.deepStrictEqual(plainDiagnostics(uri), want);
  });

  it('every diagnostic has source "tradeoff", the rule id as code and a docs page that ships with the extension', async () => {
    await openInEditor(uri);
    await waitForDiagnostics(uri, (list) => list.length === fixture.diagnostics.length, `${fixture.diagnostics.length} diagnostics`);
    const extensionPath = tradeoffExtension().extensionPath;
    for (const d of tradeoffDiagnostics(uri)) {
      assert.ok(typeof d.code === 'object' && d.code.target, `diagnostic without a code target: ${summarize(plainDiagnostics(uri))}`);
      const rule = String(d.code.value);
      assert.ok(d.code.target.toString(true).endsWith(`/docs/rules/${rule}.md`), `target ${d.code.target} does not name docs/rules/${rule}.md`);
      assert.ok(existsSync(path.join(extensionPath, 'docs', 'rules', `${rule}.md`)), `docs/rules/${rule}.md is not in the extension`);
    }
  });
});
