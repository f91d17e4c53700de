// Bundles the e2e suite (test/e2e/suite/index.ts and every *.e2e.ts) into out/e2e/ as CommonJS for the
// extension host; `vscode` comes from the host and `mocha` from the repo's node_modules at run time.
import { readdirSync, rmSync } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as esbuild from 'esbuild';
import { ROOT } from './e2eTools.mjs';

const SUITE = path.join(ROOT, 'test', 'e2e', 'suite');
export const OUT_DIR = path.join(ROOT, 'out', 'e2e');
export const SUITE_ENTRY = path.join(OUT_DIR, 'index.js');

export async function buildSuite() {
  const tests = readdirSync(SUITE).filter((f) => f.endsWith('.e2e.ts'));
  if (tests.length === 0) throw new Error(`no *.e2e.ts files in ${SUITE}`);
  // A test file deleted from the suite must not keep running from an old bundle.
  rmSync(OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ['index.ts', ...tests].map((f) => path.join(SUITE, f)),
    outdir: OUT_DIR,
    outbase: SUITE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return { entry: SUITE_ENTRY, tests: tests.length };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildSuite().then(
    ({ tests }) => console.log(`e2e suite: ${tests} test files bundled into ${path.relative(ROOT, OUT_DIR)}/`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
