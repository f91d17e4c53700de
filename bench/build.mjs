// Bundles what the bench runs in plain Node into dist/bench/: the analysis core (server/src/analysis) and the
// LSP client the tests use (test/helpers/lspClient.ts), so neither tsx nor a second client is needed.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORE_BUNDLE = path.join(ROOT, 'dist', 'bench', 'core.mjs');
// CommonJS, because the helper finds the repo (and dist/server.js) from __dirname, two levels up as in test/helpers/.
export const LSP_CLIENT_BUNDLE = path.join(ROOT, 'dist', 'bench', 'lspClient.cjs');

const common = { absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };

export async function buildCore() {
  // Not minified and with source maps, so CPU profiles name the real functions and files.
  await esbuild.build({ ...common, entryPoints: ['server/src/analysis/index.ts'], outfile: CORE_BUNDLE, format: 'esm', sourcemap: true });
  return CORE_BUNDLE;
}

export async function buildLspClient() {
  await esbuild.build({ ...common, entryPoints: ['test/helpers/lspClient.ts'], outfile: LSP_CLIENT_BUNDLE, format: 'cjs' });
  return LSP_CLIENT_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  Promise.all([buildCore(), buildLspClient()]).then(
    (outs) => console.log(`built ${outs.map((o) => path.relative(ROOT, o)).join(', ')}`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
