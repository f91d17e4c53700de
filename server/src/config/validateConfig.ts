// Validates one parsed config file against the known keys, rule ids, severities and concept ids,
// keeping every valid part and reporting every invalid one with its position.
import type { Node } from 'jsonc-parser';
import picomatch from 'picomatch';
import { RULES } from '../analysis/rules';
import { SEVERITIES, type RuleSetting, type Severity, type VocabularyExtension } from '../analysis/types';
import { BUILTIN_CONCEPTS } from '../analysis/vocabulary';
import { didYouMean } from './didYouMean';
import { parseFileSize } from './fileSize';
import { errorAt, type ParsedConfigText } from './parseConfigText';
import type { ConfigError } from './types';

export const TOP_LEVEL_KEYS = ['$schema', 'extends', 'rules', 'vocabulary', 'ignore', 'maxFileSize'] as const;

/** An `extends` entry as written, with its span for errors about the target. */
export interface ExtendsEntry {
  target: string;
  start: number;
  end: number;
}

/** The valid content of one config file, before its `extends` chain is merged in. */
export interface ConfigLayer {
  extends: ExtendsEntry[];
  rules: Record<string, Partial<RuleSetting>>;
  vocabulary: VocabularyExtension;
  ignore: string[];
  maxSize?: number;
}

const RULE_IDS = RULES.map((r) => r.id);
const SEVERITY_LIST = SEVERITIES.map((s) => `"${s}"`).join(', ');

export function validateConfig(file: string, parsed: ParsedConfigText): { layer: ConfigLayer; errors: ConfigError[] } {
  const layer: ConfigLayer = { extends: [], rules: {}, vocabulary: {}, ignore: [] };
  const errors: ConfigError[] = [];
  const fail = (node: Node, message: string) => errors.push(errorAt(file, parsed.lines, node.offset, node.offset + node.length, message));
  const root = parsed.tree;
  if (!root) return { layer, errors };
  if (root.type !== 'object') {
    fail(root, `The config must be a JSON object, not ${describe(root)}.`);
    return { layer, errors };
  }
  for (const [key, keyNode, value] of properties(root)) {
    switch (key) {
      case '$schema':
        if (value.type !== 'string') fail(value, `"$schema" must be a string, not ${describe(value)}.`);
        break;
      case 'extends':
        layer.extends = readExtends(value, fail);
        break;
      case 'rules':
        layer.rules = readRules(value, fail);
        break;
      case 'vocabulary':
        layer.vocabulary = readVocabulary(value, fail);
        break;
      case 'ignore':
        layer.ignore = readIgnore(value, fail);
        break;
      case 'maxFileSize':
        layer.maxSize = readMaxFileSize(value, fail);
        break;
      default:
        fail(keyNode, `Unknown setting "${key}".${didYouMean(key, TOP_LEVEL_KEYS)} Known settings: ${TOP_LEVEL_KEYS.filter((k) => k !== '$schema').join(', ')}.`);
    }
  }
  return { layer, errors };
}

type Fail = (node: Node, message: string) => void;

/** [key, key node, value node] of each property of an object node. */
function* properties(node: Node): Generator<[string, Node, Node]> {
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    // An incomplete property ("key": <missing>) is already reported as a syntax error.
    if (keyNode && value) yield [String(keyNode.value), keyNode, value];
  }
}

/** A value as the user wrote it, for error messages. */
function describe(node: Node): string {
  if (node.type === 'string') return JSON.stringify(node.value);
  if (node.type === 'number') return `the number ${node.value}`;
  if (node.type === 'boolean' || node.type === 'null') return String(node.value);
  return `an ${node.type}`;
}

function readExtends(value: Node, fail: Fail): ExtendsEntry[] {
  const entries = value.type === 'array' ? value.children ?? [] : [value];
  if (value.type !== 'array' && value.type !== 'string') {
    fail(value, `"extends" must be a path or an array of paths, not ${describe(value)}.`);
    return [];
  }
  const out: ExtendsEntry[] = [];
  for (const entry of entries) {
    if (entry.type !== 'string' || !String(entry.value).trim()) fail(entry, `"extends" entries must be non-empty paths, not ${describe(entry)}.`);
    else out.push({ target: entry.value, start: entry.offset, end: entry.offset + entry.length });
  }
  return out;
}

function readRules(value: Node, fail: Fail): Record<string, Partial<RuleSetting>> {
  const out: Record<string, Partial<RuleSetting>> = {};
  if (value.type !== 'object') {
    fail(value, `"rules" must be an object mapping rule ids to settings, not ${describe(value)}.`);
    return out;
  }
  for (const [id, keyNode, setting] of properties(value)) {
    if (!RULE_IDS.includes(id)) {
      const hint = didYouMean(id, RULE_IDS);
      fail(keyNode, `Unknown rule "${id}".${hint || ` Known rules: ${RULE_IDS.join(', ')}.`}`);
      continue;
    }
    const parsed = readRuleSetting(id, setting, fail);
    if (parsed) out[id] = parsed;
  }
  return out;
}

function readRuleSetting(id: string, node: Node, fail: Fail): Partial<RuleSetting> | undefined {
  if (node.type === 'boolean') return { enabled: node.value };
  if (node.type === 'string') {
    if (node.value === 'off') return { enabled: false };
    const severity = readSeverity(`rule "${id}"`, node, fail, true);
    return severity ? { enabled: true, severity } : undefined;
  }
  if (node.type === 'object') {
    const out: Partial<RuleSetting> = {};
    let valid = true;
    for (const [key, keyNode, v] of properties(node)) {
      if (key === 'enabled') {
        if (v.type === 'boolean') {
          out.enabled = v.value;
        } else {
          valid = false;
          fail(v, `"enabled" of rule "${id}" must be true or false, not ${describe(v)}.`);
        }
      } else if (key === 'severity') {
        const severity = readSeverity(`rule "${id}"`, v, fail, false);
        if (severity) out.severity = severity;
        else valid = false;
      } else {
        valid = false;
        fail(keyNode, `Unknown key "${key}" in the setting of rule "${id}"; use "enabled" and "severity".${didYouMean(key, ['enabled', 'severity'])}`);
      }
    }
    // Keep the valid half of a half-valid object: {"enabled": true, "severity": "bad"} still enables the rule.
    return valid || Object.keys(out).length ? out : undefined;
  }
  fail(node, `The setting of rule "${id}" must be "off", a severity (${SEVERITY_LIST}), true/false or {"enabled", "severity"}, not ${describe(node)}.`);
  return undefined;
}

function readSeverity(owner: string, node: Node, fail: Fail, offAllowed: boolean): Severity | undefined {
  if (node.type === 'string' && SEVERITIES.includes(node.value)) return node.value as Severity;
  const allowed = offAllowed ? `"off", ${SEVERITY_LIST}` : SEVERITY_LIST;
  const hint = node.type === 'string' ? didYouMean(node.value, offAllowed ? ['off', ...SEVERITIES] : SEVERITIES) : '';
  const alias = node.type === 'string' ? SEVERITY_ALIASES[String(node.value).toLowerCase()] : undefined;
  fail(node, `Invalid severity ${describe(node)} for ${owner}; use one of ${allowed}.${alias ? ` Did you mean "${alias}"?` : hint}`);
  return undefined;
}

// Severity names other linters use, mapped to ours for the error hint.
const SEVERITY_ALIASES: Record<string, string> = { warn: 'warning', info: 'information', note: 'information', err: 'error', none: 'off', '0': 'off', '1': 'warning', '2': 'error' };

const CONCEPT_IDS = Object.keys(BUILTIN_CONCEPTS);

function readVocabulary(value: Node, fail: Fail): VocabularyExtension {
  const out: VocabularyExtension = {};
  if (value.type !== 'object') {
    fail(value, `"vocabulary" must be an object mapping concept ids to arrays of extra terms, not ${describe(value)}.`);
    return out;
  }
  for (const [id, keyNode, terms] of properties(value)) {
    if (!(id in BUILTIN_CONCEPTS)) {
      fail(keyNode, `Unknown vocabulary concept "${id}".${didYouMean(id, CONCEPT_IDS)} The concept ids are listed in the config schema and the rule docs.`);
      continue;
    }
    if (terms.type !== 'array') {
      fail(terms, `Vocabulary concept "${id}" must be an array of terms, not ${describe(terms)}.`);
      continue;
    }
    const valid: string[] = [];
    for (const term of terms.children ?? []) {
      // A term needs a letter or digit: "" or "*" alone would match everywhere.
      if (term.type === 'string' && /[\p{L}\p{N}]/u.test(term.value)) valid.push(term.value);
      else fail(term, `Vocabulary terms of "${id}" must be words or phrases, not ${describe(term)}.`);
    }
    out[id] = valid;
  }
  return out;
}

function readIgnore(value: Node, fail: Fail): string[] {
  if (value.type !== 'array') {
    fail(value, `"ignore" must be an array of file globs, not ${describe(value)}.`);
    return [];
  }
  const out: string[] = [];
  for (const entry of value.children ?? []) {
    if (entry.type !== 'string' || !String(entry.value).trim()) {
      fail(entry, `"ignore" entries must be non-empty file globs, not ${describe(entry)}.`);
      continue;
    }
    try {
      picomatch.makeRe(entry.value);
      out.push(entry.value);
    } catch (err) {
      fail(entry, `Invalid glob "${entry.value}" in "ignore": ${(err as Error).message}`);
    }
  }
  return out;
}

function readMaxFileSize(value: Node, fail: Fail): number | undefined {
  const bytes = value.type === 'number' ? value.value : value.type === 'string' ? parseFileSize(value.value) : undefined;
  if (typeof bytes === 'number' && Number.isFinite(bytes) && bytes >= 1 && Number.isInteger(bytes)) return bytes;
  fail(value, `"maxFileSize" must be a positive whole number of bytes or a size such as "2MB" or "512 KB", not ${describe(value)}.`);
  return undefined;
}
