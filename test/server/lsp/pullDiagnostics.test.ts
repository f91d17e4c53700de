// Pull diagnostics (textDocument/diagnostic) for a client that supports them: reports, result ids, no pushes.
import * as assert from 'assert';
import { CancellationTokenSource, LSPErrorCodes, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspTestClient, buildServer } from '../../helpers/lspClient';
import { EC_RULE, ecOf, lspFixture, scratchUri } from './lspTestSupport';

describe('lsp: pull diagnostics', function () {
  this.timeout(60000);
  before(buildServer);

  let client: LspTestClient;
  afterEach(async () => {
    await client?.stop();
  });

  it('answers a pull with a full report, then "unchanged" for the same result id, and does not push', async () => {
    client = await LspTestClient.start({ pullDiagnostics: true, initializationOptions: { debounceMs: 0 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    const first = await client.pull(uri);
    assert.strictEqual(first.kind, 'full');
    const items = ecOf((first as FullDocumentDiagnosticReport).items);
    assert.strictEqual(items.length, 1);
    assert.strictEqual(items[0].code, EC_RULE);
    assert.strictEqual(items[0].source, 'tradeoff');
    assert.ok(first.resultId);

    const again = await client.pull(uri, first.resultId);
    assert.deepStrictEqual(again, { kind: 'unchanged', resultId: first.resultId });

    await client.roundTrip();
    assert.deepStrictEqual(client.published, [], 'a pull client gets no pushed diagnostics');
  });

  it('reports the edited text after an incremental change', async () => {
    client = await LspTestClient.start({ pullDiagnostics: true, initializationOptions: { debounceMs: 0 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    const first = await client.pull(uri);
    await client.insert(uri, { line: 2, character: 43 }, ': users may see a stale like count for up to 5 seconds, and payments read from the primary');
    const second = await client.pull(uri, first.resultId);
    assert.strictEqual(second.kind, 'full');
    assert.notStrictEqual(second.resultId, first.resultId);
    assert.deepStrictEqual(ecOf((second as FullDocumentDiagnosticReport).items), []);
  });

  it('holds a pull during the debounce after an edit, until a newer pull cancels it', async () => {
    client = await LspTestClient.start({ pullDiagnostics: true, initializationOptions: { debounceMs: 3_600_000 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    // Nothing was edited since the open: no wait.
    assert.strictEqual((await client.pull(uri)).kind, 'full');
    await client.insert(uri, { line: 0, character: 0 }, '\n');
    const source = new CancellationTokenSource();
    const held = client.pull(uri, undefined, source.token);
    await client.roundTrip();
    source.cancel();
    await assert.rejects(held, (err: { code?: number }) => err.code === LSPErrorCodes.RequestCancelled);
  });

  it('in onSave mode reports what the last save produced and asks the client to pull again after a save', async () => {
    client = await LspTestClient.start({ pullDiagnostics: true, settings: { run: 'onSave', debounceMs: 0 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    const opened = await client.pull(uri);
    assert.strictEqual(ecOf((opened as FullDocumentDiagnosticReport).items).length, 1);

    await client.insert(uri, { line: 2, character: 43 }, ': users may see a stale like count for up to 5 seconds, and payments read from the primary');
    const unsaved = await client.pull(uri, opened.resultId);
    assert.deepStrictEqual(unsaved, { kind: 'unchanged', resultId: opened.resultId }, 'an unsaved edit changes nothing');

    const refreshes = client.refreshRequests;
    await client.save(uri);
    // The refresh request arrives once the save's analysis is done.
    while (client.refreshRequests === refreshes) await client.roundTrip();
    const saved = await client.pull(uri, opened.resultId);
    assert.strictEqual(saved.kind, 'full');
    assert.deepStrictEqual(ecOf((saved as FullDocumentDiagnosticReport).items), []);
  });

  it('returns an empty report for a document that is not open or not markdown', async () => {
    client = await LspTestClient.start({ pullDiagnostics: true });
    const report = await client.pull(scratchUri());
    assert.strictEqual(report.kind, 'full');
    assert.deepStrictEqual((report as FullDocumentDiagnosticReport).items, []);
  });
});
