// Restricted Mode, as a user sees it: code-server with workspace trust on, the installed extension, and the user
// answering "No, I don't trust the authors". Tradeoff must still lint (squiggles, Problems, score, code lenses), and
// the workspace's own `tradeoff.maxFileSize` (a restricted setting, here 100 characters) must be ignored until the
// user trusts the workspace. Saves test-results/restricted-mode*.png.
// Usage: node test/e2e/ui/restrictedMode.ui.mjs   (TRADEOFF_E2E_VSIX=tradeoff.vsix tests the installed VSIX;
// TRADEOFF_E2E_NO_BUILD=1 skips `node esbuild.js`; KEEP=1 keeps the temp dir)
import { checkFixtureLinted, runWorkbenchTest } from './uiRun.mjs';

/** Far below the document's size: applied, it would replace every finding with one "skipped" notice. */
const UNTRUSTED_MAX_FILE_SIZE = 100;
const SKIPPED_MESSAGE = 'Tradeoff skipped this file';
/** Words of the fixture's diagnostics, as the Problems panel shows them. */
const QUEUE_MESSAGE = 'is introduced without backlog';
const EVENTUAL_MESSAGE = 'without what users see while data is stale';
const DISTRUST = "No, I don't trust the authors";

// In both places a cloned repository could carry it: the workspace file and the folder's .vscode/settings.json.
const untrustedSettings = { 'tradeoff.maxFileSize': UNTRUSTED_MAX_FILE_SIZE };
runWorkbenchTest({
  name: 'restricted',
  workspace: { workspaceSettings: untrustedSettings, folderSettings: untrustedSettings },
  codeServer: { workspaceTrust: true },
  steps,
});

async function steps(page, { check, shot }) {
  const problems = page.locator('.markers-panel');

  await check('VS Code asks whether to trust the authors; the user does not', async () => {
    await page.locator('.monaco-dialog-box', { hasText: 'trust the authors' }).waitFor();
    await shot(page, 'restricted-mode-prompt');
    await page.locator('.monaco-dialog-box .monaco-button', { hasText: DISTRUST }).click();
    await page.locator('.monaco-dialog-box').waitFor({ state: 'detached' });
  });

  await check('the workbench shows Restricted Mode (status bar and banner)', async () => {
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
    await page.locator('.part.banner', { hasText: 'Restricted Mode' }).waitFor();
  });

  await checkFixtureLinted(page, { check });

  await check(`the Problems panel lists the findings, not a "skipped" notice (workspace maxFileSize ${UNTRUSTED_MAX_FILE_SIZE} ignored)`, async () => {
    await page.keyboard.press('Control+Shift+M');
    await problems.locator('.monaco-list-row', { hasText: QUEUE_MESSAGE }).first().waitFor();
    await problems.locator('.monaco-list-row', { hasText: EVENTUAL_MESSAGE }).first().waitFor();
    const skipped = await problems.locator('.monaco-list-row', { hasText: SKIPPED_MESSAGE }).count();
    if (skipped) throw new Error(`the Problems panel shows ${skipped} "${SKIPPED_MESSAGE}" row(s)`);
  });
  await shot(page, 'restricted-mode');

  // The control: the same workspace value, once trusted, does apply, so the check above could fail.
  await check('trusting the workspace applies its maxFileSize: the document is skipped', async () => {
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().click();
    const trustEditor = page.locator('.workspace-trust-editor');
    await trustEditor.locator('.monaco-button', { hasText: /^Trust$/ }).first().click();
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ state: 'detached' });
    await problems.locator('.monaco-list-row', { hasText: SKIPPED_MESSAGE }).first().waitFor();
    const findings = await problems.locator('.monaco-list-row', { hasText: QUEUE_MESSAGE }).count();
    if (findings) throw new Error('the findings stayed next to the "skipped" notice');
    // The trust editor opens as a modal over the workbench: close it so the screenshot shows the Problems panel.
    await page.locator('.monaco-modal-editor-block [aria-label^="Close Modal Editor"]').click();
    await trustEditor.waitFor({ state: 'detached' });
  });
  await shot(page, 'restricted-mode-trusted');
}
