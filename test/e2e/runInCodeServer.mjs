// Runs the e2e mocha suite inside a real VS Code extension host: code-server 4.139.1 (VS Code 1.139) on Node 24,
// driven by headless chromium. Builds the extension and the suite, opens a fresh copy of the fixture workspace,
// forwards the extension host's console, and exits with the suite's result (0 pass, 1 fail or timeout).
// Usage: node test/e2e/runInCodeServer.mjs   (TRADEOFF_E2E_GREP=pattern runs a subset; KEEP=1 keeps the temp dir)
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { onExtensionHostConsole, launchBrowser, workbenchUrl } from './browser.mjs';
import { buildSuite } from './build.mjs';
import { startCodeServer, tail } from './codeServer.mjs';
import { requireTools, ROOT } from './e2eTools.mjs';
import { prepareWorkspace } from './workspace.mjs';

/** Test-only extensions the suite needs beside Tradeoff (never in the VSIX): a fake chat model for vscode.lm. */
const TEST_EXTENSIONS = [path.join(ROOT, 'test', 'e2e', 'fixtures', 'fake-lm-provider')];
const HARD_TIMEOUT_MS = Number(process.env.TRADEOFF_E2E_TIMEOUT_MS) || 5 * 60_000;
const ACTIVATED = /Tradeoff activated in (\d+(?:\.\d+)?) ms/;
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

requireTools();
const stateDir = mkdtempSync(path.join(os.tmpdir(), 'tradeoff-e2e-'));
let codeServer;
let browser;

// CI must never hang: whatever state things are in, stop everything and fail.
const hardTimeout = setTimeout(() => {
  console.error(`e2e: no result after ${HARD_TIMEOUT_MS / 1000} s; stopping code-server and failing`);
  codeServer?.killNow();
  process.exit(1);
}, HARD_TIMEOUT_MS);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    codeServer?.killNow();
    process.exit(1);
  });
}
process.on('exit', () => codeServer?.killNow());

async function main() {
  if (process.env.TRADEOFF_E2E_NO_BUILD !== '1') {
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  }
  const suite = await buildSuite();
  const workspace = prepareWorkspace(stateDir);
  console.log(`${elapsed()} e2e: ${suite.tests} test files; workspace ${workspace.dir}`);

  const env = process.env.TRADEOFF_E2E_GREP ? { TRADEOFF_E2E_GREP: process.env.TRADEOFF_E2E_GREP } : {};
  codeServer = await startCodeServer({ stateDir, env, testExtensions: TEST_EXTENSIONS });
  console.log(`${elapsed()} e2e: code-server ready on ${codeServer.baseUrl}`);
  browser = await launchBrowser(stateDir);
  const { page } = browser;

  const activations = [];
  onExtensionHostConsole(page, (text, level) => {
    const m = ACTIVATED.exec(text);
    if (m) activations.push(Number(m[1]));
    const prefix = level === 'INFO' ? '  ' : `  [${level}] `;
    console.log(text.split('\n').map((l) => prefix + l).join('\n'));
  });
  page.on('pageerror', (err) => console.log(`  [page error] ${String(err).slice(0, 300)}`));

  let finished;
  const exitCode = new Promise((resolve) => (finished = resolve));
  // The workbench calls this with the suite's exit code when extensionTestsPath's run() settles.
  await page.exposeFunction('codeAutomationExit', (code) => finished(code));
  await page.goto(workbenchUrl(codeServer, { workspaceFile: workspace.workspaceFile, extensionDevelopmentPath: ROOT, extensionTestsPath: suite.entry }));
  const code = await exitCode;
  console.log(`${elapsed()} e2e: suite exited with ${code}`);

  if (code !== 0) {
    const shot = path.join(ROOT, 'test-results', 'e2e-failure.png');
    mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot }).then(() => console.log(`e2e: screenshot of the workbench: ${path.relative(ROOT, shot)}`), () => {});
  }
  if (activations.length > 0) console.log(`e2e: Tradeoff activated in ${activations.join(', ')} ms (server ready), measured in the extension host`);
  else console.log('e2e: no "Tradeoff activated in N ms" line was seen on the extension host console');
  return code === 0 ? 0 : 1;
}

async function shutdown() {
  await browser?.context.close().catch(() => {});
  await codeServer?.stop();
}

main()
  .catch((err) => {
    console.error(`e2e: ${err.stack ?? err}`);
    if (codeServer) console.error(`code-server log (last lines):\n${tail(codeServer.logFile)}`);
    return 1;
  })
  .then(async (code) => {
    await shutdown();
    clearTimeout(hardTimeout);
    if (code === 0 && process.env.KEEP !== '1') rmSync(stateDir, { recursive: true, force: true });
    else console.log(`e2e: state (workspace copy, logs) kept in ${stateDir}`);
    console.log(`${elapsed()} e2e: ${code === 0 ? 'passed' : 'FAILED'}`);
    process.exit(code);
  });
