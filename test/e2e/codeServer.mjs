// Starts code-server (VS Code 1.139 in the browser, with the real Node extension host) on a free 127.0.0.1 port,
// with every state directory inside `stateDir`, and stops it by its process group.
import { execFileSync, spawn } from 'child_process';
import { closeSync, cpSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import * as path from 'path';
import { TOOLS } from './e2eTools.mjs';
import { writeUserSettings } from './workspace.mjs';

const READY_TIMEOUT_MS = 30_000;
/** Trust on, and the trust question asked when a workspace first opens (desktop VS Code's default; code-server's is "never"). */
const TRUST_SETTINGS = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'once' };


export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ stateDir: string, env?: Record<string, string>, installVsix?: string, workspaceTrust?: boolean, testExtensions?: string[] }} options
 *   installVsix: a VSIX to install first (`code-server --install-extension`), as a user would; workspaceTrust: keep
 *   VS Code's workspace trust on (the trust prompt, Restricted Mode) instead of disabling it; testExtensions:
 *   unpacked test-only extension folders copied into this run's extensions dir (e.g. the fake chat model)
 * @returns {Promise<{ baseUrl: string, authority: string, pid: number, logFile: string, stop: () => Promise<void>, killNow: () => void }>}
 */
export async function startCodeServer({ stateDir, env = {}, installVsix, workspaceTrust = false, testExtensions = [] }) {
  const port = await freePort();
  const dirs = { userData: path.join(stateDir, 'user-data'), extensions: path.join(stateDir, 'extensions'), xdg: path.join(stateDir, 'xdg') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  for (const folder of testExtensions) copyUnpackedExtension(folder, dirs.extensions);
  writeUserSettings(dirs.userData, workspaceTrust ? TRUST_SETTINGS : {});
  // An explicit config file, so code-server neither reads nor writes ~/.config/code-server/config.yaml.
  const configFile = path.join(stateDir, 'code-server.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(stateDir, 'code-server.log');
  if (installVsix) {
    const output = execFileSync(TOOLS.node24, [TOOLS.codeServer, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', installVsix], {
      env: codeServerEnv(dirs.xdg, env),
      encoding: 'utf8',
    });
    if (!/successfully installed/i.test(output)) throw new Error(`code-server did not install ${installVsix}:\n${output}`);
  }
  const log = openSync(logFile, 'a');
  const child = spawn(
    TOOLS.node24,
    [
      TOOLS.codeServer,
      '--config', configFile,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      // Without it the workbench ignores the `payload` URL parameter (extensionDevelopmentPath / extensionTestsPath).
      '--vscode-option', 'enable-smoke-test-driver',
      '--user-data-dir', dirs.userData,
      '--extensions-dir', dirs.extensions,
    ],
    { detached: true, stdio: ['ignore', log, log], env: codeServerEnv(dirs.xdg, env) },
  );
  closeSync(log);
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exited = { code, signal }))));
  const killNow = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(killNow, 3000);
    await exit;
    clearTimeout(timer);
    killNow(); // children that outlived their parent (extension host, language server)
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it was ready:\n${tail(logFile)}`);
    if (await healthy(baseUrl)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server was not ready on ${baseUrl}/healthz within ${READY_TIMEOUT_MS / 1000} s:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseUrl, authority: `127.0.0.1:${port}`, pid: child.pid, logFile, stop, killNow };
}

/** An unpacked extension in the extensions dir under its `publisher.name-version` folder name, as an install would leave it. */
function copyUnpackedExtension(folder, extensionsDir) {
  const { publisher, name, version } = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
  cpSync(folder, path.join(extensionsDir, `${publisher}.${name}-${version}`), { recursive: true });
}

/** The last lines of a log, for error messages. */
export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function codeServerEnv(xdg, extra) {
  const env = { ...process.env };
  // A VS Code terminal's variables would make code-server talk to that VS Code; tsx's loader must not reach Node 24.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE' || key === 'NODE_OPTIONS') delete env[key];
  return {
    ...env,
    PATH: `${path.dirname(TOOLS.node24)}:${env.PATH ?? ''}`,
    XDG_DATA_HOME: path.join(xdg, 'data'),
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_CACHE_HOME: path.join(xdg, 'cache'),
    ...extra,
  };
}

async function healthy(baseUrl) {
  try {
    const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}
