// When diagnostics are computed: as you type after a debounce (settable via initializationOptions), or on save.
import * as assert from 'assert';
import { LspTestClient, buildServer } from '../../helpers/lspClient';
import { EC_RULE, ecOf, lspFixture, scratchUri } from './lspTestSupport';

const QUALIFY = ': users may see a stale like count for up to 5 seconds, and payments read from the primary';
const END_OF_CLAIM = { line: 2, character: 43 };

describe('lsp: run modes and debounce', function () {
  this.timeout(60000);
  before(buildServer);

  let client: LspTestClient;
  afterEach(async () => {
    await client?.stop();
  });

  it('with initializationOptions.debounceMs = 0 every edit that waits for its result gets one', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    await client.diagnosticsForVersion(uri, 1);
    for (let i = 0; i < 3; i++) {
      const v = await client.insert(uri, { line: 0, character: 0 }, '\n');
      const published = await client.diagnosticsForVersion(uri, v);
      assert.strictEqual(ecOf(published.diagnostics)[0]?.range.start.line, 3 + i);
    }
  });

  it('coalesces a burst of edits into one analysis of the last version', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 1000 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    await client.diagnosticsForVersion(uri, 1);
    // Five edits sent back to back, well inside one debounce period.
    const sent = [];
    for (let i = 0; i < 5; i++) sent.push(client.insert(uri, { line: 0, character: 0 }, '\n'));
    const versions = await Promise.all(sent);
    const last = versions[versions.length - 1];
    const published = await client.diagnosticsForVersion(uri, last);
    assert.strictEqual(ecOf(published.diagnostics)[0]?.range.start.line, 7);
    assert.deepStrictEqual(client.publishedFor(uri).map((p) => p.version), [1, last]);
  });

  it('waits out a long debounce set in initializationOptions, and a save flushes it', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 3_600_000 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    await client.diagnosticsForVersion(uri, 1);
    const v2 = await client.insert(uri, END_OF_CLAIM, QUALIFY);
    // The server has handled the edit (tradeoff/analyze sees it) but publishes nothing during the debounce.
    assert.deepStrictEqual((await client.analyze(uri)).findings.filter((f) => f.rule === EC_RULE), []);
    await client.roundTrip();
    assert.deepStrictEqual(client.publishedFor(uri).map((p) => p.version), [1]);
    await client.save(uri);
    assert.deepStrictEqual(ecOf((await client.diagnosticsForVersion(uri, v2)).diagnostics), []);
  });

  it('settings override initializationOptions: tradeoff.debounceMs from workspace/configuration wins', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 3_600_000 }, settings: { debounceMs: 0 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    await client.diagnosticsForVersion(uri, 1);
    const v2 = await client.insert(uri, END_OF_CLAIM, QUALIFY);
    assert.deepStrictEqual(ecOf((await client.diagnosticsForVersion(uri, v2)).diagnostics), []);
  });

  it('onSave: analyses on open and on save, not on edits', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 }, settings: { run: 'onSave' } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    assert.strictEqual(ecOf((await client.diagnosticsForVersion(uri, 1)).diagnostics).length, 1);

    await client.insert(uri, END_OF_CLAIM, QUALIFY);
    // Make sure the server has seen the edit and had every chance to (wrongly) analyse it.
    await client.analyze(uri);
    const v3 = await client.insert(uri, { line: 0, character: 0 }, '\n');
    await client.save(uri);
    const saved = await client.diagnosticsForVersion(uri, v3);
    assert.deepStrictEqual(ecOf(saved.diagnostics), []);
    assert.deepStrictEqual(client.publishedFor(uri).map((p) => p.version), [1, v3], 'nothing published for the unsaved edit');
  });
});
