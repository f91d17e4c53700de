// Loads a config file with its `extends` chain: bases first, the extending file last (later settings win).
import * as path from 'path';
import type { AnalyzeOptions, RuleSetting, VocabularyExtension } from '../analysis/types';
import { errorAt } from './parseConfigText';
import { fileStamp, readConfigFile } from './readConfigFile';
import type { ConfigError, IgnorePattern, ResolvedConfig } from './types';

interface Accumulated {
  rules: Record<string, Partial<RuleSetting>>;
  vocabulary: VocabularyExtension;
  ignore: IgnorePattern[];
  maxSize?: number;
  errors: ConfigError[];
  /** Modification stamp of every file the result depends on, taken before reading it. */
  stamps: Map<string, string>;
}

const resolvedCache = new Map<string, { stamps: Map<string, string>; result: ResolvedConfig }>();

/**
 * Loads and validates a config file and everything it extends. Never throws; problems are in `errors`.
 * The result is cached until one of the files changes: treat it as read-only.
 */
export function loadConfigFile(configPath: string): ResolvedConfig {
  const file = path.resolve(configPath);
  const hit = resolvedCache.get(file);
  if (hit && [...hit.stamps].every(([f, stamp]) => fileStamp(f) === stamp)) return hit.result;

  const acc: Accumulated = { rules: {}, vocabulary: {}, ignore: [], errors: [], stamps: new Map() };
  acc.stamps.set(file, fileStamp(file));
  const content = readConfigFile(file);
  if (content.unreadable) acc.errors.push({ file, message: `Cannot read the config file: ${content.unreadable}.` });
  else mergeFile(file, [], acc);

  const options: AnalyzeOptions = {};
  if (Object.keys(acc.rules).length) options.rules = acc.rules;
  if (Object.keys(acc.vocabulary).length) options.vocabulary = acc.vocabulary;
  if (acc.maxSize !== undefined) options.maxSize = acc.maxSize;
  const result: ResolvedConfig = { configFile: file, options, ignore: acc.ignore, errors: uniqueErrors(acc.errors) };
  resolvedCache.set(file, { stamps: acc.stamps, result });
  return result;
}

/** Merges a readable config file into `acc`, its bases first. `chain` holds the files extending it (cycle check). */
function mergeFile(file: string, chain: string[], acc: Accumulated): void {
  const content = readConfigFile(file);
  acc.errors.push(...content.errors);
  const { layer, lines } = content;
  if (!layer || !lines) return;
  const here = [...chain, file];
  for (const entry of layer.extends) {
    const target = path.resolve(path.dirname(file), entry.target);
    if (here.includes(target)) {
      const cycle = [...here.slice(here.indexOf(target)), target].map((f) => path.relative(path.dirname(file), f) || path.basename(f));
      acc.errors.push(errorAt(file, lines, entry.start, entry.end, `"extends" cycle: ${cycle.join(' -> ')}; this entry is ignored.`));
      continue;
    }
    if (!acc.stamps.has(target)) acc.stamps.set(target, fileStamp(target));
    const base = readConfigFile(target);
    if (base.unreadable) {
      // Reported at the "extends" entry that names the file, where the user can fix it.
      acc.errors.push(errorAt(file, lines, entry.start, entry.end, `Cannot read the extended config "${entry.target}" (${target}): ${base.unreadable}.`));
      continue;
    }
    mergeFile(target, here, acc);
  }
  for (const [id, setting] of Object.entries(layer.rules)) acc.rules[id] = { ...acc.rules[id], ...setting };
  for (const [id, terms] of Object.entries(layer.vocabulary)) acc.vocabulary[id] = [...new Set([...(acc.vocabulary[id] ?? []), ...terms])];
  for (const pattern of layer.ignore) acc.ignore.push({ baseDir: path.dirname(file), pattern });
  if (layer.maxSize !== undefined) acc.maxSize = layer.maxSize;
}

/** A base reached twice (A extends B and C, both extend D) reports its problems once. */
function uniqueErrors(errors: ConfigError[]): ConfigError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.file}\u0000${e.line}\u0000${e.character}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
