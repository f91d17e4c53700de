// The options one document is analysed with, from the repo config and the editor settings.
//
// Precedence, lowest first: built-in defaults < `.tradeoff.jsonc` (repo) < editor settings, where the editor
// settings win only for what they set explicitly:
//   - a rule named in `tradeoff.rules` replaces the repo's entry for that rule; other rules keep the repo's;
//   - `tradeoff.vocabulary` terms are added to the repo's terms for the same concept;
//   - `tradeoff.maxFileSize` replaces the repo's size limit when it is set (null/absent keeps the repo's).
// Why: the repo config is shared by the team and the CLI; a personal setting is a deliberate local choice.
import type { AnalyzeOptions, VocabularyExtension } from '../analysis/types';
import type { TradeoffSettings } from './settings';

export function effectiveOptions(repo: AnalyzeOptions, settings: TradeoffSettings): AnalyzeOptions {
  const options: AnalyzeOptions = { ...repo };
  if (Object.keys(settings.rules).length > 0) options.rules = { ...repo.rules, ...settings.rules };
  if (Object.keys(settings.vocabulary).length > 0) options.vocabulary = mergeVocabulary(repo.vocabulary ?? {}, settings.vocabulary);
  if (settings.maxFileSize !== null) options.maxSize = settings.maxFileSize;
  delete options.cache;
  return options;
}

function mergeVocabulary(base: VocabularyExtension, extra: VocabularyExtension): VocabularyExtension {
  const out: VocabularyExtension = { ...base };
  for (const [concept, terms] of Object.entries(extra)) out[concept] = [...new Set([...(base[concept] ?? []), ...terms])];
  return out;
}
