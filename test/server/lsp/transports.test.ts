// The server speaks LSP over node IPC as well as stdio (argv chooses).
import * as assert from 'assert';
import { LspTestClient, buildServer } from '../../helpers/lspClient';
import { ecOf, lspFixture, scratchUri } from './lspTestSupport';

describe('lsp: transports', function () {
  this.timeout(60000);
  before(buildServer);

  for (const transport of ['stdio', 'ipc'] as const) {
    it(`${transport}: initializes, publishes diagnostics, answers requests and shuts down cleanly`, async () => {
      const client = await LspTestClient.start({ transport, initializationOptions: { debounceMs: 0 } });
      try {
        assert.strictEqual(client.initializeResult.capabilities.hoverProvider, true);
        const uri = scratchUri();
        await client.open(uri, lspFixture('eventual.md'));
        assert.strictEqual(ecOf((await client.diagnosticsForVersion(uri, 1)).diagnostics).length, 1);
        assert.strictEqual((await client.analyze(uri)).findings.length > 0, true);
      } finally {
        await client.stop();
      }
      await new Promise((resolve) => (client.process.exitCode !== null ? resolve(null) : client.process.once('exit', resolve)));
      assert.strictEqual(client.process.exitCode, 0);
    });
  }
});
