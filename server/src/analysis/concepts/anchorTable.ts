// A trie of every concept's anchor prefixes, so that one pass over a chunk's distinct words yields the
// candidate start offsets of all concepts at once (instead of one prefix search per concept and chunk).
import type { CompiledConcept } from '../vocabulary/compile';
import type { WordIndex } from './wordIndex';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Concepts having the path to this node as an anchor prefix. */
  concepts: number[];
}

export class AnchorTable {
  private readonly root: TrieNode = { next: new Map(), concepts: [] };
  private readonly digitConcepts: number[] = [];
  private readonly indexByKey = new Map<string, number>();

  constructor(concepts: readonly CompiledConcept[]) {
    concepts.forEach((c, i) => {
      this.indexByKey.set(c.key, i);
      if (c.anchored.digit) this.digitConcepts.push(i);
      for (const prefix of c.anchored.prefixes) {
        let node = this.root;
        for (let k = 0; k < prefix.length; k++) {
          const ch = prefix.charCodeAt(k);
          let child = node.next.get(ch);
          if (!child) node.next.set(ch, (child = { next: new Map(), concepts: [] }));
          node = child;
        }
        if (!node.concepts.includes(i)) node.concepts.push(i);
      }
    });
  }

  indexOf(concept: CompiledConcept): number | undefined {
    return this.indexByKey.get(concept.key);
  }

  /** Candidate offsets per concept index (ascending, distinct); undefined where a concept has none. */
  candidates(index: WordIndex): Array<ArrayLike<number> | undefined> {
    const lists: Array<number[][] | undefined> = [];
    const add = (concept: number, offsets: number[]) => {
      const l = lists[concept];
      if (l) l.push(offsets);
      else lists[concept] = [offsets];
    };
    for (let w = 0; w < index.words.length; w++) {
      const word = index.words[w];
      let node: TrieNode | undefined = this.root;
      for (let k = 0; k < word.length && node; k++) {
        node = node.next.get(word.charCodeAt(k));
        if (node) for (const c of node.concepts) add(c, index.offsets[w]);
      }
    }
    if (index.digitOffsets.length) for (const c of this.digitConcepts) add(c, index.digitOffsets);
    return lists.map((l) => (l ? mergeSorted(l) : undefined));
  }
}

/** Union of ascending offset lists, ascending and distinct (a typed-array sort has no comparator calls). */
function mergeSorted(lists: number[][]): ArrayLike<number> {
  if (lists.length === 1) return lists[0];
  let n = 0;
  for (const l of lists) n += l.length;
  const all = new Int32Array(n);
  let i = 0;
  for (const l of lists) for (const o of l) all[i++] = o;
  all.sort();
  let w = 0;
  for (let r = 0; r < n; r++) if (r === 0 || all[r] !== all[r - 1]) all[w++] = all[r];
  return all.subarray(0, w);
}
