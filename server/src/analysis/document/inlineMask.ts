// Finds the inline spans of a prose block that are never evidence: code spans, HTML comments and tags,
// link destinations, autolinks and bare URLs. They are blanked out (same length) in the evidence text.

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

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+/gy;

function blank(s: string): string {
  return s.replace(/[^\n\r]/g, ' ');
}

/**
 * Returns `text` with non-evidence inline spans replaced by spaces, keeping every line break and offset.
 * Scans once, left to right, following CommonMark's precedence of code spans over everything else.
 */
export function maskInline(text: string): MaskResult {
  const comments: InlineComment[] = [];
  let out = '';
  let copied = 0;
  const maskRange = (start: number, end: number) => {
    out += text.slice(copied, start) + blank(text.slice(start, end));
    copied = end;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      i += 2;
      continue;
    }
    if (c === 96 /* ` */) {
      let run = 1;
      while (text.charCodeAt(i + run) === 96) run++;
      const close = findClosingBackticks(text, i + run, run);
      if (close >= 0) {
        maskRange(i, close + run);
        i = close + run;
      } else i += run;
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
      const tag = /<(?:[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*|\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?)>/y;
      tag.lastIndex = i;
      const m = tag.exec(text);
      if (m) {
        maskRange(i, i + m[0].length);
        i += m[0].length;
        continue;
      }
      i++;
      continue;
    }
    if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 40 /* ( */) {
      const end = findLinkDestinationEnd(text, i + 1);
      if (end > 0) {
        maskRange(i + 1, end);
        i = end;
        continue;
      }
    }
    if ((c === 104 || c === 119) /* h w */) {
      BARE_URL.lastIndex = i;
      const m = BARE_URL.exec(text);
      if (m && (i === 0 || !/[\w]/.test(text[i - 1]))) {
        maskRange(i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  if (copied === 0) return { masked: text, comments };
  return { masked: out + text.slice(copied), comments };
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

/** Given the offset of "(" after "]", returns the offset after the matching ")" or -1. */
function findLinkDestinationEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length && i < open + 2048; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '\n' && text[i + 1] === '\n') return -1;
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
