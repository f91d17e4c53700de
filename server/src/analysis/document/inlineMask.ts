// Finds the inline spans of a prose block that are never evidence: code spans, HTML comments and tags,
// link destinations, autolinks and bare URLs. They are blanked out (same length) in the evidence text.
import { blankRange } from './blank';

export interface InlineComment {
  /** Offset of "<!--" relative to the scanned string. */
  start: number;
  end: number;
  body: string;
}

export interface MaskResult {
  masked: string;
  comments: InlineComment[];
}

/** Characters (or URL starts) where a non-evidence span may begin; everything between is copied as is. */
const SPAN_START = /[\\`<\]]|\b(?:https?:\/\/|www\.)/g;
const TAG = /<(?:[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*|\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?)>/y;
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>\]]+/y;
/** Trailing characters that end a sentence rather than a URL (GFM autolink rule, plus quotes). */
const URL_TRAILING_PUNCTUATION = /[?!.,:;*_~'"]+$/;
/** CommonMark limits link destinations to this paren depth; it also keeps a failed scan short. */
const MAX_PAREN_DEPTH = 32;

/** Returns `text` with non-evidence inline spans replaced by spaces, keeping every line break and offset. */
export function maskInline(text: string): MaskResult {
  const comments: InlineComment[] = [];
  let out = '';
  let copied = 0;
  findInlineMasks(text, (start, end) => {
    out += text.slice(copied, start) + blankRange(text.slice(start, end));
    copied = end;
  }, comments);
  if (copied === 0) return { masked: text, comments };
  return { masked: out + text.slice(copied), comments };
}

/**
 * Calls `maskRange` for each non-evidence inline span of `text`, in order and without overlaps, and adds the
 * HTML comments it finds to `comments`. Scans once, left to right, following CommonMark's precedence of code
 * spans over everything else.
 */
export function findInlineMasks(text: string, maskRange: (start: number, end: number) => void, comments: InlineComment[]): void {
  // Backtick run lengths with no closing run after some point (so none after any later point either).
  let unclosedRuns: Set<number> | undefined;
  const n = text.length;
  let i = 0;
  for (;;) {
    SPAN_START.lastIndex = i;
    const found = SPAN_START.exec(text);
    if (!found) break;
    i = found.index;
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      i += 2;
      continue;
    }
    if (c === 96 /* ` */) {
      let run = 1;
      while (text.charCodeAt(i + run) === 96) run++;
      const close = unclosedRuns?.has(run) ? -1 : findClosingBackticks(text, i + run, run);
      if (close >= 0) {
        maskRange(i, close + run);
        i = close + run;
      } else {
        (unclosedRuns ??= new Set()).add(run);
        i += run;
      }
      continue;
    }
    if (c === 60 /* < */) {
      if (text.startsWith('<!--', i)) {
        const endAt = text.indexOf('-->', i + 4);
        const end = endAt < 0 ? n : endAt + 3;
        comments.push({ start: i, end, body: text.slice(i + 4, endAt < 0 ? n : endAt) });
        maskRange(i, end);
        i = end;
        continue;
      }
      TAG.lastIndex = i;
      const m = TAG.exec(text);
      if (m) {
        maskRange(i, i + m[0].length);
        i += m[0].length;
        continue;
      }
      i++;
      continue;
    }
    if (c === 93 /* ] */) {
      const end = text.charCodeAt(i + 1) === 40 /* ( */ ? linkTailEnd(text, i + 1) : -1;
      if (end > 0) {
        maskRange(i + 1, end);
        i = end;
      } else i++;
      continue;
    }
    // A bare URL (the pattern only stops here at a word boundary before http:// or www.).
    BARE_URL.lastIndex = i;
    const m = BARE_URL.exec(text);
    const end = m ? i + urlLength(m[0]) : i + 1;
    if (m) maskRange(i, end);
    i = end;
  }
}

/** Length of a bare URL without trailing punctuation and unbalanced closing parentheses. */
function urlLength(url: string): number {
  let end = url.length;
  for (;;) {
    const trimmed = url.slice(0, end).replace(URL_TRAILING_PUNCTUATION, '');
    end = trimmed.length;
    if (!trimmed.endsWith(')')) return end;
    let open = 0;
    let close = 0;
    for (let k = 0; k < end; k++) {
      const ch = trimmed.charCodeAt(k);
      if (ch === 40) open++;
      else if (ch === 41) close++;
    }
    if (close <= open) return end;
    end--;
  }
}

function findClosingBackticks(text: string, from: number, run: number): number {
  let i = text.indexOf('`', from);
  while (i >= 0) {
    let r = 1;
    while (text.charCodeAt(i + r) === 96) r++;
    if (r === run) return i;
    i = text.indexOf('`', i + r);
  }
  return -1;
}

/**
 * Given the offset of "(" after "]", returns the offset after the ")" that closes an inline link's
 * destination and optional title (CommonMark), or -1 when there is no such link tail.
 */
function linkTailEnd(text: string, open: number): number {
  let i = skipLinkSpace(text, open + 1);
  if (i < 0) return -1;
  const c = text.charCodeAt(i);
  if (c === 60 /* < */) {
    // <destination>: no line break, no unescaped "<".
    for (i++; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === 92) i++;
      else if (d === 62) break;
      else if (d === 60 || d === 10 || d === 13) return -1;
    }
    if (i >= text.length) return -1;
    i++;
  } else {
    // A run without spaces or controls, with balanced parentheses.
    let depth = 0;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === 92) {
        i++;
        continue;
      }
      if (d <= 32 || d === 127) break;
      if (d === 40) {
        if (++depth > MAX_PAREN_DEPTH) return -1;
      } else if (d === 41) {
        if (depth === 0) break;
        depth--;
      }
    }
    if (depth !== 0) return -1;
  }
  const afterDestination = i;
  i = skipLinkSpace(text, i);
  if (i < 0) return -1;
  const q = text.charCodeAt(i);
  if (i > afterDestination && (q === 34 || q === 39 || q === 40)) {
    // Title: "...", '...' or (...), possibly over lines but not across a blank line.
    const closer = q === 40 ? 41 : q;
    for (i++; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === 92) i++;
      else if (d === closer) break;
      else if (q === 40 && d === 40) return -1;
      else if (d === 10 && isBlankAfter(text, i + 1)) return -1;
    }
    if (i >= text.length) return -1;
    i = skipLinkSpace(text, i + 1);
    if (i < 0) return -1;
  }
  return text.charCodeAt(i) === 41 /* ) */ ? i + 1 : -1;
}

/** Skips spaces, tabs and at most one line break; -1 at a blank line. */
function skipLinkSpace(text: string, i: number): number {
  let breaks = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (c === 13 || c === 10) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (++breaks > 1) return -1;
      continue;
    }
    break;
  }
  return i;
}

function isBlankAfter(text: string, i: number): boolean {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i >= text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}
