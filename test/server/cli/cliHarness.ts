// Builds dist/cli.js once per test run and spawns it like a user would.
import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');

let built = false;

/** Call from a `before` hook: bundles the CLI with `node esbuild.js` (once per process). */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stderr split into lines, without the trailing empty line. */
  errLines: string[];
}

export function runCli(args: string[], cwd = FIXTURES): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, errLines: r.stderr.split('\n').filter((l) => l !== '') };
}

/** 1-based line and column of the first occurrence of `needle` in `text`, as linters print them. */
export function lineColOf(text: string, needle: string): { line: number; col: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`'${needle}' not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

/** Exit code 2 cases print one-line messages, never a stack trace. */
export function assertNoStack(run: CliRun): void {
  if (/\n\s+at .+\(.+:\d+:\d+\)/.test(run.stderr) || /^\s+at /m.test(run.stderr)) throw new Error(`stack trace on stderr:\n${run.stderr}`);
}
