// Part C: peak resident memory (VmHWM) of the language server with a large document open, against an idle
// `node -e` process as the baseline every Node process pays.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** VmHWM (peak) and VmRSS (current) of a process, in MB, from /proc/<pid>/status. */
export function residentMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!m) throw new Error(`${key} missing from /proc/${pid}/status`);
    return Number(m[1]);
  };
  return { peakMb: kb('VmHWM') / 1024, currentMb: kb('VmRSS') / 1024 };
}

export async function measureServerMemory({ LspTestClient, serverPath, rootDir, text }) {
  const client = await LspTestClient.start({ serverPath, workspaceFolder: rootDir, initializationOptions: { debounceMs: 0 }, waitTimeoutMs: 120000 });
  try {
    const uri = pathToFileURL(path.join(rootDir, 'bench', 'results', 'peak-memory.md')).href;
    await client.open(uri, text);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
    // The worker thread lives in the same process, so this covers the analysis too.
    return { chars: text.length, diagnostics: diagnostics.length, ...residentMemory(client.process.pid) };
  } finally {
    await client.stop();
  }
}

/** The same reading for a bare Node process that has started and sits idle. */
export async function measureIdleNode() {
  const child = spawn(process.execPath, ['-e', "process.stdout.write('ready'); setInterval(() => {}, 1000)"], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise((resolve, reject) => {
      child.stdout.once('data', resolve);
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`idle node exited early (code ${code})`)));
    });
    await new Promise((r) => setTimeout(r, 200)); // let startup settle
    return residentMemory(child.pid);
  } finally {
    child.kill();
  }
}
