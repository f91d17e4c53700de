// Public API of configuration loading (pure Node, no vscode import): the server and the CLI use these.
import * as path from 'path';
import { findConfigFile } from './findConfigFile';
import { isIgnored } from './ignore';
import { loadConfigFile } from './loadConfigFile';
import type { ConfigForFile, ResolvedConfig } from './types';

export { findConfigFile } from './findConfigFile';
export { formatConfigError } from './formatConfigError';
export { isIgnored } from './ignore';
export { loadConfigFile } from './loadConfigFile';
export { parseFileSize } from './fileSize';
export * from './types';

/** The config with defaults only (no file found). */
export function defaultConfig(): ResolvedConfig {
  return { configFile: null, options: {}, ignore: [], errors: [] };
}

/**
 * The config that applies to a document: the nearest .tradeoff.jsonc above it (with its `extends`),
 * or the defaults. Never throws; a broken config keeps its valid parts and reports the rest in `errors`.
 */
export function loadConfigForFile(filePath: string): ConfigForFile {
  const configFile = findConfigFile(path.dirname(path.resolve(filePath)));
  const config = configFile ? loadConfigFile(configFile) : defaultConfig();
  return { ...config, ignored: isIgnored(filePath, config.ignore) };
}

/** A config loaded once (e.g. `--config FILE`) applied to a document. */
export function applyConfigToFile(config: ResolvedConfig, filePath: string): ConfigForFile {
  return { ...config, ignored: isIgnored(filePath, config.ignore) };
}
