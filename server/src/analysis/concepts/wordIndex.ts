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
