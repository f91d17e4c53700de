// The editor settings of the `tradeoff` section: their defaults, and validation of what a client sends.
import { SEVERITIES, type AnalyzeOptions, type VocabularyExtension } from '../analysis/types';

export type RunMode = 'onType' | 'onSave';

export type RuleOverrides = NonNullable<AnalyzeOptions['rules']>;

export interface TradeoffSettings {
  /** false turns every diagnostic off. */
  enable: boolean;
  /** Analyse while typing (debounced) or only when the document is saved. */
  run: RunMode;
  /** Quiet time after the last edit before an onType analysis starts. */
  debounceMs: number;
  /** Per-rule overrides named explicitly by the user; they win over the repo config for those rules. */
  rules: RuleOverrides;
  /** Extra terms per concept id, added to the repo config's terms. */
  vocabulary: VocabularyExtension;
  /** Size limit in characters; null leaves the repo config's (or the built-in 2 MB) limit. */
  maxFileSize: number | null;
  /** The structure checklist lenses above design sections (`tradeoff.codeLens.enable`). */
  codeLens: boolean;
}

export const DEFAULT_SETTINGS: TradeoffSettings = {
  enable: true,
  run: 'onType',
  debounceMs: 300,
  rules: {},
  vocabulary: {},
  maxFileSize: null,
  codeLens: true,
};

/** Keeps only the well-formed settings in `raw` (anything a client sends is untrusted). */
export function parseSettings(raw: unknown): Partial<TradeoffSettings> {
  if (!isRecord(raw)) return {};
  const out: Partial<TradeoffSettings> = {};
  if (typeof raw.enable === 'boolean') out.enable = raw.enable;
  if (raw.run === 'onType' || raw.run === 'onSave') out.run = raw.run;
  if (typeof raw.debounceMs === 'number' && Number.isFinite(raw.debounceMs) && raw.debounceMs >= 0) out.debounceMs = raw.debounceMs;
  if (isRecord(raw.rules)) out.rules = parseRuleOverrides(raw.rules);
  if (isRecord(raw.vocabulary)) out.vocabulary = parseVocabulary(raw.vocabulary);
  if (typeof raw.maxFileSize === 'number' && Number.isFinite(raw.maxFileSize) && raw.maxFileSize > 0) out.maxFileSize = raw.maxFileSize;
  if (isRecord(raw.codeLens) && typeof raw.codeLens.enable === 'boolean') out.codeLens = raw.codeLens.enable;
  return out;
}

/** Later layers win, key by key. */
export function mergeSettings(...layers: Partial<TradeoffSettings>[]): TradeoffSettings {
  return Object.assign({}, DEFAULT_SETTINGS, ...layers);
}

function parseRuleOverrides(raw: Record<string, unknown>): RuleOverrides {
  const out: RuleOverrides = {};
  for (const [rule, value] of Object.entries(raw)) {
    if (typeof value === 'boolean' || value === 'off') out[rule] = value;
    else if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) out[rule] = value as (typeof SEVERITIES)[number];
    else if (isRecord(value)) {
      const setting: { enabled?: boolean; severity?: (typeof SEVERITIES)[number] } = {};
      if (typeof value.enabled === 'boolean') setting.enabled = value.enabled;
      if (typeof value.severity === 'string' && (SEVERITIES as readonly string[]).includes(value.severity)) setting.severity = value.severity as (typeof SEVERITIES)[number];
      // An object with nothing valid in it must not override the repo's entry with "enabled, default severity".
      if (Object.keys(setting).length > 0) out[rule] = setting;
    }
  }
  return out;
}

function parseVocabulary(raw: Record<string, unknown>): VocabularyExtension {
  const out: VocabularyExtension = {};
  for (const [concept, terms] of Object.entries(raw)) {
    if (Array.isArray(terms)) out[concept] = terms.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
