// Turns the PATH arguments of `check` into the documents to lint: files as given, directories searched for
// markdown, quoted globs matched over a directory walk. Documents matching the config's `ignore` are dropped.
import { readdirSync, statSync, type Dirent } from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { ioErrorReason } from '../config/ioErrorReason';

export interface InputFile {
  /** The path as the user wrote it (directory and glob matches: the directory or glob base joined with the rest). */
  display: string;
  absolute: string;
}

export interface Expansion {
  files: InputFile[];
  /** Problems that stop the run (missing path, a pattern that matches nothing): exit code 2. */
  errors: string[];
  /** Things the user should know that do not stop the run. */
  warnings: string[];
}

const MARKDOWN = /\.(md|markdown)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export function expandPaths(args: readonly string[], isIgnored: (absolute: string) => boolean, cwd = process.cwd()): Expansion {
  const out: Expansion = { files: [], errors: [], warnings: [] };
  const seen = new Set<string>();
  const add = (display: string, absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    out.files.push({ display, absolute });
  };
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stat = statOrNull(absolute);
    if (stat?.isFile()) {
      // A file named explicitly is linted whatever its extension, unless the config ignores it.
      if (isIgnored(absolute)) out.warnings.push(`${arg}: warning: ignored by the "ignore" setting of the config; not checked.`);
      else add(arg, absolute);
      continue;
    }
    if (stat?.isDirectory()) {
      const found = walk(absolute, out.errors).filter((rel) => MARKDOWN.test(rel));
      if (found.length === 0) {
        out.errors.push(`no markdown files (*.md, *.markdown) in directory '${arg}'`);
        continue;
      }
      const kept = found.filter((rel) => !isIgnored(path.join(absolute, rel)));
      if (kept.length === 0) out.warnings.push(`${arg}: warning: every markdown file in it is ignored by the config; nothing checked.`);
      for (const rel of kept) add(joinDisplay(arg, rel), path.join(absolute, rel));
      continue;
    }
    const scan = picomatch.scan(arg);
    if (!scan.isGlob) {
      out.errors.push(stat ? `'${arg}' is neither a file nor a directory` : `no such file or directory: '${arg}'`);
      continue;
    }
    expandGlob(arg, scan, cwd, isIgnored, out, add);
  }
  return out;
}

function expandGlob(
  arg: string,
  scan: ReturnType<typeof picomatch.scan>,
  cwd: string,
  isIgnored: (absolute: string) => boolean,
  out: Expansion,
  add: (display: string, absolute: string) => void,
): void {
  const baseDir = path.resolve(cwd, scan.base || '.');
  // A glob naming an extension ("*.txt") selects those files; one that does not ("docs/**") selects markdown.
  const lastSegment = scan.glob.split('/').pop() ?? '';
  const restrictToMarkdown = !lastSegment.includes('.');
  const match = picomatch(scan.glob);
  const found = statOrNull(baseDir)?.isDirectory()
    ? walk(baseDir, out.errors).filter((rel) => match(rel) && (!restrictToMarkdown || MARKDOWN.test(rel)))
    : [];
  if (found.length === 0) {
    out.errors.push(`no files match '${arg}'`);
    return;
  }
  const kept = found.filter((rel) => !isIgnored(path.join(baseDir, rel)));
  if (kept.length === 0) out.warnings.push(`${arg}: warning: every file it matches is ignored by the config; nothing checked.`);
  for (const rel of kept) add(scan.base ? joinDisplay(scan.base, rel) : rel, path.join(baseDir, rel));
}

/** Files under `dir` as sorted "/"-separated relative paths; unreadable directories are reported. */
function walk(dir: string, errors: string[]): string[] {
  const files: string[] = [];
  const visit = (absolute: string, rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (err) {
      errors.push(`cannot read directory '${absolute}': ${ioErrorReason(err)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childAbs = path.join(absolute, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      // Symbolic links to files are followed; links to directories are not (they can loop).
      const isFile = entry.isFile() || (entry.isSymbolicLink() && statOrNull(childAbs)?.isFile() === true);
      if (isFile) files.push(childRel);
      else if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) visit(childAbs, childRel);
    }
  };
  visit(dir, '');
  return files;
}

/** "docs" + "a.md" -> "docs/a.md", keeping the base as written; "." adds nothing. */
function joinDisplay(base: string, rel: string): string {
  if (base === '.' || base === './') return rel;
  return `${base.replace(/[\\/]+$/, '')}/${rel}`;
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}
