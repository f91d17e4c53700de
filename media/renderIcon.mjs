// Renders media/icon.svg to the 128 px media/icon.png the VSIX and the Marketplace show (headless Debian chromium).
import { chromium } from 'playwright-core';
import fs from 'fs';
const udd = fs.mkdtempSync('/tmp/icon-udd-');
const ctx = await chromium.launchPersistentContext(udd, { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'],
  viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
const page = ctx.pages()[0] ?? await ctx.newPage();
const svg = fs.readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
await page.setContent(`<html><body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="128" height="128"></body></html>`);
await page.screenshot({ path: new URL('./icon.png', import.meta.url).pathname, omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
await ctx.close(); fs.rmSync(udd, { recursive: true, force: true });
