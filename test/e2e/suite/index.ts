// The @vscode/test-electron contract (code-server's extensionTestsPath uses the same one): run() loads the
// bundled *.e2e.js files beside it into mocha and settles with the result.
import { readdirSync } from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

/** Killing the language server disturbs what follows it, so that file runs last. */
const LAST = ['serverRestart.e2e.js'];
/** Activation is checked before any other test opens a markdown document. */
const FIRST = ['activation.e2e.js'];

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000 });
  // TRADEOFF_E2E_GREP=... runs only the matching tests (the runners pass it through the environment).
  if (process.env.TRADEOFF_E2E_GREP) mocha.grep(process.env.TRADEOFF_E2E_GREP);
  for (const file of orderedTestFiles(__dirname)) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} e2e test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}

function orderedTestFiles(dir: string): string[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.e2e.js'))
    .sort();
  const rank = (f: string) => (FIRST.includes(f) ? 0 : LAST.includes(f) ? 2 : 1);
  return files.sort((a, b) => rank(a) - rank(b));
}
