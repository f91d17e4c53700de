// The server's capabilities and registrations after initialize, for push and pull clients.
import * as assert from 'assert';
import { LspTestClient, buildServer } from '../../helpers/lspClient';

describe('lsp: initialize', function () {
  this.timeout(60000);
  before(buildServer);

  let client: LspTestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('advertises incremental sync with save, hover, quick fixes and source.fixAll.tradeoff', async () => {
    client = await LspTestClient.start();
    const caps = client.initializeResult.capabilities;
    assert.deepStrictEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.strictEqual(caps.hoverProvider, true);
    assert.deepStrictEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.tradeoff'] });
    assert.strictEqual(client.initializeResult.serverInfo?.name, 'tradeoff');
  });

  it('offers pull diagnostics only to a client that supports them', async () => {
    client = await LspTestClient.start();
    assert.strictEqual(client.initializeResult.capabilities.diagnosticProvider, undefined);
    await client.stop();
    client = await LspTestClient.start({ pullDiagnostics: true });
    assert.deepStrictEqual(client.initializeResult.capabilities.diagnosticProvider, {
      identifier: 'tradeoff',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
  });

  it('registers a watcher for .tradeoff.jsonc and for tradeoff setting changes when the client allows it', async () => {
    client = await LspTestClient.start({ settings: {} });
    await client.roundTrip();
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepStrictEqual(watch?.registerOptions, { watchers: [{ globPattern: '**/.tradeoff.jsonc' }] });
    assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'));
  });

  it('registers nothing dynamically for a client without dynamic registration', async () => {
    client = await LspTestClient.start({
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: false }, didChangeConfiguration: { dynamicRegistration: false } } },
    });
    await client.roundTrip();
    assert.deepStrictEqual(client.registrations, []);
  });
});
