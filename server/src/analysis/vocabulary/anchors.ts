// Derives the "anchors" of a regular-expression alternative: lowercase prefixes of the word at which every
// match must start. An anchored alternative is only tried at word starts with such a prefix (found through
// a per-chunk word index), instead of at every character of the document.

export interface Anchors {
  prefixes: string[];
  /** Whole lowercase words: the expression spells the word and then something that ends it ("a\\s+"). */
  words: string[];
  /**
   * A short first word (such as "a", "the", "to") is too common to anchor on alone: the alternative is
   * tried only where that exact word is followed by a word with the second prefix.
   */
  pairs: Array<{ first: string; second: string }>;
  /** The alternative can start with a digit: try it at every word that starts with one. */
  digit: boolean;
}

/**
 * Visits the characters of a regular-expression source that are structure (outside escapes and character
 * classes), with the group depth before each; stops when `visit` returns true.
 */
function scanStructure(src: string, from: number, visit: (c: string, i: number, depth: number) => boolean | void): void {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (visit(c, i, depth)) return;
    if (c === '(') depth++;
    else if (c === ')') depth--;
  }
}

/** Splits a regular-expression source at its top-level "|" (outside groups and classes). */
export function splitTopLevel(src: string): string[] {
  const parts: string[] = [];
  let from = 0;
  scanStructure(src, 0, (c, i, depth) => {
    if (c === '|' && depth === 0) {
      parts.push(src.slice(from, i));
      from = i + 1;
    }
  });
  parts.push(src.slice(from));
  return parts;
}

/** Index just past the group that opens at `open` ("("), or -1. */
export function groupEnd(src: string, open: number): number {
  let end = -1;
  scanStructure(src, open, (c, i, depth) => {
    if (c === ')' && depth === 1) {
      end = i + 1;
      return true;
    }
  });
  return end;
}

const OPTIONAL_QUANTIFIER = /^(?:\?|\*|\{0)/;

/**
 * Anchors of a sequence that must begin with a word boundary (`\b`) followed by a literal word prefix, a
 * digit class, or a group whose alternatives all qualify. null when the sequence cannot be anchored.
 */
export function anchorsOf(seq: string, needBoundary = true, follow = ''): Anchors | null {
  let i = 0;
  if (needBoundary) {
    if (seq.startsWith('\\b')) i = 2;
    else if (seq.startsWith('(')) {
      // A group whose alternatives each start with \b.
      return groupAnchors(seq, 0, true, follow);
    } else return null;
  }
  if (seq.startsWith('(', i)) return groupAnchors(seq, i, false, follow);
  if (seq.startsWith('\\d', i)) {
    return OPTIONAL_QUANTIFIER.test(seq.slice(i + 2)) ? null : { prefixes: [], words: [], pairs: [], digit: true };
  }
  const first = literalPrefix(seq, i);
  if (!first.prefix) return null;
  if (/^[0-9]/.test(first.prefix)) return { prefixes: [], words: [], pairs: [], digit: true };
  // "re(?:play|process)" anchors on "replay" and "reprocess", not on every word starting with "re".
  if (first.complete && seq[first.end] === '(') {
    const group = groupAnchors(seq, first.end, false, follow);
    if (group && !group.digit && group.pairs.length === 0 && group.prefixes.length + group.words.length) {
      return { prefixes: group.prefixes.map((p) => first.prefix + p), words: group.words.map((w) => first.prefix + w), pairs: [], digit: false };
    }
  }
  // "re[\\s-]?play", "I\\/?O": the word alone (something non-word follows it) or run together with the next.
  if (first.complete) {
    const gap = OPTIONAL_NON_WORD.exec(seq.slice(first.end));
    if (gap) {
      const second = literalPrefix(seq, first.end + gap[0].length);
      if (second.prefix.length >= 2) return { prefixes: [first.prefix + second.prefix], words: [first.prefix], pairs: [], digit: false };
    }
  }
  if (first.complete && first.prefix.length <= SHORT_WORD) {
    const gap = WORD_GAP.exec(seq.slice(first.end));
    if (gap) {
      const second = literalPrefix(seq, first.end + gap[0].length);
      if (second.prefix.length >= 2) return { prefixes: [], words: [], pairs: [{ first: first.prefix, second: second.prefix }], digit: false };
    }
  }
  // "a\\s+", "to\\b", "(?:an|the)\\s": every match has exactly this word, so "and" or "today" is no candidate.
  if (first.complete && endsWord(first.end < seq.length ? seq.slice(first.end) : follow)) {
    return { prefixes: [], words: [first.prefix], pairs: [], digit: false };
  }
  return { prefixes: [first.prefix], words: [], pairs: [], digit: false };
}

/**
 * Whether a regular-expression source starts with something that only matches a non-word character or a
 * word boundary, so the word before it must end there.
 */
function endsWord(rest: string): boolean {
  const m = WORD_END.exec(rest);
  return m !== null && !OPTIONAL_QUANTIFIER.test(rest.slice(m[0].length)); // "pre-?compute" may go on
}
const WORD_END = /^(?:\\[bsW]|[ '’,;:/-]|\\[./-]|\[(?:\\s|\\W| |\\?[-/.,'’])+\])/;

/** An optional piece that matches only non-word characters ("[\\s-]?", "\\/?", "-?"). */
const OPTIONAL_NON_WORD = /^(?:\\[sW./-]|[ '’,;:/-]|\[(?:\\s|\\W| |\\?[-/.,'’])+\])[?*]/;

/** Words this short get a second-word anchor when the expression spells the next word. */
const SHORT_WORD = 3;
/** Mandatory white space between two literal words, as terms and patterns write it. */
const WORD_GAP = /^(?: |\\s\+|\[\\s-\]\+|\\s(?![*?{])|['’])/;

/**
 * The lowercase literal word characters at `i`; `complete` when the word ends there (no quantifier made
 * part of it optional or repeated), so a match has exactly this word.
 */
function literalPrefix(seq: string, i: number): { prefix: string; end: number; complete: boolean } {
  let prefix = '';
  while (i < seq.length && /[A-Za-z0-9_]/.test(seq[i])) {
    if (OPTIONAL_QUANTIFIER.test(seq.slice(i + 1))) return { prefix, end: i, complete: false };
    prefix += seq[i].toLowerCase();
    if (seq[i + 1] === '+') return { prefix, end: i + 2, complete: false };
    i++;
  }
  return { prefix, end: i, complete: true };
}

/** `follow` is the source after the enclosing sequence ('' when unknown: the match may end there). */
function groupAnchors(seq: string, open: number, needBoundary: boolean, follow: string): Anchors | null {
  if (seq.startsWith('(?=', open) || seq.startsWith('(?!', open) || seq.startsWith('(?<', open)) return null;
  const end = groupEnd(seq, open);
  if (end < 0 || OPTIONAL_QUANTIFIER.test(seq.slice(end))) return null;
  const innerStart = seq.startsWith('(?:', open) ? open + 3 : open + 1;
  const out: Anchors = { prefixes: [], words: [], pairs: [], digit: false };
  const after = end < seq.length ? seq.slice(end) : follow;
  for (const alt of splitTopLevel(seq.slice(innerStart, end - 1))) {
    const a = anchorsOf(alt, needBoundary, after);
    if (!a) return null;
    out.prefixes.push(...a.prefixes);
    out.words.push(...a.words);
    out.pairs.push(...a.pairs);
    out.digit ||= a.digit;
  }
  return out;
}
