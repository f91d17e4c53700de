// Runs the same e2e suite in desktop VS Code through @vscode/test-electron (downloads VS Code into .vscode-test/;
// needs access to update.code.visualstudio.com, so it cannot run on machines where only npm is reachable: use
// runInCodeServer.mjs there). On Linux without a display, run it under `xvfb-run -a`.
// Usage: node test/e2e/runInVscode.mjs   (TRADEOFF_VSCODE_VERSION=1.91.0 tests the oldest supported VS Code;
// TRADEOFF_E2E_GREP=pattern runs a subset; KEEP=1 keeps the temp dir)
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { buildSuite } from './build.mjs';
import { ROOT } from './e2eTools.mjs';
import { prepareWorkspace, writeUserSettings } from './workspace.mjs';

const HARD_TIMEOUT_MS = Number(process.env.TRADEOFF_E2E_TIMEOUT_MS) || 5 * 60_000;
const ACTIVATED = /Tradeoff activated in (\d+(?:\.\d+)?) ms/g;

async function main() {
  execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  const suite = await buildSuite();
  // The download is not covered by the hard timeout; the test run is.
  const vscodeExecutablePath = await downloadAndUnzipVSCode({ version: process.env.TRADEOFF_VSCODE_VERSION || 'stable', cachePath: path.join(ROOT, '.vscode-test') });
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'tradeoff-vscode-e2e-'));
  const workspace = prepareWorkspace(stateDir);
  const userData = path.join(stateDir, 'user-data');
  writeUserSettings(userData);

  // test-electron pipes VS Code's stdout (where the extension host's console goes) to ours: watch it for the timing line.
  const activations = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    for (const m of String(chunk).matchAll(ACTIVATED)) activations.push(Number(m[1]));
    return write(chunk, ...rest);
  };
  const timer = setTimeout(() => {
    console.error(`e2e: no result after ${HARD_TIMEOUT_MS / 1000} s; stopping VS Code and failing`);
    // Only our own children (the VS Code main process); its helpers exit with it.
    try {
      execFileSync('pkill', ['-KILL', '-P', String(process.pid)]);
    } catch {
      // nothing left to kill
    }
    process.exit(1);
  }, HARD_TIMEOUT_MS);

  let code;
  try {
    code = await runTests({
      vscodeExecutablePath,
      // The fake chat model for the vscode.lm tests loads beside Tradeoff as a second development extension.
      extensionDevelopmentPath: [ROOT, path.join(ROOT, 'test', 'e2e', 'fixtures', 'fake-lm-provider')],
      extensionTestsPath: suite.entry,
      extensionTestsEnv: process.env.TRADEOFF_E2E_GREP ? { TRADEOFF_E2E_GREP: process.env.TRADEOFF_E2E_GREP } : {},
      // The workspace file first: VS Code opens it. Other installed extensions stay off; the profile is fresh.
      launchArgs: [workspace.workspaceFile, '--disable-extensions', `--user-data-dir=${userData}`, `--extensions-dir=${path.join(stateDir, 'extensions')}`, '--disable-gpu'],
    });
  } catch (err) {
    // runTests rejects with TestRunFailedError when VS Code exits non-zero (a failing test included).
    console.error(`e2e: ${err.message ?? err}`);
    code = 1;
  } finally {
    clearTimeout(timer);
    process.stdout.write = write;
  }
  if (activations.length > 0) console.log(`e2e: Tradeoff activated in ${activations.join(', ')} ms (server ready), measured in the extension host`);
  if (code === 0 && process.env.KEEP !== '1') rmSync(stateDir, { recursive: true, force: true });
  else console.log(`e2e: state (workspace copy, profile) kept in ${stateDir}`);
  return code === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`e2e: ${err.stack ?? err}`);
    process.exit(1);
  },
);
