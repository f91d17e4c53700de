// A per-chunk index of word starts by lowercase word, so that a concept's anchored alternatives are tried
// only where a word with one of its prefixes starts.

export interface WordIndex {
  /** Distinct lowercase words, sorted. */
  words: string[];
  /** Start offsets of each word in `words` (ascending). */
  offsets: number[][];
  /** Start offsets of words that begin with a digit (ascending). */
  digitOffsets: number[];
}

const WORD = /\w+/g;

export function buildWordIndex(text: string): WordIndex {
  const byWord = new Map<string, number[]>();
  const digitOffsets: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    let list = byWord.get(word);
    if (!list) byWord.set(word, (list = []));
    list.push(m.index);
    const c = word.charCodeAt(0);
    if (c >= 48 && c <= 57) digitOffsets.push(m.index);
  }
  const words = [...byWord.keys()].sort();
  return { words, offsets: words.map((w) => byWord.get(w)!), digitOffsets };
}

/** Start offsets (ascending, distinct) of the words that begin with any of the prefixes. */
export function candidateOffsets(index: WordIndex, prefixes: readonly string[], digit: boolean): number[] {
  const lists: number[][] = [];
  for (const prefix of prefixes) {
    for (let i = lowerBound(index.words, prefix); i < index.words.length && index.words[i].startsWith(prefix); i++) lists.push(index.offsets[i]);
  }
  if (digit) lists.push(index.digitOffsets);
  if (lists.length === 1) return lists[0];
  const all: number[] = [];
  for (const l of lists) for (const o of l) all.push(o);
  all.sort((a, b) => a - b);
  let w = 0;
  for (let r = 0; r < all.length; r++) if (r === 0 || all[r] !== all[r - 1]) all[w++] = all[r];
  all.length = w;
  return all;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
