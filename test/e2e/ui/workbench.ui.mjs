// What a user sees: the extension in code-server's workbench, driven through headless chromium like a user
// (Quick Open, the Problems panel, the command palette, the status bar, hovers and code lenses). Saves
// screenshots under test-results/ (and, with TRADEOFF_README_SHOTS=1, the README's under media/screenshots/).
// Usage: node test/e2e/ui/workbench.ui.mjs   (TRADEOFF_E2E_VSIX=tradeoff.vsix tests the installed VSIX; TRADEOFF_E2E_NO_BUILD=1 skips
// `node esbuild.js`; KEEP=1 keeps the temp dir)
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { launchBrowser, onExtensionHostConsole, workbenchUrl } from '../browser.mjs';
import { startCodeServer, tail } from '../codeServer.mjs';
import { requireTools, ROOT } from '../e2eTools.mjs';
import { prepareWorkspace } from '../workspace.mjs';

const HARD_TIMEOUT_MS = Number(process.env.TRADEOFF_E2E_TIMEOUT_MS) || 5 * 60_000;
const STEP_TIMEOUT_MS = 30_000;
const RESULTS = path.join(ROOT, 'test-results');
const README_SHOTS = path.join(ROOT, 'media', 'screenshots');
const DOCUMENT = 'notification-service.md';
/** An answer that states all four parts with labels and metrics. */
const STRUCTURED_DOCUMENT = 'rate-limiter.md';
/** Words of the fixture's diagnostics, as the Problems panel and the hover show them. */
const QUEUE_MESSAGE = 'is introduced without backlog';
const EVENTUAL_MESSAGE = 'without what users see while data is stale';

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const results = [];

requireTools();
const stateDir = mkdtempSync(path.join(os.tmpdir(), 'tradeoff-ui-'));
let codeServer;
const hardTimeout = setTimeout(() => {
  console.error(`ui: no result after ${HARD_TIMEOUT_MS / 1000} s; stopping code-server and failing`);
  codeServer?.killNow();
  process.exit(1);
}, HARD_TIMEOUT_MS);
process.on('exit', () => codeServer?.killNow());

/** Runs one check; a failure is recorded and the next checks still run (their screenshots help). */
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`${elapsed()} ✔ ${name}`);
  } catch (err) {
    results.push({ name, ok: false });
    console.log(`${elapsed()} ✘ ${name}\n    ${String(err.message ?? err).split('\n')[0]}`);
  }
}

async function shot(page, name, { readme = false } = {}) {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
  // The README's copies change only on request, so a test run never dirties tracked files.
  if (readme && process.env.TRADEOFF_README_SHOTS === '1') {
    mkdirSync(README_SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(README_SHOTS, `${name}.png`) });
  }
}

async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
}

async function main() {
  if (process.env.TRADEOFF_E2E_NO_BUILD !== '1') execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  const workspace = prepareWorkspace(stateDir);
  // TRADEOFF_E2E_VSIX=path: test the packaged extension as a user installs it (else the repo as a dev extension).
  const vsix = process.env.TRADEOFF_E2E_VSIX ? path.resolve(ROOT, process.env.TRADEOFF_E2E_VSIX) : undefined;
  codeServer = await startCodeServer({ stateDir, installVsix: vsix });
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
    await steps(page);
  } finally {
    await context.close().catch(() => {});
  }
}

async function steps(page) {
  const editor = page.locator('.editor-instance .monaco-editor').first();

  await check(`Quick Open opens ${DOCUMENT}`, async () => {
    // The explorer lists the workspace before Quick Open can find files in it.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type(DOCUMENT);
    await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${DOCUMENT}"]`).first().waitFor();
    await page.keyboard.press('Enter');
    await editor.locator('.view-lines', { hasText: 'Design a notification service' }).waitFor();
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
    const item = page.locator('.statusbar-item', { hasText: /Tradeoff \d+/ });
    await item.first().waitFor();
  });

  await shot(page, 'editor-squiggles-lenses');

  await check('hovering the "eventually consistent" squiggle explains the finding', async () => {
    const line = await editor.locator('.view-line', { hasText: 'are eventually consistent' }).first().boundingBox();
    if (!line) throw new Error('the "eventually consistent" line is not on screen');
    // Squiggles are decorations in their own layer: take the one drawn on that line.
    const boxes = (await Promise.all((await editor.locator('.squiggly-warning').all()).map((s) => s.boundingBox()))).filter(Boolean);
    const box = boxes.find((b) => b.y + b.height / 2 >= line.y && b.y + b.height / 2 <= line.y + line.height);
    if (!box) throw new Error('no squiggle on the "eventually consistent" line');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.monaco-hover:visible', { hasText: 'Read more about eventual-consistency-unqualified' }).first().waitFor();
  });
  await shot(page, 'editor-hover', { readme: true });
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  await check('the Problems panel lists the findings with their messages', async () => {
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.locator('.monaco-list-row', { hasText: QUEUE_MESSAGE }).first().waitFor();
    await panel.locator('.monaco-list-row', { hasText: EVENTUAL_MESSAGE }).first().waitFor();
  });
  await shot(page, 'problems-panel', { readme: true });

  await check('"Tradeoff: Show Output" shows the Tradeoff output channel', async () => {
    await runCommand(page, 'Tradeoff: Show Output');
    await page.locator('.part.panel .monaco-editor .view-lines', { hasText: 'Tradeoff activated in' }).first().waitFor();
  });
  await shot(page, 'output-channel');

  await check('a well-structured answer shows every part found, labels and metrics highlighted', async () => {
    await runCommand(page, 'View: Toggle Panel Visibility');
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type(STRUCTURED_DOCUMENT);
    await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${STRUCTURED_DOCUMENT}"]`).first().waitFor();
    await page.keyboard.press('Enter');
    await editor.locator('.view-lines', { hasText: 'Design an API rate limiter' }).waitFor();
    await editor.locator('.codelens-decoration', { hasText: 'New cost ✓' }).first().waitFor();
    const lens = await editor.locator('.codelens-decoration', { hasText: 'New cost ✓' }).first().innerText();
    if (!/Constraint ✓.*Failure mode ✓.*Mitigation ✓.*New cost ✓/s.test(lens)) throw new Error(`unexpected lens text: ${lens}`);
    // The injection grammar gives the label its own token, coloured unlike the bold markers around it (spaces render as nbsp).
    const label = editor.locator('.view-line span', { hasText: /^Failure\smode:?$/ }).first();
    const bold = editor.locator('.view-line span', { hasText: /^\*\*$/ }).first();
    const [labelColor, boldColor] = await Promise.all([label, bold].map((l) => l.evaluate((el) => getComputedStyle(el).color)));
    if (labelColor === boldColor) throw new Error(`the structure label is not highlighted (${labelColor})`);
  });
  await shot(page, 'structured-answer', { readme: true });

  await check('a crashed language server is restarted with a notice', async () => {
    const [pid] = tradeoffServerPids();
    if (!pid) throw new Error('no Tradeoff language server process found');
    process.kill(pid, 'SIGKILL');
    // The workbench may keep it out of the toasts (as here, with the Output panel focused): it is in the center.
    const notice = 'stopped unexpectedly and was restarted';
    await page.locator('.notifications-toasts', { hasText: notice }).first().waitFor({ timeout: 5000 }).catch(async () => {
      await runCommand(page, 'Notifications: Show Notifications');
      await page.locator('.notifications-center', { hasText: notice }).first().waitFor();
    });
  });
  await shot(page, 'server-restart-notice');
}

/** Pids of the language servers started from this run's extension (installed under stateDir, or the repo's dist/). */
function tradeoffServerPids() {
  const table = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const roots = [stateDir, ROOT];
  return table
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .filter((m) => m && /dist\/server\.js/.test(m[2]) && /--node-ipc|--clientProcessId/.test(m[2]) && roots.some((r) => m[2].includes(r)))
    .map((m) => Number(m[1]));
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
