// Killing the language server process is followed by a restart, and documents are analysed again.
import * as assert from 'assert';
import expected from '../fixtures/expected/notification-service.json';
import { waitForDiagnostics } from './diagnostics';
import type { ExpectedDiagnostics } from './expectedDiagnostics';
import { waitFor } from './waitFor';
import { serverPids } from './serverProcess';
import { openInEditor, workspaceUri, writeWorkspaceFile } from './workspace';

const fixture = expected as ExpectedDiagnostics;


describe('language server crash', () => {
  it('a killed server is restarted and the diagnostics come back', async () => {
    const main = workspaceUri(fixture.document);
    await openInEditor(main);
    await waitForDiagnostics(main, (l) => l.length === fixture.diagnostics.length, 'the diagnostics before the crash');
    const [pid] = await waitFor(() => (serverPids().length === 1 ? serverPids() : false), 'exactly one language server child process', 10_000, () => JSON.stringify(serverPids()));

    process.kill(pid, 'SIGKILL');
    const [restarted] = await waitFor(
      () => {
        const pids = serverPids();
        return pids.length === 1 && pids[0] !== pid ? pids : false;
      },
      'a new language server process',
      20_000,
      () => JSON.stringify(serverPids()),
    );
    assert.notStrictEqual(restarted, pid);

    // A document opened after the restart is analysed by the new server, and the open one still has its diagnostics.
    const fresh = await writeWorkspaceFile('answers/after-restart.md', '# Carts\n\nCarts are written to the nearest region and copied to the others, so carts are eventually consistent.\n');
    await openInEditor(fresh);
    await waitForDiagnostics(fresh, (l) => l.some((d) => d.rule === 'eventual-consistency-unqualified'), 'a finding from the restarted server', 20_000);
    await openInEditor(main);
    await waitForDiagnostics(main, (l) => l.length === fixture.diagnostics.length, 'the diagnostics after the restart');
  });
});
