// The test workspace and profile: a fresh copy of the fixture folders (tests edit files freely; the repo stays
// clean), the .code-workspace file the workbench opens, and quiet user settings. A workspace file, not a folder:
// adding a second folder to a single-folder window would reload the window and end the test run.
import { cpSync, mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { ROOT } from './e2eTools.mjs';

const FIXTURES = path.join(ROOT, 'test', 'e2e', 'fixtures');
/** Copied next to each other; only `workspace` is open at the start, `second-folder` is added by a test. */
const FOLDERS = ['workspace', 'second-folder'];

/**
 * @param {{ workspaceSettings?: Record<string, unknown>, folderSettings?: Record<string, unknown> }} [settings]  written
 *   into this copy only (the `.code-workspace` file's settings; the main folder's `.vscode/settings.json`), never the fixtures
 * @returns {{ dir: string, workspaceFile: string, mainFolder: string }}
 */
export function prepareWorkspace(stateDir, { workspaceSettings = {}, folderSettings } = {}) {
  const dir = path.join(stateDir, 'ws');
  for (const folder of FOLDERS) cpSync(path.join(FIXTURES, folder), path.join(dir, folder), { recursive: true });
  const workspaceFile = path.join(dir, 'design-answers.code-workspace');
  writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: 'workspace' }], settings: workspaceSettings }, null, 2));
  const mainFolder = path.join(dir, 'workspace');
  if (folderSettings) {
    mkdirSync(path.join(mainFolder, '.vscode'), { recursive: true });
    writeFileSync(path.join(mainFolder, '.vscode', 'settings.json'), JSON.stringify(folderSettings, null, 2));
  }
  return { dir, workspaceFile, mainFolder };
}

/** User settings for a quiet, deterministic workbench (no welcome page, no AI side bar, no telemetry). */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  // The empty chat side bar would take a third of the screenshots.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
};

/**
 * Writes the user settings of a fresh VS Code profile (code-server's or desktop VS Code's user data dir).
 * @param {Record<string, unknown>} [overrides]  replace or add to the quiet defaults (e.g. workspace trust on)
 */
export function writeUserSettings(userDataDir, overrides = {}) {
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...overrides }, null, 2));
}
