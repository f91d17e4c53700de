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
  // A leading look-behind consumes nothing: a match starts where what follows it starts ("(?<=\\bapp\\s+)\\bqueues").
  if (seq.startsWith('(?<=') || seq.startsWith('(?<!')) {
    const end = groupEnd(seq, 0);
    return end > 0 && end < seq.length ? anchorsOf(seq.slice(end), needBoundary, follow) : null;
  }
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
  // "re(?:play|process)" anchors on "replay" and "reprocess", not on every word starting with "re".
  if (first.complete && seq[first.end] === '(') {
    const group = groupAnchors(seq, first.end, false, follow);
    if (group && !group.digit && group.pairs.length === 0 && group.prefixes.length + group.words.length) {
      return { prefixes: group.prefixes.map((p) => first.prefix + p), words: group.words.map((w) => first.prefix + w), pairs: [], digit: false };
    }
  }
  // What follows the word: the rest of this sequence, or after the group the word ends (follow).
  const rest = first.end < seq.length ? seq.slice(first.end) : follow;
  // "re[\\s-]?play", "I\\/?O": the word alone (something non-word follows it) or run together with the next.
  if (first.complete) {
    const gap = OPTIONAL_NON_WORD.exec(seq.slice(first.end));
    if (gap) {
      const second = literalPrefix(seq, first.end + gap[0].length);
      if (second.prefix.length >= 2) {
        // "read[\\s-]?heavy": apart, only white space or a hyphen comes between, so the next word is known too.
        const alone = OPTIONAL_GAP.test(gap[0]) ? { words: [], pairs: [{ first: first.prefix, second: second.prefix }] } : { words: [first.prefix], pairs: [] };
        return { prefixes: [first.prefix + second.prefix], ...alone, digit: false };
      }
    }
  }
  // "up\\s+to", "(?:for|with)\\s+redundancy", "to\\s+(?:improve|add)", "we(?:\\s+will|'ll)": the word and the words
  // that can follow it.
  if (first.complete) {
    const seconds = wordsAfterGap(rest);
    if (seconds) return { prefixes: [], words: [], pairs: seconds.map((second) => ({ first: first.prefix, second })), digit: false };
  }
  // "a\\s+", "to\\b", "(?:an|the)\\s": every match has exactly this word, so "and" or "today" is no candidate.
  if (first.complete && endsWord(rest)) {
    return { prefixes: [], words: [first.prefix], pairs: [], digit: false };
  }
  // "p\\d{2,3}": the word runs on into a digit, so each digit makes a longer prefix ("p9" rather than every word in p).
  if (first.complete && rest.startsWith('\\d') && !OPTIONAL_QUANTIFIER.test(rest.slice(2))) {
    return { prefixes: [...'0123456789'].map((d) => first.prefix + d), words: [], pairs: [], digit: false };
  }
  // "(?:is|does)n't": the group's word runs on into the letters after the group.
  const more = first.complete && first.end === seq.length ? literalPrefix(follow, 0).prefix : '';
  return { prefixes: [first.prefix + more], words: [], pairs: [], digit: false };
}

/**
 * The words that can come after the gap every match of `seq` starts with (white space, a hyphen or an
 * apostrophe between two words), also when each alternative of a group starts with its own gap; null when
 * that is not known.
 */
function wordsAfterGap(seq: string): string[] | null {
  const gap = WORD_GAP.exec(seq) ?? APOSTROPHES.exec(seq);
  if (gap) return leadingWords(seq.slice(gap[0].length));
  if (!seq.startsWith('(') || seq.startsWith('(?=') || seq.startsWith('(?!') || seq.startsWith('(?<')) return null;
  const end = groupEnd(seq, 0);
  if (end < 0 || /^[?*+{]/.test(seq.slice(end))) return null;
  const after = seq.slice(end);
  const words: string[] = [];
  for (const alt of splitTopLevel(seq.slice(seq.startsWith('(?:') ? 3 : 1, end - 1))) {
    const w = wordsAfterGap(alt + after);
    if (!w) return null;
    words.push(...w);
  }
  const distinct = [...new Set(words)];
  return distinct.length <= MAX_SECOND_WORDS ? distinct : null;
}

/** A class of apostrophes only ("we['’]ll"): a gap between two words as well. */
const APOSTROPHES = /^\[['’]+\](?![?*{])/;

/** Most second words a pair anchor lists: past that, the first word alone is the cheaper anchor. */
const MAX_SECOND_WORDS = 24;

/**
 * The lowercase literal word prefixes one of which every match of `seq` starts with; null when that is not
 * known (a class, an escape, a look-around, a repeated group, nothing literal).
 */
function leadingWords(seq: string): string[] | null {
  let i = 0;
  while (seq.startsWith('\\b', i)) i += 2;
  if (seq.startsWith('(', i)) {
    if (seq.startsWith('(?=', i) || seq.startsWith('(?!', i) || seq.startsWith('(?<', i)) return null;
    const end = groupEnd(seq, i);
    if (end < 0) return null;
    const inner = seq.slice(seq.startsWith('(?:', i) ? i + 3 : i + 1, end - 1);
    let after = seq.slice(end);
    const words: string[] = [];
    const quantifier = /^(?:\?|\*|\{0(?:,\d*)?\})\??/.exec(after);
    if (quantifier) {
      // An optional group: the words it starts with, or the words after it.
      after = after.slice(quantifier[0].length);
      const skipped = leadingWords(after);
      if (!skipped) return null;
      words.push(...skipped);
    } else if (/^[+{]/.test(after)) return null;
    for (const alt of splitTopLevel(inner)) {
      const w = leadingWords(alt + after);
      if (!w) return null;
      words.push(...w);
    }
    const distinct = [...new Set(words)];
    return distinct.length <= MAX_SECOND_WORDS ? distinct : null;
  }
  const literal = literalPrefix(seq, i);
  return literal.prefix ? [literal.prefix] : null;
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

/** An optional piece that matches only what may stand between two words: white space or a hyphen. */
const OPTIONAL_GAP = /^(?:\\s|-| |\[(?:\\s|-| )+\])[?*]$/;
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
