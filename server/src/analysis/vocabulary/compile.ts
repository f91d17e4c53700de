// Turns the term lists of the vocabulary data into regular expressions.
//
// Term syntax (built-in lists and user config alike):
// - case-insensitive, except acronyms written in capitals ("BASE", "DLQ"), which match only in capitals;
// - a space matches any run of white space or a hyphen; a hyphen matches a hyphen, a space or nothing;
// - a trailing "*" matches any word ending ("shard*" = shard, shards, sharded, sharding);
// - a term ending in a letter also matches its plural ("queue" = queues);
// - whole words only.
// Patterns are regular-expression sources, case-insensitive, for paraphrases a term list cannot express.

export interface ConceptDefinition {
  description: string;
  terms?: string[];
  patterns?: string[];
  /** Phrases that look like the concept but are not (false friends): overlapping matches are dropped. */
  exclude?: string[];
  excludePatterns?: string[];
  /** Whether a negation just before a match cancels it (default true). */
  negatable?: boolean;
}

export interface CompiledConcept {
  id: string;
  description: string;
  /** Case-insensitive alternatives; null when there are none. */
  insensitive: RegExp | null;
  /** Case-sensitive alternatives (acronyms); null when there are none. */
  sensitive: RegExp | null;
  exclude: RegExp | null;
  negatable: boolean;
  /** Identifies the compiled form (for caches): the same key means the same matches. */
  key: string;
}

const ACRONYM = /^[A-Z0-9][A-Z0-9/&.-]*[A-Z0-9]$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function isAcronym(term: string): boolean {
  return ACRONYM.test(term) && /[A-Z].*[A-Z]|[A-Z]{2}/.test(term);
}

/** Regular-expression source for one term (see the syntax above). */
export function termToRegExpSource(term: string): string {
  let t = term.trim();
  const wildcard = t.endsWith('*');
  if (wildcard) t = t.slice(0, -1);
  let body = '';
  for (const ch of t) {
    if (ch === ' ') body += '[\\s-]+';
    else if (ch === '-') body += '[\\s-]?';
    else body += escapeRegExp(ch);
  }
  body = body.replace(/(?:\[\\s-\]\+)+/g, '[\\s-]+');
  if (wildcard) body += '\\w*';
  else if (/[a-z]$/i.test(t) && !isAcronym(t)) body += "(?:e?s|'s)?";
  else if (isAcronym(t) && /[A-Z]$/.test(t)) body += 's?';
  const startsWord = /^\w/.test(t);
  const endsWord = wildcard || /\w$/.test(t);
  return `${startsWord ? '\\b' : ''}${body}${endsWord ? '\\b' : ''}`;
}

export function compileConcept(id: string, def: ConceptDefinition, extraTerms: readonly string[] = []): CompiledConcept {
  const terms = [...(def.terms ?? []), ...extraTerms];
  const insensitive: string[] = [];
  const sensitive: string[] = [];
  for (const term of terms) {
    if (!term.trim()) continue;
    (isAcronym(term.trim().replace(/\*$/, '')) ? sensitive : insensitive).push(termToRegExpSource(term));
  }
  for (const p of def.patterns ?? []) insensitive.push(`(?:${p})`);
  const excludes = [...(def.exclude ?? []).map(termToRegExpSource), ...(def.excludePatterns ?? []).map((p) => `(?:${p})`)];
  // Longer alternatives first so that "dead-letter queue" wins over "queue" at the same position.
  const byLength = (a: string, b: string) => b.length - a.length;
  insensitive.sort(byLength);
  sensitive.sort(byLength);
  excludes.sort(byLength);
  const ci = insensitive.length ? new RegExp(insensitive.join('|'), 'gi') : null;
  const cs = sensitive.length ? new RegExp(sensitive.join('|'), 'g') : null;
  const ex = excludes.length ? new RegExp(excludes.join('|'), 'gi') : null;
  return {
    id,
    description: def.description,
    insensitive: ci,
    sensitive: cs,
    exclude: ex,
    negatable: def.negatable !== false,
    key: `${id}\u0000${ci?.source ?? ''}\u0000${cs?.source ?? ''}\u0000${ex?.source ?? ''}\u0000${def.negatable !== false}`,
  };
}
