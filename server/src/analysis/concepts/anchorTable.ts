// A trie of every concept's anchor prefixes. One left-to-right pass over a chunk walks each word start
// through the trie and yields the candidate offsets of all concepts at once, already in ascending order:
// no word strings, no sorting.
import type { CompiledConcept } from '../vocabulary/compile';

interface TrieNode {
  /** Children by lowercase ASCII code (vocabulary prefixes are ASCII word characters). */
  next: Array<TrieNode | undefined>;
  /** Concepts having the path to this node as an anchor prefix. */
  concepts: number[];
  /** Concepts having the path to this node as a whole word. */
  words: number[];
  /** Concepts anchored on exactly this word followed by a word with the given prefix. */
  pairs: Array<{ concept: number; second: string }>;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** White space, a hyphen or an apostrophe between two words ("I would", "dead-letter", "I'll"). */
function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 45 || c === 160 || c === 11 || c === 12 || c === 39 || c === 8217;
}

function startsWithLower(text: string, at: number, prefix: string): boolean {
  if (at + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let d = text.charCodeAt(at + k);
    if (d >= 65 && d <= 90) d += 32;
    if (d !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

export class AnchorTable {
  private readonly root: TrieNode = { next: [], concepts: [], words: [], pairs: [] };
  private readonly digitConcepts: number[] = [];
  private readonly indexByKey = new Map<string, number>();

  constructor(concepts: readonly CompiledConcept[]) {
    concepts.forEach((c, i) => {
      this.indexByKey.set(c.key, i);
      if (c.anchored.digit) this.digitConcepts.push(i);
      for (const prefix of c.anchored.prefixes) {
        const node = this.nodeFor(prefix);
        if (!node.concepts.includes(i)) node.concepts.push(i);
      }
      for (const word of c.anchored.words) {
        const node = this.nodeFor(word);
        if (!node.words.includes(i)) node.words.push(i);
      }
      for (const { first, second } of c.anchored.pairs) this.nodeFor(first).pairs.push({ concept: i, second });
    });
  }

  private nodeFor(prefix: string): TrieNode {
    let node = this.root;
    for (let k = 0; k < prefix.length; k++) {
      const ch = prefix.charCodeAt(k);
      let child = node.next[ch];
      if (!child) node.next[ch] = child = { next: [], concepts: [], words: [], pairs: [] };
      node = child;
    }
    return node;
  }

  indexOf(concept: CompiledConcept): number | undefined {
    return this.indexByKey.get(concept.key);
  }

  /** Candidate word-start offsets per concept index (ascending, distinct); undefined where there are none. */
  candidates(text: string): Array<number[] | undefined> {
    const lists: Array<number[] | undefined> = [];
    const add = (concept: number, offset: number) => {
      const l = lists[concept];
      if (!l) lists[concept] = [offset];
      else if (l[l.length - 1] !== offset) l.push(offset);
    };
    const n = text.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const word = isWordChar(c);
      if (word && !prevWord) {
        if (c >= 48 && c <= 57) for (const k of this.digitConcepts) add(k, i);
        let node: TrieNode | undefined = this.root;
        for (let j = i; j < n && node; j++) {
          let d = text.charCodeAt(j);
          if (d >= 65 && d <= 90) d += 32;
          node = d < 128 ? node.next[d] : undefined;
          if (!node) break;
          for (const k of node.concepts) add(k, i);
          if ((node.words.length || node.pairs.length) && !isWordChar(text.charCodeAt(j + 1))) {
            for (const k of node.words) add(k, i);
            // A pair applies when the word ends here and the next word starts with its second prefix.
            let w = j + 1;
            while (w < n && (isGap(text.charCodeAt(w)))) w++;
            if (w > j + 1) for (const p of node.pairs) if (startsWithLower(text, w, p.second)) add(p.concept, i);
          }
        }
      }
      prevWord = word;
    }
    return lists;
  }
}
