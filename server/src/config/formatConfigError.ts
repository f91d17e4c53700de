// One-line rendering of a config error for logs and the CLI: "file:line:col: message" (1-based, like compilers).
import type { ConfigError } from './types';

export function formatConfigError(e: ConfigError): string {
  const where = e.line === undefined ? e.file : `${e.file}:${e.line + 1}:${(e.character ?? 0) + 1}`;
  return `${where}: ${e.message}`;
}
