// The mock interview panel as a user sees it, without VS Code: the HTML from panelHtml() (with its real CSP),
// media/interview/panel.js and panel.css in headless Debian chromium, a stand-in for the extension host (an
// acquireVsCodeApi stub that records what the webview posts, and window.postMessage of HostMessages) and VS Code's
// theme variables set the way VS Code sets them (CSSOM on <html>). Saves test-results/interview-panel*.png.
// Usage: node test/e2e/ui/interviewPanel.ui.mjs   (needs only chromium: `bash .ci/install-e2e` installs it)
import { strict as assert } from 'assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { build } from 'esbuild';
import { launchBrowser } from '../browser.mjs';
import { ROOT, TOOLS } from '../e2eTools.mjs';

const HARD_TIMEOUT_MS = Number(process.env.TRADEOFF_E2E_TIMEOUT_MS) || 3 * 60_000;
const STEP_TIMEOUT_MS = 10_000;
const RESULTS = path.join(ROOT, 'test-results');
/** Routed by the test, never resolved on the network: the webview's resource origin (its `cspSource`). */
const ORIGIN = 'https://panel.test';
const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY3OA==';
const PANEL_FILES = {
  '/media/interview/panel.js': { file: 'media/interview/panel.js', type: 'text/javascript' },
  '/media/interview/panel.css': { file: 'media/interview/panel.css', type: 'text/css' },
};
const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">';
const PAYLOAD_SCRIPT = '<script>window.__pwned=2</script>';
const PAYLOAD = `Try this: ${PAYLOAD_IMG} and ${PAYLOAD_SCRIPT} — what breaks?`;

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const results = [];

/** Runs one check; a failure is recorded and the next checks still run (their screenshots help). */
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`${elapsed()} ✔ ${name}`);
  } catch (err) {
    results.push({ name, ok: false });
    console.log(`${elapsed()} ✘ ${name}\n    ${String(err.message ?? err).split("\n").slice(0, 30).join('\n    ')}`);
  }
}

async function shot(page, name) {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
}

// ---- VS Code theme variables (values from Dark Modern, Light Modern, Dark High Contrast) ----------------------

const FONTS = {
  '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-editor-font-family': '"Droid Sans Mono", "DejaVu Sans Mono", monospace',
  '--vscode-editor-font-size': '14px',
};
const THEMES = {
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      foreground: '#cccccc', descriptionForeground: '#9d9d9d', 'editor-background': '#1f1f1f', 'editorWidget-background': '#202020',
      'widget-border': '#313131', 'panel-border': '#2b2b2b', focusBorder: '#0078d4', errorForeground: '#f85149',
      'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-hoverBackground': '#026ec1', 'button-border': '#ffffff12',
      'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'button-secondaryHoverBackground': '#3c3c3c',
      'input-background': '#313131', 'input-foreground': '#cccccc', 'input-border': '#3c3c3c', 'input-placeholderForeground': '#989898',
      'textLink-foreground': '#4daafc', 'textLink-activeForeground': '#4daafc', 'editorWarning-foreground': '#cca700',
      'editorInfo-foreground': '#3794ff', 'charts-green': '#89d185', 'badge-background': '#616161', 'badge-foreground': '#f8f8f8',
      'inputValidation-infoBackground': '#063b49', 'inputValidation-infoBorder': '#007acc', 'inputValidation-warningBackground': '#352a05',
      'inputValidation-warningBorder': '#b89500', 'inputValidation-errorBackground': '#5a1d1d', 'inputValidation-errorBorder': '#be1100',
      'textCodeBlock-background': '#2b2b2b', 'textBlockQuote-background': '#2b2b2b', 'textBlockQuote-border': '#616161',
      'progressBar-background': '#0078d4', 'editorCursor-foreground': '#aeafad', 'toolbar-hoverBackground': '#5a5d5e50',
    },
  },
  light: {
    bodyClass: 'vscode-light',
    vars: {
      foreground: '#3b3b3b', descriptionForeground: '#616161', 'editor-background': '#ffffff', 'editorWidget-background': '#f8f8f8',
      'widget-border': '#e5e5e5', 'panel-border': '#e5e5e5', focusBorder: '#005fb8', errorForeground: '#a1260d',
      'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-hoverBackground': '#0258a8', 'button-border': '#0000001a',
      'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b', 'button-secondaryHoverBackground': '#cccccc',
      'input-background': '#ffffff', 'input-foreground': '#3b3b3b', 'input-border': '#cecece', 'input-placeholderForeground': '#767676',
      'textLink-foreground': '#005fb8', 'textLink-activeForeground': '#005fb8', 'editorWarning-foreground': '#bf8803',
      'editorInfo-foreground': '#1a85ff', 'charts-green': '#388a34', 'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b',
      'inputValidation-infoBackground': '#d6ecf2', 'inputValidation-infoBorder': '#007acc', 'inputValidation-warningBackground': '#f6f5d2',
      'inputValidation-warningBorder': '#b89500', 'inputValidation-errorBackground': '#f2dede', 'inputValidation-errorBorder': '#be1100',
      'textCodeBlock-background': '#f0f0f0', 'textBlockQuote-background': '#f8f8f8', 'textBlockQuote-border': '#e5e5e5',
      'progressBar-background': '#005fb8', 'editorCursor-foreground': '#000000', 'toolbar-hoverBackground': '#b8b8b850',
    },
  },
  'high-contrast': {
    bodyClass: 'vscode-high-contrast',
    vars: {
      foreground: '#ffffff', descriptionForeground: '#ffffffb3', 'editor-background': '#000000', 'editorWidget-background': '#0c141f',
      'widget-border': '#6fc3df', 'panel-border': '#6fc3df', focusBorder: '#f38518', errorForeground: '#f48771',
      contrastBorder: '#6fc3df', contrastActiveBorder: '#f38518',
      'button-background': '#000000', 'button-foreground': '#ffffff', 'button-hoverBackground': '#000000', 'button-border': '#6fc3df',
      'button-secondaryBackground': '#000000', 'button-secondaryForeground': '#ffffff', 'button-secondaryHoverBackground': '#000000',
      'input-background': '#000000', 'input-foreground': '#ffffff', 'input-border': '#6fc3df', 'input-placeholderForeground': '#ffffffb3',
      'textLink-foreground': '#21a6ff', 'textLink-activeForeground': '#21a6ff', 'editorWarning-foreground': '#ffd370',
      'editorInfo-foreground': '#59a4f9', 'charts-green': '#89d185', 'badge-background': '#000000', 'badge-foreground': '#ffffff',
      'inputValidation-infoBackground': '#000000', 'inputValidation-infoBorder': '#6fc3df', 'inputValidation-warningBackground': '#000000',
      'inputValidation-warningBorder': '#6fc3df', 'inputValidation-errorBackground': '#000000', 'inputValidation-errorBorder': '#6fc3df',
      'textCodeBlock-background': '#000000', 'textBlockQuote-background': '#000000', 'textBlockQuote-border': '#ffffff',
      'progressBar-background': '#6fc3df', 'editorCursor-foreground': '#ffffff', 'toolbar-hoverBackground': '#000000',
    },
  },
};

function themeVariables(name) {
  const { bodyClass, vars } = THEMES[name];
  return { bodyClass, vars: { ...FONTS, ...Object.fromEntries(Object.entries(vars).map(([k, v]) => [`--vscode-${k}`, v])) } };
}

// ---- The host stand-in, installed before panel.js runs -----------------------------------------------------------

/** Runs in the page: the acquireVsCodeApi stub (once only, like VS Code), the theme, and the CSP listener. */
function installHostStub({ theme, saved }) {
  window.__posted = [];
  window.__csp = [];
  window.__savedState = saved ?? undefined;
  let acquired = false;
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi may only be called once');
    acquired = true;
    return Object.freeze({
      postMessage: (message) => window.__posted.push(JSON.parse(JSON.stringify(message))),
      getState: () => window.__savedState,
      setState: (state) => {
        window.__savedState = JSON.parse(JSON.stringify(state));
      },
    });
  };
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  // VS Code sets the theme the same way: CSSOM on <html> (allowed by the CSP) and a class on <body>.
  const apply = () => {
    for (const [name, value] of Object.entries(theme.vars)) document.documentElement.style.setProperty(name, value);
    document.body?.classList.add(theme.bodyClass);
  };
  if (document.documentElement) apply();
  document.addEventListener('DOMContentLoaded', apply);
}

async function panelHtmlFunction() {
  // panelHtml.ts is pure TypeScript: bundle it in memory and import it.
  const out = await build({ entryPoints: [path.join(ROOT, 'client/src/interview/panelHtml.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return module.panelHtml;
}

/** Serves the panel's files for ORIGIN and refuses everything else (the webview has no network). */
async function routePanel(context, html, unexpectedRequests) {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ORIGIN && url.pathname === '/panel.html') return route.fulfill({ body: html.withCsp, contentType: 'text/html' });
    if (url.origin === ORIGIN && url.pathname === '/panel-without-csp.html') return route.fulfill({ body: html.withoutCsp, contentType: 'text/html' });
    const served = url.origin === ORIGIN ? PANEL_FILES[url.pathname] : undefined;
    if (served) return route.fulfill({ body: readFileSync(path.join(ROOT, served.file)), contentType: served.type });
    if (url.pathname !== '/control-broken-image') unexpectedRequests.push(url.href);
    return route.fulfill({ status: 404, body: '' });
  });
}

async function openPanel(context, { theme = 'dark', saved, file = 'panel.html', pageErrors }) {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) pageErrors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
  await page.addInitScript(installHostStub, { theme: themeVariables(theme), saved });
  await page.goto(`${ORIGIN}/${file}`);
  await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
  return page;
}

// ---- Host messages and what the webview posted -------------------------------------------------------------------

async function host(page, ...messages) {
  await page.evaluate((list) => list.forEach((m) => window.postMessage(m, '*')), messages);
  // Messages are dispatched as tasks: a round trip through one more task lets them all land before asserting.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function clearPosted(page) {
  await page.evaluate(() => {
    window.__posted.length = 0;
  });
}

async function posted(page) {
  return page.evaluate(() => window.__posted);
}

async function expectPosted(page, expected) {
  await page.waitForFunction((n) => window.__posted.length >= n, expected.length);
  assert.deepEqual(await posted(page), expected);
}

// ---- Fixtures -----------------------------------------------------------------------------------------------------

const MINUTE = 60_000;
const OPENING = {
  id: 't1',
  role: 'interviewer',
  kind: 'question',
  text: "You wrote 'we push every notification through Kafka'. A consumer crashes halfway through a batch: what does the user see, and how many times?",
  backend: 'built-in',
  line: 11,
  quote: 'we push every notification through Kafka',
};
const FIRST_ANSWER = { id: 'c1', role: 'candidate', text: 'The consumer retries with backoff, and delivery is idempotent by notification id.' };
const STATE = {
  title: 'Mock interview: notification-service.md',
  persona: 'Stripe',
  level: 'senior',
  source: 'notification-service.md',
  turns: [OPENING, FIRST_ANSWER],
  clock: { elapsedMs: 7.5 * MINUTE, totalMs: 45 * MINUTE, phase: 'deep-dive', phaseRemainingMs: 3 * MINUTE + 12_000 },
  status: 'idle',
};
const structure = (parts) =>
  Object.fromEntries(['constraint', 'failureMode', 'mitigation', 'newCost'].map((p) => [p, parts[p] ? { present: true, quote: parts[p] } : { present: false }]));
const DEBRIEF = {
  answers: [
    {
      question: OPENING.text,
      answer: FIRST_ANSWER.text,
      verdict: {
        strong: false,
        structure: structure({ mitigation: 'retries with backoff', newCost: 'idempotent by notification id' }),
        mistakes: ['queue-without-failure-semantics'],
        stillMissing: ['what the user sees while the batch is replayed', 'poison messages'],
      },
    },
    {
      question: 'Traffic just grew 10x in one region. What breaks first?',
      answer: 'Consumer lag: p99 delivery latency passes 30 s, so we add partitions for that region; the cost is a rebalance storm while they move.',
      verdict: {
        strong: true,
        structure: structure({ constraint: 'traffic just grew 10x', failureMode: 'p99 delivery latency passes 30 s', mitigation: 'add partitions', newCost: 'a rebalance storm' }),
        mistakes: [],
        stillMissing: [],
      },
    },
  ],
  mistakes: [
    { rule: 'queue-without-failure-semantics', count: 2, example: 'we push every notification through Kafka' },
    { rule: 'missing-operational-metrics', count: 1, example: 'it scales horizontally', line: 20 },
  ],
  fixesFirst: [
    { gap: 'queue-without-failure-semantics', title: 'Say what a crashed consumer does to the user', why: 'Every follow-up on the queue went to replay and duplicates; you answered with the mechanism, not what the user sees.' },
    { gap: 'structure:failureMode', title: 'Name the failure mode before the fix', why: 'Two answers jumped to retries without saying what breaks first.', line: 14 },
  ],
  signal: { score: 58, label: 'mid', reasons: ['Mitigations came with their costs', 'The first answer never said what the user sees'] },
  unprobed: ['missing-rollout-path'],
};

// ---- The checks ---------------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(TOOLS.chromium)) {
    console.error(`ui: chromium not found at ${TOOLS.chromium}; run \`bash .ci/install-e2e\` first`);
    process.exit(1);
  }
  const panelHtml = await panelHtmlFunction();
  const options = { nonce: NONCE, cspSource: ORIGIN, scriptUri: `${ORIGIN}/media/interview/panel.js`, styleUri: `${ORIGIN}/media/interview/panel.css`, title: 'Mock interview' };
  const withCsp = panelHtml(options);
  const withoutCsp = withCsp.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  assert.notEqual(withoutCsp, withCsp);

  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'tradeoff-ui-interview-'));
  const { context, page: blank } = await launchBrowser(stateDir, { width: 900, height: 760 });
  const pageErrors = [];
  const unexpectedRequests = [];
  try {
    await routePanel(context, { withCsp, withoutCsp }, unexpectedRequests);
    await blank.close();
    const page = await openPanel(context, { pageErrors });
    let savedMidSession;
    await session(page, (saved) => (savedMidSession = saved));
    await restore(context, savedMidSession, pageErrors);
    await themes(context, pageErrors);
    await check('no CSP violation, no console error, no request beyond the panel files', async () => {
      const violations = await page.evaluate(() => window.__csp);
      assert.deepEqual(violations, [], 'securitypolicyviolation events');
      assert.deepEqual(pageErrors, [], 'console errors / page errors');
      assert.deepEqual(unexpectedRequests, [], 'requests');
    });
    await inertWithoutCsp(context);
  } finally {
    await context.close().catch(() => {});
    rmSync(stateDir, { recursive: true, force: true });
  }
}

async function session(page, keepSavedState) {
  const transcript = page.locator('#transcript');
  const turns = transcript.locator('article.turn');
  const thinking = page.locator('#thinking');
  const answer = page.locator('#answer');
  const button = (id) => page.locator(`#${id}`);

  await check('posts ready on load, then renders the host state: title, persona, turns, clock and phase', async () => {
    assert.deepEqual((await posted(page)).map((m) => m.type), ['ready']);
    await host(page, { type: 'state', state: STATE });
    assert.equal(await page.locator('#title').textContent(), STATE.title);
    assert.equal(await page.title(), STATE.title);
    assert.equal(await page.locator('#meta').textContent(), 'Persona Stripe · Level senior · Source notification-service.md');
    assert.equal(await turns.count(), 2);
    assert.equal(await turns.nth(0).locator('.turn-text').textContent(), OPENING.text);
    assert.equal(await turns.nth(0).locator('.badge').textContent(), 'Question');
    assert.equal(await turns.nth(1).locator('.turn-who').textContent(), 'You');
    assert.equal(await page.locator('.clock-times').textContent(), '07:30 / 45:00');
    assert.equal(await page.locator('#clock-phase').textContent(), 'Deep dive · 03:12 left');
    assert.equal(await button('stop').isDisabled(), true, 'Stop is disabled while nothing streams');
    assert.equal(await button('send').isDisabled(), true, 'Send is disabled with an empty answer');
    assert.equal(await button('export').isVisible(), false, 'Export waits for the debrief');
  });

  await check('the clock follows the host, and warns in the phase\'s last minute', async () => {
    await host(page, { type: 'clock', clock: { elapsedMs: 41 * MINUTE + 5_000, totalMs: 45 * MINUTE, phase: 'pressure', phaseRemainingMs: 50_000 } });
    assert.equal(await page.locator('.clock-times').textContent(), '41:05 / 45:00');
    assert.equal(await page.locator('#clock-phase').textContent(), 'Pressure · 00:50 left');
    assert.match(await page.locator('#clock').getAttribute('class'), /is-urgent/);
    await host(page, { type: 'clock', clock: STATE.clock });
    assert.doesNotMatch(await page.locator('#clock').getAttribute('class'), /is-urgent/);
  });

  await check('a turn streams in chunks after a thinking indicator; Send is off and Stop on meanwhile', async () => {
    await host(page, { type: 'status', status: 'thinking' });
    await thinking.waitFor({ state: 'visible' });
    assert.equal(await button('send').isDisabled(), true);
    assert.equal(await button('stop').isDisabled(), false);
    // The host's order: status streaming, turnStart, chunks, turnEnd, status idle.
    await host(page, { type: 'status', status: 'streaming' }, { type: 'turnStart', id: 't2', kind: 'follow-up', backend: 'openai:gpt-4o-mini' });
    assert.equal(await thinking.isVisible(), true, 'still thinking before the first chunk');
    const streamed = transcript.locator('[data-turn-id="t2"]');
    const chunks = ['And when the retry', ' succeeds twice, ', 'what does the user get?'];
    let text = '';
    for (const chunk of chunks) {
      await host(page, { type: 'turnChunk', id: 't2', text: chunk });
      text += chunk;
      assert.equal(await streamed.locator('.turn-text').textContent(), text);
      assert.equal(await thinking.isVisible(), false);
    }
    assert.match(await streamed.getAttribute('class'), /is-streaming/);
    assert.equal(await streamed.locator('.badge').textContent(), 'Follow-up');
    assert.equal(await streamed.locator('.turn-backend').textContent(), 'openai:gpt-4o-mini');
    await shot(page, 'interview-panel-streaming');
    await host(page, { type: 'turnEnd', turn: { id: 't2', role: 'interviewer', kind: 'follow-up', text, backend: 'openai:gpt-4o-mini' } }, { type: 'status', status: 'idle' });
    assert.doesNotMatch(await streamed.getAttribute('class'), /is-streaming/);
    assert.equal(await button('stop').isDisabled(), true);
    assert.equal(await turns.count(), 3);
  });

  await check('Stop and Escape during a stream post stop; the turn that fell back shows why', async () => {
    await host(page, { type: 'turnStart', id: 't3', kind: 'follow-up', backend: 'openai:gpt-4o-mini' }, { type: 'turnChunk', id: 't3', text: 'What does the caller' });
    await clearPosted(page);
    await button('stop').click();
    await expectPosted(page, [{ type: 'stop' }]);
    await answer.focus();
    await page.keyboard.press('Escape');
    await expectPosted(page, [{ type: 'stop' }, { type: 'stop' }]);
    const reason = 'The model endpoint answered 429 Too Many Requests twice; the built-in interviewer asked instead.';
    await host(
      page,
      { type: 'turnEnd', turn: { id: 't3', role: 'interviewer', kind: 'follow-up', text: 'What does the caller see when the retry succeeds twice?', backend: 'built-in', fallbackReason: reason } },
      { type: 'status', status: 'idle' },
    );
    const fallback = transcript.locator('[data-turn-id="t3"] .turn-fallback');
    assert.equal(await fallback.textContent(), `Built-in interviewer used: ${reason}`);
    await clearPosted(page);
    await page.keyboard.press('Escape');
    assert.deepEqual(await posted(page), [], 'Escape posts nothing when nothing streams');
  });

  await check('Enter makes a new line; Ctrl+Enter sends the answer once; the host echoes it', async () => {
    await clearPosted(page);
    await answer.click();
    await page.keyboard.type('Each notification carries an id;');
    await page.keyboard.press('Enter');
    await page.keyboard.type('the second delivery is dropped by the dedupe table.');
    assert.equal(await answer.inputValue(), 'Each notification carries an id;\nthe second delivery is dropped by the dedupe table.');
    assert.deepEqual(await posted(page), [], 'Enter does not send');
    assert.equal(await button('send').isDisabled(), false);
    await page.keyboard.press('Control+Enter');
    await expectPosted(page, [{ type: 'answer', text: 'Each notification carries an id;\nthe second delivery is dropped by the dedupe table.' }]);
    assert.equal(await answer.inputValue(), '');
    assert.equal(await button('send').isDisabled(), true, 'no second send while the host answers');
    await page.keyboard.type('again');
    await page.keyboard.press('Control+Enter');
    assert.equal((await posted(page)).length, 1, 'Ctrl+Enter while the interviewer is busy sends nothing');
    await answer.fill('');
    await host(page, { type: 'candidate', turn: { id: 'c2', role: 'candidate', text: 'Each notification carries an id;\nthe second delivery is dropped by the dedupe table.' } });
    assert.equal(await transcript.locator('[data-turn-id="c2"] .turn-text').textContent(), 'Each notification carries an id;\nthe second delivery is dropped by the dedupe table.');
    await host(page, { type: 'status', status: 'idle' });
  });

  await check('Cmd+Enter sends too; Hint and Skip post their messages', async () => {
    await clearPosted(page);
    await answer.fill('A short answer.');
    await answer.press('Meta+Enter');
    await host(page, { type: 'status', status: 'idle' });
    await button('hint').click();
    await host(page, { type: 'status', status: 'idle' });
    await button('skip').click();
    await expectPosted(page, [{ type: 'answer', text: 'A short answer.' }, { type: 'hint' }, { type: 'skip' }]);
    assert.equal(await button('hint').isDisabled(), true, 'Hint waits for the host once asked');
    await host(page, { type: 'status', status: 'idle' });
  });

  await check('an interruption and a requirement change show their kind', async () => {
    await host(
      page,
      { type: 'turnStart', id: 't4', kind: 'interruption', backend: 'built-in' },
      { type: 'turnChunk', id: 't4', text: "Let me stop you there: 120 words and no constraint yet. What's the one thing that limits this design?" },
      { type: 'turnEnd', turn: { id: 't4', role: 'interviewer', kind: 'interruption', text: "Let me stop you there: 120 words and no constraint yet. What's the one thing that limits this design?", backend: 'built-in' } },
      { type: 'turnStart', id: 't5', kind: 'requirement-change', backend: 'built-in' },
      { type: 'turnEnd', turn: { id: 't5', role: 'interviewer', kind: 'requirement-change', text: 'New requirement: traffic just grew 10x in one region. What breaks first?', backend: 'built-in' } },
      { type: 'status', status: 'idle' },
    );
    const interruption = transcript.locator('[data-turn-id="t4"]');
    assert.match(await interruption.getAttribute('class'), /turn--interruption/);
    assert.equal(await interruption.locator('.badge').textContent(), 'Interruption');
    const change = transcript.locator('[data-turn-id="t5"]');
    assert.equal(await change.locator('.badge').textContent(), 'Requirement change');
    assert.equal(await change.locator('.turn-text').textContent(), 'New requirement: traffic just grew 10x in one region. What breaks first?');
    const gap = await page.locator('#scroller').evaluate((s) => s.scrollHeight - s.scrollTop - s.clientHeight);
    assert.ok(gap <= 1, `the transcript stays pinned to the newest turn (${gap}px below the view)`);
  });

  await check('a line link in a turn posts openLine with the 0-based line', async () => {
    await clearPosted(page);
    const link = transcript.locator('[data-turn-id="t1"] button', { hasText: 'line 12' });
    await link.click();
    await expectPosted(page, [{ type: 'openLine', line: 11 }]);
  });

  await check('keyboard: Tab moves from the answer to Send, focus is visible, buttons have names', async () => {
    await answer.fill('Draft: partitions by region, p99 lag alarm at 30 s');
    await answer.focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'send');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused button shows an outline');
    for (const id of ['send', 'stop', 'hint', 'skip', 'end']) assert.ok((await button(id).textContent()).trim(), id);
    assert.equal(await page.locator('label[for="answer"]').textContent(), 'Your answer');
    assert.equal(await transcript.getAttribute('aria-live'), 'polite');
    // The line-link click above scrolled the transcript up (so new turns no longer pin it): back to the latest.
    await page.locator('#scroller').evaluate((scroller) => (scroller.scrollTop = scroller.scrollHeight));
    await shot(page, 'interview-panel');
    // The draft is part of the saved state (hide/show keeps it): wait for the coalesced save.
    await page.waitForFunction(() => window.__savedState?.draft === 'Draft: partitions by region, p99 lag alarm at 30 s');
    keepSavedState(await page.evaluate(() => window.__savedState));
  });

  await check('a model message with <img onerror> and <script> stays inert, visible text', async () => {
    const [a, b] = [PAYLOAD.slice(0, 17), PAYLOAD.slice(17)]; // split inside the <img tag
    await host(
      page,
      { type: 'turnStart', id: 'evil', kind: 'question', backend: `openai:${PAYLOAD_IMG}` },
      { type: 'turnChunk', id: 'evil', text: a },
      { type: 'turnChunk', id: 'evil', text: b },
    );
    const evil = transcript.locator('[data-turn-id="evil"]');
    assert.equal(await evil.locator('.turn-text').textContent(), PAYLOAD);
    await host(
      page,
      { type: 'turnEnd', turn: { id: 'evil', role: 'interviewer', kind: 'question', text: PAYLOAD, backend: 'built-in', fallbackReason: PAYLOAD_SCRIPT, line: 3, quote: PAYLOAD_IMG } },
      { type: 'candidate', turn: { id: 'evil-answer', role: 'candidate', text: PAYLOAD } },
      { type: 'notice', notice: { level: 'warning', text: PAYLOAD } },
      { type: 'status', status: 'idle' },
    );
    assert.equal(await evil.locator('.turn-text').textContent(), PAYLOAD);
    assert.equal(await evil.locator('.turn-text').innerText(), PAYLOAD, 'the literal text is what shows');
    await evil.getByText(PAYLOAD_IMG, { exact: false }).first().waitFor({ state: 'visible' });
    assert.equal(await transcript.locator('[data-turn-id="evil-answer"] .turn-text').innerText(), PAYLOAD);
    assert.equal(await page.locator('#notice .notice-text').innerText(), `Warning: ${PAYLOAD}`);
    const counts = await page.evaluate(() => ({ img: document.querySelectorAll('img').length, script: document.querySelectorAll('script').length }));
    assert.deepEqual(counts, { img: 0, script: 1 }, 'no element came from the payload');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await shot(page, 'interview-panel-inert');
    await host(page, { type: 'notice', notice: null });
  });

  await check('End & debrief posts end; the debrief renders its parts, links and Export', async () => {
    await clearPosted(page);
    await button('end').click();
    await expectPosted(page, [{ type: 'end' }]);
    await host(page, { type: 'status', status: 'ended' }, { type: 'debrief', debrief: DEBRIEF });
    const debrief = page.locator('#debrief');
    await debrief.waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'debrief-title', 'focus moves to the debrief');
    assert.equal(await debrief.locator('.signal-number').textContent(), '58');
    assert.equal(await debrief.locator('.signal-label').textContent(), 'Seniority signal: reads as mid');
    assert.deepEqual(await debrief.locator('.signal-reasons li').allTextContents(), DEBRIEF.signal.reasons);
    assert.deepEqual(await debrief.locator('.fixes .fix-title strong').allTextContents(), DEBRIEF.fixesFirst.map((f) => f.title));
    assert.deepEqual(await debrief.locator('.fixes .fix-why').allTextContents(), DEBRIEF.fixesFirst.map((f) => f.why));
    const cards = debrief.locator('.debrief-answer');
    assert.equal(await cards.count(), 2);
    const parts = await cards.nth(0).locator('.part').evaluateAll((rows) => rows.map((row) => [row.querySelector('dt').textContent, row.querySelector('dd').textContent]));
    assert.deepEqual(parts, [
      ['Constraint', '✗ missing'],
      ['Failure mode', '✗ missing'],
      ['Primary mitigation', '✓ found retries with backoff'],
      ['New cost', '✓ found idempotent by notification id'],
    ]);
    assert.equal(await cards.nth(0).locator('.verdict').textContent(), 'needs work');
    assert.equal(await cards.nth(1).locator('.verdict').textContent(), 'strong');
    assert.equal(await cards.nth(0).locator('.debrief-missing').textContent(), 'Still missing: what the user sees while the batch is replayed; poison messages');
    assert.deepEqual(await debrief.locator('.mistake .rule-id').allTextContents(), ['queue-without-failure-semantics', 'missing-operational-metrics']);
    assert.deepEqual(await debrief.locator('.unprobed .rule-id').allTextContents(), ['missing-rollout-path']);
    // Links back to the document: the first answer's question (found through its turn), a mistake's and a fix's line.
    assert.deepEqual(await cards.nth(0).locator('.debrief-question button').allTextContents(), ['line 12']);
    await clearPosted(page);
    await debrief.locator('.mistake button', { hasText: 'line 21' }).click();
    await debrief.locator('.fix button', { hasText: 'line 15' }).click();
    await cards.nth(0).locator('.debrief-question button').click();
    await expectPosted(page, [{ type: 'openLine', line: 20 }, { type: 'openLine', line: 14 }, { type: 'openLine', line: 11 }]);
    for (const id of ['send', 'hint', 'skip', 'end', 'stop']) {
      assert.equal(await button(id).isDisabled(), true, `${id} is off once ended`);
      assert.equal(await button(id).isVisible(), false, `${id} is gone once ended`);
    }
    assert.equal(await answer.isVisible(), false, 'no answer box once ended');
    assert.equal(await page.locator('#clock-phase').textContent(), 'Interview ended');
    await clearPosted(page);
    await button('export').click();
    await expectPosted(page, [{ type: 'export' }]);
    await page.setViewportSize({ width: 900, height: 1500 });
    await page.locator('#debrief-title').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('debrief-title').scrollIntoView({ block: 'start' }));
    await shot(page, 'interview-panel-debrief');
    await page.setViewportSize({ width: 900, height: 760 });
  });
}

async function restore(context, saved, pageErrors) {
  await check('a reloaded panel renders the saved state (draft included) at once, posts ready, then takes the host state', async () => {
    assert.ok(saved, 'a state was saved mid-session');
    const page = await openPanel(context, { saved, pageErrors });
    try {
      assert.deepEqual((await posted(page)).map((m) => m.type), ['ready']);
      assert.equal(await page.locator('#transcript article.turn').count(), saved.turns.length);
      assert.equal(await page.locator('#title').textContent(), STATE.title);
      assert.equal(await page.locator('#answer').inputValue(), 'Draft: partitions by region, p99 lag alarm at 30 s');
      assert.equal(await page.locator('[data-turn-id="t5"] .badge').textContent(), 'Requirement change');
      await host(page, { type: 'state', state: { ...STATE, title: 'Mock interview: fresh from the host', turns: [OPENING] } });
      assert.equal(await page.locator('#title').textContent(), 'Mock interview: fresh from the host');
      assert.equal(await page.locator('#transcript article.turn').count(), 1);
    } finally {
      await page.close();
    }
  });
}

async function themes(context, pageErrors) {
  for (const theme of ['light', 'high-contrast']) {
    await check(`readable in the ${theme} theme (screenshot)`, async () => {
      const page = await openPanel(context, { theme, pageErrors });
      try {
        const turns = [
          OPENING,
          FIRST_ANSWER,
          { id: 't4', role: 'interviewer', kind: 'interruption', text: "Let me stop you there: what's the constraint?", backend: 'built-in' },
          { id: 't5', role: 'interviewer', kind: 'follow-up', text: 'What does the caller see when the retry succeeds twice?', backend: 'built-in', fallbackReason: 'The model endpoint timed out after 20 s.' },
        ];
        await host(page, { type: 'state', state: { ...STATE, turns, notice: { level: 'info', text: 'Using the built-in interviewer (no API key set).' } } });
        await page.locator('#answer').fill('The constraint is the per-user send rate.');
        const colours = await page.evaluate(() => {
          const body = getComputedStyle(document.body);
          return { fg: body.color, bg: body.backgroundColor };
        });
        assert.notEqual(colours.fg, colours.bg);
        assert.notEqual(colours.bg, 'rgba(0, 0, 0, 0)', 'the theme background applies');
        await shot(page, `interview-panel-${theme}`);
      } finally {
        await page.close();
      }
    });
  }
  await check('panel.css colours come only from --vscode-* variables, all of which the test themes set', async () => {
    const css = readFileSync(path.join(ROOT, 'media/interview/panel.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    assert.deepEqual(css.match(/#[0-9a-f]{3,8}\b|\b(rgba?|hsla?)\(/gi) ?? [], [], 'literal colours');
    const used = new Set([...css.matchAll(/var\((--vscode-[\w-]+)/g)].map((m) => m[1]));
    for (const theme of Object.keys(THEMES)) {
      const defined = themeVariables(theme).vars;
      const optional = ['--vscode-contrastBorder', '--vscode-contrastActiveBorder']; // high-contrast themes only
      const missing = [...used].filter((v) => !(v in defined) && !optional.includes(v));
      assert.deepEqual(missing, [], `${theme} theme stub`);
    }
  });
}

/** Without the CSP, the payload must still be inert: the escaping alone holds (the CSP is the second line). */
async function inertWithoutCsp(context) {
  await check('without the CSP the payload is still inert (escaping alone holds)', async () => {
    const errors = [];
    const page = await openPanel(context, { file: 'panel-without-csp.html', pageErrors: errors });
    try {
      const debrief = {
        ...DEBRIEF,
        answers: [{ ...DEBRIEF.answers[0], question: PAYLOAD, answer: PAYLOAD }],
        mistakes: [{ rule: PAYLOAD_IMG, count: 1, example: PAYLOAD }],
        fixesFirst: [{ gap: 'x', title: PAYLOAD_IMG, why: PAYLOAD_SCRIPT }],
        signal: { score: 10, label: PAYLOAD_IMG, reasons: [PAYLOAD] },
        unprobed: [PAYLOAD],
      };
      const turn = { id: 'evil', role: 'interviewer', kind: 'question', text: PAYLOAD, backend: PAYLOAD_IMG, fallbackReason: PAYLOAD, line: 0, quote: PAYLOAD };
      await host(page, {
        type: 'state',
        state: { ...STATE, title: PAYLOAD_IMG, persona: PAYLOAD_SCRIPT, level: PAYLOAD_IMG, source: PAYLOAD, turns: [turn, { ...turn, id: 'c', role: 'candidate' }], status: 'ended', debrief, notice: { level: 'error', text: PAYLOAD } },
      });
      // The control: in this page, markup that does get parsed runs its handler (so the check below can fail).
      await page.evaluate(() => {
        const div = document.createElement('div');
        div.innerHTML = '<img src="/control-broken-image" onerror="window.__control=1">';
        document.body.append(div);
      });
      await page.waitForFunction(() => window.__control === 1);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      const counts = await page.evaluate(() => ({ img: document.querySelectorAll('.app img').length, script: document.querySelectorAll('script').length }));
      assert.deepEqual(counts, { img: 0, script: 1 });
      assert.equal(await page.locator('#title').textContent(), PAYLOAD_IMG);
      assert.equal(await page.locator('#debrief .signal-label strong').textContent(), PAYLOAD_IMG);
    } finally {
      await page.close();
    }
  });
}

const hardTimeout = setTimeout(() => {
  console.error(`ui: no result after ${HARD_TIMEOUT_MS / 1000} s; failing`);
  process.exit(1);
}, HARD_TIMEOUT_MS);

main()
  .catch((err) => {
    console.error(`ui: ${err.stack ?? err}`);
    results.push({ name: 'run', ok: false });
  })
  .then(() => {
    clearTimeout(hardTimeout);
    const failed = results.filter((r) => !r.ok);
    console.log(`${elapsed()} ui: ${results.length - failed.length} passed, ${failed.length} failed; screenshots in ${path.relative(ROOT, RESULTS)}/interview-panel*.png`);
    process.exit(failed.length === 0 && results.length > 0 ? 0 : 1);
  });
