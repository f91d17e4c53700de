// Matches documents against `ignore` globs. Like .gitignore: a glob is relative to the directory of the
// config file declaring it, a glob without "/" matches at any depth, a matched directory ignores everything
// under it, and a later "!glob" re-includes what an earlier glob ignored.
import * as path from 'path';
import picomatch from 'picomatch';
import type { IgnorePattern } from './types';

const matchers = new Map<string, (p: string) => boolean>();

function matcherFor(glob: string): (p: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    const trimmed = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    m = picomatch(trimmed, { dot: true, basename: !trimmed.includes('/') });
    matchers.set(glob, m);
  }
  return m;
}

export function isIgnored(filePath: string, patterns: readonly IgnorePattern[]): boolean {
  const absolute = path.resolve(filePath);
  let ignored = false;
  for (const { baseDir, pattern } of patterns) {
    const negated = pattern.startsWith('!');
    if (negated !== ignored) continue; // only an ignore can ignore, only a "!" re-include can undo it
    const rel = path.relative(baseDir, absolute).split(path.sep).join('/');
    if (!rel || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) continue;
    if (matchesSelfOrAncestor(rel, matcherFor(negated ? pattern.slice(1) : pattern))) ignored = !negated;
  }
  return ignored;
}

/** Whether the path or one of its parent directories matches. */
function matchesSelfOrAncestor(rel: string, match: (p: string) => boolean): boolean {
  const parts = rel.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (match(parts.slice(0, i).join('/'))) return true;
  }
  return false;
}
