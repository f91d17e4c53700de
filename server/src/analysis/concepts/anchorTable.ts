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

/** Symbol (1-based) of a word character in the flat trie, uppercase folded to lowercase; 0 for none. */
const SYMBOL = new Uint8Array(128);
const SYMBOLS = 38;
for (let c = 97; c <= 122; c++) SYMBOL[c] = SYMBOL[c - 32] = c - 96;
for (let c = 48; c <= 57; c++) SYMBOL[c] = c - 48 + 27;
SYMBOL[95] = 37;

export class AnchorTable {
  private readonly root: TrieNode = { next: [], concepts: [], words: [], pairs: [] };
  private readonly digitConcepts: number[] = [];
  private readonly indexByKey = new Map<string, number>();
  private readonly conceptCount: number;
  // The trie flattened into typed arrays for the walk: no node objects to chase per character.
  /** Child node number per (node, symbol); 0 for none (the root is node 0, never a child). */
  private readonly children: Int32Array;
  /** Node n's prefix concepts are prefixConcepts[prefixFrom[n] .. prefixFrom[n + 1]). */
  private readonly prefixFrom: Int32Array;
  private readonly prefixConcepts: Int32Array;
  /** Node n's whole-word concepts, flat in the same way. */
  private readonly wordFrom: Int32Array;
  private readonly wordConcepts: Int32Array;
  /** Per node number: its pair anchors, null where it has none. */
  private readonly nodePairs: Array<TrieNode['pairs'] | null> = [];

  constructor(concepts: readonly CompiledConcept[]) {
    this.conceptCount = concepts.length;
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
    const nodes: TrieNode[] = [this.root];
    for (let n = 0; n < nodes.length; n++) for (const child of nodes[n].next) if (child) nodes.push(child);
    const number = new Map(nodes.map((node, n) => [node, n]));
    this.children = new Int32Array(nodes.length * SYMBOLS);
    this.prefixFrom = new Int32Array(nodes.length + 1);
    this.wordFrom = new Int32Array(nodes.length + 1);
    nodes.forEach((node, n) => {
      node.next.forEach((child, ch) => {
        if (child && ch < 128 && SYMBOL[ch]) this.children[n * SYMBOLS + SYMBOL[ch]] = number.get(child)!;
      });
      this.prefixFrom[n + 1] = this.prefixFrom[n] + node.concepts.length;
      this.wordFrom[n + 1] = this.wordFrom[n] + node.words.length;
      this.nodePairs.push(node.pairs.length ? node.pairs : null);
    });
    this.prefixConcepts = Int32Array.from(nodes.flatMap((node) => node.concepts));
    this.wordConcepts = Int32Array.from(nodes.flatMap((node) => node.words));
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

  /**
   * Candidate word-start offsets of every concept in one typed array, concept by concept (each ascending,
   * distinct): off the JavaScript heap, so the per-chunk cache of candidates costs the collector nothing.
   */
  candidates(text: string): CandidateOffsets {
    const conceptCount = this.conceptCount;
    // Found in text order as (concept, offset) pairs, then grouped by concept with a counting sort.
    let found = new Int32Array(text.length + 64);
    let size = 0;
    const lastOffset = new Int32Array(conceptCount).fill(-1);
    const counts = new Int32Array(conceptCount + 1);
    const add = (concept: number, offset: number) => {
      if (lastOffset[concept] === offset) return;
      lastOffset[concept] = offset;
      counts[concept + 1]++;
      if (size + 2 > found.length) {
        const grown = new Int32Array(found.length * 2);
        grown.set(found);
        found = grown;
      }
      found[size++] = concept;
      found[size++] = offset;
    };
    const { children, prefixFrom, prefixConcepts, wordFrom, wordConcepts, nodePairs } = this;
    const n = text.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const word = c < 128 && SYMBOL[c] !== 0;
      if (word && !prevWord) {
        if (c >= 48 && c <= 57) for (const k of this.digitConcepts) add(k, i);
        let node = 0;
        for (let j = i; j < n; j++) {
          const d = text.charCodeAt(j);
          // Trie paths are ASCII word characters only: anything else ends the walk.
          if (d >= 128 || SYMBOL[d] === 0) break;
          node = children[node * SYMBOLS + SYMBOL[d]];
          if (node === 0) break;
          for (let k = prefixFrom[node], e = prefixFrom[node + 1]; k < e; k++) add(prefixConcepts[k], i);
          const pairs = nodePairs[node];
          const wordsFrom = wordFrom[node];
          const wordsEnd = wordFrom[node + 1];
          if ((wordsFrom < wordsEnd || pairs !== null) && !isWordChar(text.charCodeAt(j + 1))) {
            for (let k = wordsFrom; k < wordsEnd; k++) add(wordConcepts[k], i);
            // A pair applies when the word ends here and the next word starts with its second prefix.
            if (pairs !== null) {
              let w = j + 1;
              while (w < n && isGap(text.charCodeAt(w))) w++;
              if (w > j + 1) for (const p of pairs) if (startsWithLower(text, w, p.second)) add(p.concept, i);
            }
          }
        }
      }
      prevWord = word;
    }
    for (let k = 0; k < conceptCount; k++) counts[k + 1] += counts[k];
    const offsets = new Int32Array(size >> 1);
    const next = counts.slice(0, conceptCount);
    for (let r = 0; r < size; r += 2) offsets[next[found[r]]++] = found[r + 1];
    return { offsets, from: counts };
  }
}

/** Concept k's candidates are offsets[from[k] .. from[k + 1]). */
export interface CandidateOffsets {
  offsets: Int32Array;
  from: Int32Array;
}
