// Temporary directory trees for config and CLI tests: written from a path -> content map, removed after.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface TempTree {
  root: string;
  /** Absolute path of a relative path in the tree. */
  path(rel: string): string;
  write(rel: string, content: string | Buffer): string;
  remove(): void;
}

export function tempTree(files: Record<string, string | Buffer> = {}): TempTree {
  // realpath: on some systems the temp dir is a symlink, and loaders report resolved paths.
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'tradeoff-test-')));
  const tree: TempTree = {
    root,
    path: (rel) => path.join(root, rel),
    write(rel, content) {
      const file = path.join(root, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  for (const [rel, content] of Object.entries(files)) tree.write(rel, content);
  return tree;
}
