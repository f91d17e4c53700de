// Hover on a finding: what is missing, why interviewers care, a stronger phrasing and the docs link.
import * as assert from 'assert';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { findRule } from '../../../server/src/analysis/rules';
import { buildServer } from '../../helpers/lspClient';
import { EC_RULE, ecOf, lspFixture, scratchUri, sharedClient } from './lspTestSupport';

describe('lsp: hover', function () {
  this.timeout(60000);
  before(buildServer);

  const server = sharedClient({ initializationOptions: { debounceMs: 0 } });

  it('explains the finding under the cursor in markdown', async () => {
    const uri = scratchUri();
    await server().open(uri, lspFixture('eventual.md'));
    const [d] = ecOf((await server().diagnosticsForVersion(uri, 1)).diagnostics);
    const hover = await server().hover(uri, { line: d.range.start.line, character: d.range.start.character + 3 });
    assert.ok(hover, 'a hover inside the finding');
    const content = hover.contents as MarkupContent;
    assert.strictEqual(content.kind, 'markdown');
    const rule = findRule(EC_RULE)!;
    for (const missing of (d.data as { missing: string[] }).missing) assert.ok(content.value.includes(`- ${missing}`), `lists "${missing}"`);
    assert.ok(content.value.startsWith(`**Tradeoff · ${EC_RULE}**`), 'names the rule first');
    assert.ok(!content.value.includes(String(d.message).slice(0, 30)), 'does not repeat the diagnostic message the editor already shows');
    assert.ok(content.value.includes('Why interviewers care'));
    assert.ok(content.value.includes(rule.why.slice(0, 40)));
    assert.ok(content.value.includes('Stronger'));
    assert.ok(content.value.includes(rule.stronger.slice(0, 30)));
    assert.ok(content.value.includes(`(https://github.com/tradeoff-dev/tradeoff/blob/main/docs/rules/${EC_RULE}.md)`));
    assert.deepStrictEqual(hover.range, d.range);
  });

  it('has nothing to say outside findings, or for a document that is not open', async () => {
    const uri = scratchUri();
    await server().open(uri, lspFixture('eventual.md'));
    await server().diagnosticsForVersion(uri, 1);
    assert.strictEqual(await server().hover(uri, { line: 0, character: 2 }), null);
    assert.strictEqual(await server().hover(scratchUri(), { line: 0, character: 0 }), null);
  });

  it('follows edits: the hover is computed on the current text', async () => {
    const uri = scratchUri();
    await server().open(uri, lspFixture('eventual.md'));
    await server().diagnosticsForVersion(uri, 1);
    await server().insert(uri, { line: 0, character: 0 }, '\n\n');
    // No wait for diagnostics: the hover itself must see version 2, where the finding is two lines lower.
    assert.strictEqual(await server().hover(uri, { line: 2, character: 25 }), null);
    assert.ok(await server().hover(uri, { line: 4, character: 25 }));
  });
});
