// Reads and validates one config file, cached by path and modification stamp (the server asks on every analysis).
import { readFileSync, statSync } from 'fs';
import type { LineIndex } from '../analysis/text/lineIndex';
import { ioErrorReason } from './ioErrorReason';
import { parseConfigText } from './parseConfigText';
import type { ConfigError } from './types';
import { validateConfig, type ConfigLayer } from './validateConfig';

export interface ConfigFileContent {
  file: string;
  /** null when the file could not be read; `unreadable` says why. */
  layer: ConfigLayer | null;
  lines: LineIndex | null;
  unreadable?: string;
  errors: ConfigError[];
}

/** Identifies one version of a file on disk; "missing" when it does not exist. */
export function fileStamp(file: string): string {
  try {
    const st = statSync(file);
    return `${st.mtimeMs}:${st.size}:${st.ino}`;
  } catch {
    return 'missing';
  }
}

const cache = new Map<string, { stamp: string; content: ConfigFileContent }>();

export function readConfigFile(file: string): ConfigFileContent {
  const stamp = fileStamp(file);
  const hit = cache.get(file);
  if (hit && hit.stamp === stamp) return hit.content;
  const content = readUncached(file);
  cache.set(file, { stamp, content });
  return content;
}

function readUncached(file: string): ConfigFileContent {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = ioErrorReason(err);
    return { file, layer: null, lines: null, unreadable: reason, errors: [{ file, message: `Cannot read the config file: ${reason}.` }] };
  }
  const parsed = parseConfigText(file, text);
  const { layer, errors } = validateConfig(file, parsed);
  return { file, layer, lines: parsed.lines, errors: [...parsed.errors, ...errors] };
}
