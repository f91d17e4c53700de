// The frame of a workbench UI test: code-server (with the repo as a dev extension, or the VSIX installed when
// TRADEOFF_E2E_VSIX is set), headless chromium on a fresh copy of the fixture workspace, named checks that keep
// going after a failure (their screenshots help), a hard timeout, and cleanup of code-server's process group.
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { launchBrowser, onExtensionHostConsole, workbenchUrl } from '../browser.mjs';
import { startCodeServer, tail } from '../codeServer.mjs';
import { requireTools, ROOT } from '../e2eTools.mjs';
import { prepareWorkspace } from '../workspace.mjs';

const HARD_TIMEOUT_MS = Number(process.env.TRADEOFF_E2E_TIMEOUT_MS) || 5 * 60_000;
export const STEP_TIMEOUT_MS = 30_000;
const RESULTS = path.join(ROOT, 'test-results');
const README_SHOTS = path.join(ROOT, 'media', 'screenshots');

/**
 * Runs `steps(page, ui)` in a workbench and exits with 0 when every check passed.
 * @param {{ name: string, workspace?: object, codeServer?: object, steps: (page: import('playwright-core').Page, ui: object) => Promise<void> }} options
 *   workspace: options for prepareWorkspace; codeServer: extra options for startCodeServer (e.g. workspaceTrust).
 */
export function runWorkbenchTest({ name, workspace: workspaceOptions = {}, codeServer: codeServerOptions = {}, steps }) {
  const t0 = Date.now();
  const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
  const results = [];
  requireTools();
  const stateDir = mkdtempSync(path.join(os.tmpdir(), `tradeoff-ui-${name}-`));
  let codeServer;
  const hardTimeout = setTimeout(() => {
    console.error(`ui: no result after ${HARD_TIMEOUT_MS / 1000} s; stopping code-server and failing`);
    codeServer?.killNow();
    process.exit(1);
  }, HARD_TIMEOUT_MS);
  process.on('exit', () => codeServer?.killNow());

  const ui = {
    stateDir,
    elapsed,
    /** Runs one check; a failure is recorded and the next checks still run. */
    async check(checkName, body) {
      try {
        await body();
        results.push({ name: checkName, ok: true });
        console.log(`${elapsed()} ✔ ${checkName}`);
      } catch (err) {
        results.push({ name: checkName, ok: false });
        console.log(`${elapsed()} ✘ ${checkName}\n    ${String(err.message ?? err).split('\n')[0]}`);
      }
    },
    /** A screenshot under test-results/; `readme` also refreshes the README's copy when TRADEOFF_README_SHOTS=1. */
    async shot(page, shotName, { readme = false } = {}) {
      mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: path.join(RESULTS, `${shotName}.png`) });
      // The README's copies change only on request, so a test run never dirties tracked files.
      if (readme && process.env.TRADEOFF_README_SHOTS === '1') {
        mkdirSync(README_SHOTS, { recursive: true });
        await page.screenshot({ path: path.join(README_SHOTS, `${shotName}.png`) });
      }
    },
  };

  async function main() {
    if (process.env.TRADEOFF_E2E_NO_BUILD !== '1') execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
    const workspace = prepareWorkspace(stateDir, workspaceOptions);
    // TRADEOFF_E2E_VSIX=path: test the packaged extension as a user installs it (else the repo as a dev extension).
    const vsix = process.env.TRADEOFF_E2E_VSIX ? path.resolve(ROOT, process.env.TRADEOFF_E2E_VSIX) : undefined;
    codeServer = await startCodeServer({ stateDir, installVsix: vsix, ...codeServerOptions });
    if (vsix) console.log(`${elapsed()} installed ${path.relative(ROOT, vsix)}`);
    const { context, page } = await launchBrowser(stateDir, { width: 1400, height: 860 });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    onExtensionHostConsole(page, (text, level) => {
      if (level !== 'INFO' || /Tradeoff/.test(text)) console.log(`  [exthost ${level}] ${text.split('\n')[0]}`);
    });
    try {
      await page.goto(workbenchUrl(codeServer, { workspaceFile: workspace.workspaceFile, extensionDevelopmentPath: vsix ? undefined : ROOT }));
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      console.log(`${elapsed()} workbench loaded`);
      await steps(page, ui);
    } finally {
      await context.close().catch(() => {});
    }
  }

  main()
    .catch((err) => {
      console.error(`ui: ${err.stack ?? err}`);
      if (codeServer) console.error(`code-server log (last lines):\n${tail(codeServer.logFile)}`);
      results.push({ name: 'run', ok: false });
    })
    .then(async () => {
      await codeServer?.stop();
      clearTimeout(hardTimeout);
      const failed = results.filter((r) => !r.ok);
      if (failed.length === 0 && process.env.KEEP !== '1') rmSync(stateDir, { recursive: true, force: true });
      else console.log(`ui: state kept in ${stateDir}`);
      console.log(`${elapsed()} ui: ${results.length - failed.length} passed, ${failed.length} failed; screenshots in ${path.relative(ROOT, RESULTS)}/`);
      process.exit(failed.length === 0 && results.length > 0 ? 0 : 1);
    });
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a user would. */
export async function quickOpen(page, file) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type(file);
  // Enter takes the focused row: wait until the filter has put the file there (the old list may still show).
  await page.locator(`.quick-input-list .monaco-list-row.focused[aria-label*="${file}"]`).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Runs a command by its palette title (Ctrl+Shift+P). */
export async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
}

/** The fixture answer both UI tests open, and the words of its title line. */
export const LINTED_DOCUMENT = 'notification-service.md';
const LINTED_TITLE = 'Design a notification service';

/** Opens the fixture answer and checks what linting shows on it: squiggles, the structure lenses, the score. */
export async function checkFixtureLinted(page, { check }) {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await check(`Quick Open opens ${LINTED_DOCUMENT}`, async () => {
    // The explorer lists the workspace before Quick Open can find files in it.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    await quickOpen(page, LINTED_DOCUMENT);
    await editor.locator('.view-lines', { hasText: LINTED_TITLE }).waitFor();
  });
  await check('warning squiggles appear in the editor', async () => {
    await editor.locator('.squiggly-warning').first().waitFor();
  });
  await check('structure code lenses appear above the design section', async () => {
    await editor.locator('.codelens-decoration', { hasText: 'Failure mode' }).first().waitFor();
    const text = await editor.locator('.codelens-decoration').first().innerText();
    if (!/Constraint [✓✗]/.test(text)) throw new Error(`unexpected lens text: ${text}`);
  });
  await check('the status bar shows the Tradeoff score', async () => {
    await page.locator('.statusbar-item', { hasText: /Tradeoff \d+/ }).first().waitFor();
  });
}
