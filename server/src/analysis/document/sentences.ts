// Splits prose into sentences without breaking on abbreviations, decimals, versions or initials.
import { isWhiteSpace } from './whiteSpace';

/** Abbreviations that never end a sentence: a capital after them starts a name or an example. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'vs', 'approx', 'cf', 'mr', 'mrs', 'ms', 'dr', 'prof', 'resp', 'incl', 'al', 'ca', 'u.s', 'st', 'viz',
]);
/** Abbreviations that end a sentence when a capitalised word follows ("... and so on, etc. Then ..."). */
const SENTENCE_FINAL_ABBREVIATIONS = new Set([
  'etc', 'inc', 'ltd', 'jr', 'sr', 'no', 'fig', 'eq', 'sec', 'min', 'max', 'avg', 'est', 'vol',
]);

/** A character that can start a new sentence after a full stop: a capital, a digit, a quote, a bracket, markup. */
const SENTENCE_START = /[\p{Lu}\p{Lt}0-9"'“‘(\[*_`#|>-]/u;

/** Returns [start, end) offsets of the sentences in text[from, to), trimmed of surrounding white space. */
export function splitSentences(text: string, from: number, to: number, source: string = text): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  forEachSentence(text, from, to, (start, end) => out.push([start, end]), source);
  return out;
}

/**
 * Calls `emit` with the [start, end) offsets of each sentence in text[from, to), in order (no array built).
 * `source` is the text as written when `text` is its evidence (code spans blanked): a line ending in a code span
 * ends in spaces there, which is not the two trailing spaces of a hard break.
 */
export function forEachSentence(text: string, from: number, to: number, emit: (start: number, end: number) => void, source: string = text): void {
  let start = skipSpace(text, from, to);
  let i = start;
  // A regex search is fastest but runs on past `to`: use it only when a line break follows `to` at once.
  const after = text.charCodeAt(to);
  const lineEndsAtTo = to >= text.length || after === 10 || after === 13;
  while (i < to) {
    i = nextCandidate(text, i, to, lineEndsAtTo);
    if (i >= to) break;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      // A CR followed by LF is one line break: look at it from the LF.
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        i++;
        continue;
      }
      if (isHardLineBreak(text, source, i, to)) {
        const end = trimEnd(text, start, i);
        if (end > start) emit(start, end);
        start = skipSpace(text, i + 1, to);
        i = start;
      } else i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isCloser(text.charCodeAt(j))) j++;
    const atEnd = j >= to;
    if ((atEnd || isWhiteSpace(text.charCodeAt(j))) && (atEnd || isSentenceBoundary(text, start, i, j, to))) {
      emit(start, trimEnd(text, start, j));
      start = skipSpace(text, j, to);
      i = start;
      continue;
    }
    i = j;
  }
  const end = trimEnd(text, start, to);
  if (end > start) emit(start, end);
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS, ...SENTENCE_FINAL_ABBREVIATIONS].map((a) => a.length));

/** Sentence ends and line breaks: the only places a split can happen. */
const CANDIDATE = /[.!?\n\r]/g;

/** Offset of the next sentence end or line break in text[i, to), or `to`. */
function nextCandidate(text: string, i: number, to: number, useRegex: boolean): number {
  if (useRegex) {
    // test(), not exec(): the match is one character, so it starts just before lastIndex (no match array).
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(text)) return to;
    const at = CANDIDATE.lastIndex - 1;
    return at < to ? at : to;
  }
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13) return i;
  }
  return to;
}

/** Punctuation, quotes, brackets and emphasis that may follow a sentence's final stop. */
function isCloser(c: number): boolean {
  return (
    c === 46 || c === 33 || c === 63 || c === 34 || c === 39 || c === 0x2019 || c === 0x201d || c === 41 || c === 93 || c === 42 || c === 95
  );
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSentenceBoundary(text: string, sentenceStart: number, dot: number, after: number, to: number): boolean {
  if (text.charCodeAt(dot) !== 46) return true;
  // The word that ends with this full stop.
  let w = dot;
  while (w > sentenceStart && (isAsciiLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 46)) w--;
  const next = skipSpace(text, after, to);
  if (next >= to) return true;
  const nextChar = text.charCodeAt(next);
  // ASCII letters decide without the Unicode regex (the common case).
  const startsSentence = nextChar >= 97 && nextChar <= 122 ? false : (nextChar >= 65 && nextChar <= 90) || SENTENCE_START.test(text[next]);
  if (dot - w === 1 && text.charCodeAt(w) >= 65 && text.charCodeAt(w) <= 90) return false; // an initial: "J. Smith"
  if (dot - w > LONGEST_ABBREVIATION) return startsSentence;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // "No. 5", "fig. 3": a number after the abbreviation belongs to it; "Max. No. of clicks": so does the rest
  // of a sentence the abbreviation opens.
  if (SENTENCE_FINAL_ABBREVIATIONS.has(word)) return startsSentence && !(nextChar >= 48 && nextChar <= 57) && w > sentenceStart;
  // A new sentence starts with a capital, a digit, a quote, a bracket or markup.
  return startsSentence;
}

/** A line break ends a sentence when it is a hard break (two trailing spaces, a backslash) or before a blank line. */
function isHardLineBreak(text: string, source: string, nl: number, to: number): boolean {
  let p = nl;
  if (text.charCodeAt(p) === 10 && text.charCodeAt(p - 1) === 13) p--;
  if (source.charCodeAt(p - 1) === 92) return true;
  if (source.charCodeAt(p - 1) === 32 && source.charCodeAt(p - 2) === 32) return true;
  let next = nl + 1;
  while (next < to && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++;
  if (next >= to) return true;
  const c = text.charCodeAt(next);
  return c === 10 || c === 13;
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && isWhiteSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
