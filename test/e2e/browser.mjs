// Headless Debian chromium (through playwright-core) on code-server's workbench, and the extension host's
// console lines, which the workbench re-logs in the page as "%c INFO", "color: ...", ...args.
import { mkdirSync } from 'fs';
import * as path from 'path';
import { format } from 'util';
import { chromium } from 'playwright-core';
import { TOOLS } from './e2eTools.mjs';

/** Workbench noise that says nothing about the extension. */
const NOISE = /AgentHost|ChatModelSelection|AccountPolicyGate|connection token|Creating a socket|grace time|builtin extensions|Service Worker|vsda/;

export async function launchBrowser(stateDir, viewport = { width: 1400, height: 900 }) {
  const profile = path.join(stateDir, 'chromium');
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: TOOLS.chromium,
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/**
 * The workbench URL opening `workspaceFile`, with the repo loaded as the extension under development (unless the
 * extension is installed from its VSIX) and,
 * with `extensionTestsPath`, the mocha suite run in the extension host (the @vscode/test-electron contract).
 */
export function workbenchUrl(codeServer, { workspaceFile, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${codeServer.authority}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '';
  return `${codeServer.baseUrl}/?workspace=${encodeURIComponent(workspaceFile)}${query}`;
}

/** Calls `onLine(text, level)` for every extension-host console line (level INFO, WARN or ERR). */
export function onExtensionHostConsole(page, onLine) {
  page.on('console', async (message) => {
    let values;
    try {
      values = await Promise.all(message.args().map((a) => a.jsonValue()));
    } catch {
      return; // the page navigated or closed meanwhile
    }
    const level = typeof values[0] === 'string' ? /^%c (INFO|ERR|WARN)/.exec(values[0])?.[1] : undefined;
    if (!level) return;
    const text = values.length > 2 ? format(...values.slice(2)) : '';
    if (!NOISE.test(text)) onLine(text, level);
  });
}
