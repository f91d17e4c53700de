// What a user sees: the extension in code-server's workbench, driven through headless chromium like a user
// (Quick Open, the Problems panel, the command palette, the status bar, hovers and code lenses). Saves
// screenshots under test-results/ (and, with TRADEOFF_README_SHOTS=1, the README's under media/screenshots/).
// Usage: node test/e2e/ui/workbench.ui.mjs   (TRADEOFF_E2E_VSIX=tradeoff.vsix tests the installed VSIX; TRADEOFF_E2E_NO_BUILD=1 skips
// `node esbuild.js`; KEEP=1 keeps the temp dir)
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import { ROOT } from '../e2eTools.mjs';
import { LINTED_DOCUMENT as DOCUMENT, checkFixtureLinted, quickOpen, runCommand, runWorkbenchTest } from './uiRun.mjs';

/** An answer that states all four parts with labels and metrics. */
const STRUCTURED_DOCUMENT = 'rate-limiter.md';
/** Words of the fixture's diagnostics, as the Problems panel and the hover show them. */
const QUEUE_MESSAGE = 'is introduced without backlog';
const EVENTUAL_MESSAGE = 'without what users see while data is stale';
/** publisher.name: the key VS Code stores the extension's workspaceState under. */
const EXTENSION_ID = (({ publisher, name }) => `${publisher}.${name}`)(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')));
runWorkbenchTest({ name: 'workbench', steps });

async function steps(page, { check, shot, stateDir }) {
  const editor = page.locator('.editor-instance .monaco-editor').first();

  await checkFixtureLinted(page, { check });

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
    await quickOpen(page, STRUCTURED_DOCUMENT);
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

  await check('"Tradeoff: Start Mock Interview" opens the panel; an answer sent with Ctrl+Enter gets a follow-up', async () => {
    await quickOpen(page, DOCUMENT);
    await editor.locator('.view-lines', { hasText: 'Design a notification service' }).waitFor();
    await runCommand(page, 'Tradeoff: Start Mock Interview');
    // Source (this document), persona, level, length: the defaults, with Enter, as a keyboard user would.
    for (const title of ['what about?', 'Interviewer persona', 'Level you are interviewing for', 'Session length']) {
      await page.locator('.quick-input-widget', { hasText: title }).first().waitFor();
      await page.keyboard.press('Enter');
    }
    const frame = await webviewFrameWith(page, '#transcript');
    await frame.locator('#transcript .turn').first().waitFor();
    const before = await frame.locator('#transcript .turn').count();
    await frame.locator('#answer').fill('We would add more workers and it will be fine.');
    await frame.locator('#answer').press('Control+Enter');
    await frame.locator('#transcript .turn').nth(before + 1).waitFor();
  });
  await shot(page, 'interview-panel-vscode', { readme: true });

  await check('after a window reload the interview panel is back: same question and answer, the clock, a working answer box', async () => {
    const before = await webviewFrameWith(page, '#transcript .turn--candidate');
    // A user reloads once the follow-up has arrived.
    await before.locator('#transcript[aria-busy="false"]').waitFor();
    const shownSeconds = seconds(await before.locator('#clock-elapsed').innerText());
    const tab = (await page.locator('.tabs-container .tab', { hasText: 'Interview:' }).first().innerText()).trim();
    const question = await before.locator('#transcript .turn--interviewer .turn-text').first().innerText();
    const answer = await before.locator('#transcript .turn--candidate .turn-text').first().innerText();
    const turns = await before.locator('#transcript .turn').count();
    await windowStateSaved(page, turns);
    // A browser reload reloads VS Code's window: a new workbench and extension host; the panel must be revived.
    await page.reload();
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.tabs-container .tab', { hasText: tab }).first().waitFor();
    const frame = await webviewFrameWith(page, '#transcript .turn--candidate', 60_000);
    await textBecomes(frame.locator('#transcript .turn--interviewer .turn-text').first(), question, 'the first question');
    await textBecomes(frame.locator('#transcript .turn--candidate .turn-text').first(), answer, 'the answer');
    // The restored clock: the chosen length, a phase with its time left, and no restart from 00:00 (a second of slack
    // for the tick the panel showed after the last save).
    await textBecomes(frame.locator('#clock-total'), '30:00', 'the session length');
    const phase = await frame.locator('#clock-phase').innerText();
    if (!/^(Clarify|Deep dive|Pressure|Wrap-up) · \d\d:\d\d left$/.test(phase)) throw new Error(`unexpected clock phase: "${phase}"`);
    const restoredSeconds = seconds(await frame.locator('#clock-elapsed').innerText());
    if (restoredSeconds < shownSeconds - 1) throw new Error(`the clock went back from ${shownSeconds} s to ${restoredSeconds} s`);
    // The answer box talks to the revived session: a new answer gets a new interviewer turn.
    const count = await frame.locator('#transcript .turn').count();
    await frame.locator('#answer').fill('Workers pull from a queue; we watch queue depth and p99 delivery latency.');
    await frame.locator('#answer').press('Control+Enter');
    await frame.locator('#transcript .turn').nth(count).and(frame.locator('.turn--candidate')).waitFor();
    await frame.locator('#transcript .turn').nth(count + 1).and(frame.locator('.turn--interviewer:not(.is-empty)')).waitFor();
  });
  await shot(page, 'interview-after-reload');

  await check('a closed interview comes back from "Resume the last interview", the first choice of Start Mock Interview', async () => {
    const before = await webviewFrameWith(page, '#transcript .turn--candidate');
    await before.locator('#transcript[aria-busy="false"]').waitFor();
    const answers = await before.locator('#transcript .turn--candidate .turn-text').allInnerTexts();
    const tab = page.locator('.tabs-container .tab', { hasText: 'Interview:' }).first();
    await tab.hover();
    await tab.locator('.tab-actions .action-label').first().click();
    await page.locator('.tabs-container .tab', { hasText: 'Interview:' }).waitFor({ state: 'detached' });
    await runCommand(page, 'Tradeoff: Start Mock Interview');
    const first = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
    await first.filter({ hasText: 'Resume the last interview' }).waitFor();
    await page.keyboard.press('Enter');
    const frame = await webviewFrameWith(page, '#transcript .turn--candidate', 30_000);
    const after = await frame.locator('#transcript .turn--candidate .turn-text').allInnerTexts();
    if (JSON.stringify(after) !== JSON.stringify(answers)) throw new Error(`resumed with other answers: ${JSON.stringify(after)} (was ${JSON.stringify(answers)})`);
  });

  await check('a crashed language server is restarted with a notice', async () => {
    const [pid] = tradeoffServerPids(stateDir);
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
function tradeoffServerPids(stateDir) {
  const table = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const roots = [stateDir, ROOT];
  return table
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .filter((m) => m && /dist\/server\.js/.test(m[2]) && /--node-ipc|--clientProcessId/.test(m[2]) && roots.some((r) => m[2].includes(r)))
    .map((m) => Number(m[1]));
}

/** The webview frame (webviews are nested iframes) that has an element matching `selector`. */
async function webviewFrameWith(page, selector, timeoutMs = 20_000) {
  for (let i = 0; i < timeoutMs / 200; i++) {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no webview frame has ${selector}`);
}

/** Waits until `locator`'s text is exactly `expected` (the panel may render its saved state before the host's). */
async function textBecomes(locator, expected, what) {
  let actual;
  for (let i = 0; i < 50; i++) {
    actual = await locator.innerText().catch(() => undefined);
    if (actual === expected) return;
    await locator.page().waitForTimeout(200);
  }
  throw new Error(`${what} is ${actual === undefined ? 'not shown' : `"${actual}"`}, expected "${expected}"`);
}

/** "mm:ss" (the panel's clock) in seconds. */
function seconds(clock) {
  const m = /^(\d+):(\d\d)$/.exec(clock.trim());
  if (!m) throw new Error(`unexpected clock text: "${clock}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Waits until the workbench's saved state (its IndexedDB, what a browser reload starts from) holds the interview
 * panel in the editor layout and the extension's stored interview with `turns` turns. VS Code in the browser saves
 * the layout every 5 s and only tries on unload (Developer: Reload Window waits for the save), so a reload sooner
 * would test that race instead of the panel's revival.
 */
async function windowStateSaved(page, turns) {
  let saved;
  for (let i = 0; i < 150; i++) {
    saved = await page.evaluate(readSavedInterview, EXTENSION_ID).catch((err) => ({ error: String(err) }));
    if (saved.panelInLayout && saved.storedTurns >= turns) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`the window state was not saved with the interview: ${JSON.stringify(saved)}`);
}

/** In the page: whether the saved editor layout has the interview panel, and how many turns the extension stored. */
async function readSavedInterview(extensionId) {
  const databases = await indexedDB.databases();
  // The workspace's database: vscode-web-state-db-<workspace id> (the others are -global and -global-shared).
  const name = databases.map((d) => d.name).find((n) => /^vscode-web-state-db-(?!global)/.test(n));
  if (!name) return { error: 'no workspace state database' };
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const items = db.transaction('ItemTable', 'readonly').objectStore('ItemTable');
    const get = (key) => new Promise((resolve) => {
      const request = items.get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
    });
    const [layout, extensionState] = await Promise.all([get('memento/workbench.parts.editor'), get(extensionId)]);
    let storedTurns = 0;
    try {
      storedTurns = JSON.parse(extensionState)['tradeoff.interview.session'].panel.turns.length;
    } catch {
      // nothing stored yet
    }
    return { panelInLayout: typeof layout === 'string' && layout.includes('tradeoff.interview'), storedTurns };
  } finally {
    db.close();
  }
}
