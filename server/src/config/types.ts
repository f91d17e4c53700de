// Public types of configuration loading: what a .tradeoff.jsonc resolves to, and how problems are reported.
import type { AnalyzeOptions } from '../analysis/types';

/** The repo config file name, looked up from a document's directory towards the filesystem root. */
export const CONFIG_FILE_NAME = '.tradeoff.jsonc';

/** A problem in a config file. Positions are 0-based (LSP style) and absent when not tied to a place. */
export interface ConfigError {
  /** Absolute path of the config file the problem is in. */
  file: string;
  message: string;
  line?: number;
  character?: number;
  endLine?: number;
  endCharacter?: number;
}

/** An `ignore` glob together with the directory it is relative to (the directory of the file declaring it). */
export interface IgnorePattern {
  baseDir: string;
  pattern: string;
}

/** A config file with its `extends` chain resolved and merged. */
export interface ResolvedConfig {
  /** Absolute path of the config file, or null when no config applies (defaults). */
  configFile: string | null;
  /** Defaults plus every valid part of the config chain. */
  options: AnalyzeOptions;
  ignore: IgnorePattern[];
  /** Every problem found in the chain; empty when the config is valid. */
  errors: ConfigError[];
}

/** The config that applies to one document. */
export interface ConfigForFile extends ResolvedConfig {
  /** Whether the document matches an `ignore` glob and should not be analysed. */
  ignored: boolean;
}
