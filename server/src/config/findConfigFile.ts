// Finds the repo config file by walking up from a document's directory to the filesystem root.
import { statSync } from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME } from './types';

/** The nearest .tradeoff.jsonc at or above `startDir`, or null. Not cached: a new config file is seen at once. */
export function findConfigFile(startDir: string): string | null {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
