// Turns the term lists of the vocabulary data into regular expressions.
//
// Term syntax (built-in lists and user config alike):
// - case-insensitive, except acronyms written in capitals ("BASE", "DLQ"), which match only in capitals;
// - a space matches any run of white space or a hyphen; a hyphen matches a hyphen, a space or nothing;
// - a trailing "*" matches any word ending ("shard*" = shard, shards, sharded, sharding);
// - a term ending in a letter also matches its plural ("queue" = queues);
// - whole words only.
// Patterns are regular-expression sources, case-insensitive, for paraphrases a term list cannot express.
import { anchorsOf, groupEnd, splitTopLevel, type Anchors } from './anchors';

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
  /** The same alternatives split for word-anchored matching over a whole chunk (see anchors.ts). */
  anchored: AnchoredForm;
  negatable: boolean;
  /** Identifies the compiled form (for caches): the same key means the same matches. */
  key: string;
}

export interface AnchoredForm {
  /** Sticky expressions tried only at candidate word starts. */
  insensitive: RegExp | null;
  sensitive: RegExp | null;
  /**
   * Where each expression's alternatives can start (lowercase prefixes, whole words, short-word pairs,
   * digits): kept apart, so the acronym expression is not tried at every candidate of the other.
   */
  insensitiveAnchors: Anchors;
  sensitiveAnchors: Anchors;
  /**
   * Where the false friends (the `exclude` expression) can start, when every alternative of it can be
   * anchored; null when one cannot (or there are none). A sentence with none of these before a match cannot
   * hold a false friend overlapping it.
   */
  excludeAnchors: Anchors | null;
  /** Alternatives that cannot be anchored, scanned over the whole text. */
  unanchoredInsensitive: RegExp | null;
  unanchoredSensitive: RegExp | null;
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

/**
 * One expression for a list of alternatives. Those starting with a word boundary share one `\\b(?:...)`:
 * the engine then tests the boundary once per position instead of once per alternative (2-4x faster).
 */
function alternation(alternatives: readonly string[], flags: string): RegExp | null {
  if (!alternatives.length) return null;
  const bounded: string[] = [];
  const rest: string[] = [];
  for (const a of alternatives) {
    if (a.startsWith('\\b')) bounded.push(a.slice(2));
    else if (a.startsWith('(?:\\b') && groupIsWhole(a) && splitTopLevel(a.slice(3, -1)).length === 1) bounded.push(`(?:${a.slice(5, -1)})`);
    else rest.push(a);
  }
  const parts = bounded.length ? [`\\b(?:${bounded.join('|')})`, ...rest] : rest;
  return new RegExp(parts.join('|'), flags);
}

/** Splits alternatives (and the top-level alternatives of patterns) into anchored and unanchored ones. */
function anchoredForm(insensitive: readonly string[], sensitive: readonly string[], excludes: readonly string[]): AnchoredForm {
  const split = (alternatives: readonly string[]) => {
    const prefixes = new Set<string>();
    const words = new Set<string>();
    const pairs = new Map<string, { first: string; second: string }>();
    let digit = false;
    const anchoredAlts: string[] = [];
    const unanchoredAlts: string[] = [];
    for (const alternative of alternatives) {
      const inner = alternative.startsWith('(?:') && groupIsWhole(alternative) ? alternative.slice(3, -1) : alternative;
      for (const alt of splitTopLevel(inner)) {
        const a = anchorsOf(alt);
        if (a) {
          a.prefixes.forEach((p) => prefixes.add(p));
          a.words.forEach((w) => words.add(w));
          a.pairs.forEach((p) => pairs.set(`${p.first} ${p.second}`, p));
          digit ||= a.digit;
          anchoredAlts.push(alt);
        } else unanchoredAlts.push(alt);
      }
    }
    const anchors: Anchors = { prefixes: [...prefixes].sort(), words: [...words].sort(), pairs: [...pairs.values()], digit };
    return { anchors, anchoredAlts, unanchoredAlts };
  };
  const ci = split(insensitive);
  const cs = split(sensitive);
  const ex = split(excludes);
  return {
    insensitive: alternation(ci.anchoredAlts, 'iy'),
    sensitive: alternation(cs.anchoredAlts, 'y'),
    insensitiveAnchors: ci.anchors,
    sensitiveAnchors: cs.anchors,
    excludeAnchors: ex.anchoredAlts.length > 0 && ex.unanchoredAlts.length === 0 ? ex.anchors : null,
    unanchoredInsensitive: alternation(ci.unanchoredAlts, 'gi'),
    unanchoredSensitive: alternation(cs.unanchoredAlts, 'g'),
  };
}

/** Whether a source starting with "(?:" is one group spanning the whole source (no quantifier after). */
function groupIsWhole(src: string): boolean {
  return groupEnd(src, 0) === src.length;
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
  const ci = alternation(insensitive, 'gi');
  const cs = alternation(sensitive, 'g');
  const ex = alternation(excludes, 'gi');
  const anchored = anchoredForm(insensitive, sensitive, excludes);
  return {
    id,
    description: def.description,
    insensitive: ci,
    sensitive: cs,
    exclude: ex,
    anchored,
    negatable: def.negatable !== false,
    key: `${id}\u0000${ci?.source ?? ''}\u0000${cs?.source ?? ''}\u0000${ex?.source ?? ''}\u0000${def.negatable !== false}`,
  };
}
