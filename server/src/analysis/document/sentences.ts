// Splits prose into sentences without breaking on abbreviations, decimals, versions or initials.

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'approx', 'cf', 'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'no', 'fig', 'eq',
  'sec', 'min', 'max', 'avg', 'est', 'resp', 'incl', 'et al', 'al', 'ca', 'u.s', 'jr', 'sr', 'st', 'vol',
]);

/** Returns [start, end) offsets of the sentences in text[from, to), trimmed of surrounding white space. */
export function splitSentences(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < to && /[.!?"'’”)\]*_]/.test(text[j])) j++;
      const atEnd = j >= to;
      const followedBySpace = atEnd || /\s/.test(text[j]);
      if (followedBySpace && (atEnd || isSentenceBoundary(text, start, i, j, to))) {
        out.push([start, trimEnd(text, start, j)]);
        start = skipSpace(text, j, to);
        i = start;
        continue;
      }
      i = j;
      continue;
    }
    if (c === '\n' && isHardLineBreak(text, i, to)) {
      const end = trimEnd(text, start, i);
      if (end > start) out.push([start, end]);
      start = skipSpace(text, i + 1, to);
      i = start;
      continue;
    }
    i++;
  }
  const end = trimEnd(text, start, to);
  if (end > start) out.push([start, end]);
  return out;
}

function isSentenceBoundary(text: string, sentenceStart: number, dot: number, after: number, to: number): boolean {
  if (text[dot] !== '.') return true;
  // The word that ends with this full stop.
  let w = dot;
  while (w > sentenceStart && /[A-Za-z.]/.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^[a-z]$/i.test(word) && /^[A-Z]$/.test(text.slice(w, dot))) return false; // an initial: "J. Smith"
  if (/[0-9]/.test(text[dot - 1] ?? '') && /[0-9]/.test(text[dot + 1] ?? '')) return false;
  const next = skipSpace(text, after, to);
  if (next >= to) return true;
  // A new sentence starts with a capital, a digit, a quote, a bracket or markup.
  return /[A-Z0-9"'“‘(\[*_`#|>-]/.test(text[next]);
}

/** A line break ends a sentence when the next line starts a new thought: a blank line or a label. */
function isHardLineBreak(text: string, nl: number, to: number): boolean {
  const prev = text.slice(Math.max(0, nl - 2), nl);
  if (prev.endsWith('  ') || prev.endsWith('\\')) return true;
  const next = skipInlineSpace(text, nl + 1, to);
  if (next >= to) return true;
  if (text[next] === '\n') return true;
  return false;
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}

function skipInlineSpace(text: string, i: number, to: number): number {
  while (i < to && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
