// A trie of every concept's anchor prefixes. One left-to-right pass over a chunk walks each word start
// through the trie and yields the candidate offsets of all concepts at once, already in ascending order:
// no word strings, no sorting. Each concept has a slot per expression (case-insensitive terms and patterns;
// case-sensitive acronyms; false friends), so each expression is tried only where its own alternatives can start.
import type { Anchors } from '../vocabulary/anchors';
import type { CompiledConcept } from '../vocabulary/compile';

interface TrieNode {
  /** Children by lowercase ASCII code (vocabulary prefixes are ASCII word characters). */
  next: Array<TrieNode | undefined>;
  /** Slots having the path to this node as an anchor prefix. */
  concepts: number[];
  /** Slots having the path to this node as a whole word. */
  words: number[];
  /** Slots anchored on exactly this word followed by a word with the given prefix. */
  pairs: Array<{ concept: number; second: string }>;
}

/**
 * White space (everything \s matches), a hyphen or an apostrophe between two words ("I would", "dead-letter",
 * "I'll").
 */
function isGap(c: number): boolean {
  if (c < 128) return c === 32 || c === 9 || c === 10 || c === 13 || c === 45 || c === 11 || c === 12 || c === 39;
  return c === 160 || c === 8217 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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

/** A concept's expressions that have anchors, each with its slot in the table. */
export type Expression = 'insensitive' | 'sensitive' | 'exclude';
const SLOT: Readonly<Record<Expression, number>> = { insensitive: 0, sensitive: 1, exclude: 2 };
const SLOTS = 3;

/**
 * A node's pair anchors grouped by their second word, indexed by that word's first symbol: a word start checks
 * only the second words that begin with the letter after it.
 */
type PairIndex = Array<Array<{ second: string; slots: number[] }> | undefined>;

function pairIndex(pairs: TrieNode['pairs']): PairIndex {
  const index: PairIndex = [];
  for (const { concept, second } of pairs) {
    const symbol = SYMBOL[second.charCodeAt(0)];
    const bucket = (index[symbol] ??= []);
    const entry = bucket.find((e) => e.second === second);
    if (entry) entry.slots.push(concept);
    else bucket.push({ second, slots: [concept] });
  }
  return index;
}

/**
 * The walk's buffer of (slot, offset) pairs, kept for the next walk (each reads it out before returning), up
 * to a size: allocating and zeroing one per chunk was a tenth of the walk's time in profiles.
 */
let scratch = new Int32Array(0);
const MAX_SCRATCH = 1 << 20;

export class AnchorTable {
  private readonly root: TrieNode = { next: [], concepts: [], words: [], pairs: [] };
  private readonly digitConcepts: number[] = [];
  private readonly indexByKey = new Map<string, number>();
  /** SLOTS per concept, one per expression (see slotOf). */
  private readonly slotCount: number;
  // The trie flattened into typed arrays for the walk: no node objects to chase per character.
  /**
   * Child node number per (node, symbol); 0 for none (the root is node 0, never a child). 16-bit while the
   * node numbers fit: the walk reads it at every letter, and half the size stays in the CPU cache.
   */
  private readonly children: Uint16Array | Int32Array;
  /** Node n's prefix concepts are prefixConcepts[prefixFrom[n] .. prefixFrom[n + 1]). */
  private readonly prefixFrom: Int32Array;
  private readonly prefixConcepts: Int32Array;
  /** Node n's whole-word concepts, flat in the same way. */
  private readonly wordFrom: Int32Array;
  private readonly wordConcepts: Int32Array;
  /** Per node: 1 when it has prefix slots, 2 when it has whole-word or pair slots. */
  private readonly nodeFlags: Uint8Array;
  /** Per node number: its pair anchors by the first symbol of their second word, null where it has none. */
  private readonly nodePairs: Array<PairIndex | null> = [];

  constructor(concepts: readonly CompiledConcept[]) {
    this.slotCount = SLOTS * concepts.length;
    concepts.forEach((c, i) => {
      this.indexByKey.set(c.key, i);
      this.addAnchors(SLOTS * i + SLOT.insensitive, c.anchored.insensitiveAnchors);
      this.addAnchors(SLOTS * i + SLOT.sensitive, c.anchored.sensitiveAnchors);
      if (c.anchored.excludeAnchors) this.addAnchors(SLOTS * i + SLOT.exclude, c.anchored.excludeAnchors);
    });
    const nodes: TrieNode[] = [this.root];
    for (let n = 0; n < nodes.length; n++) for (const child of nodes[n].next) if (child) nodes.push(child);
    this.dropCoveredSlots(this.root, new Set(), 0);
    const number = new Map(nodes.map((node, n) => [node, n]));
    this.children = nodes.length <= 0xffff ? new Uint16Array(nodes.length * SYMBOLS) : new Int32Array(nodes.length * SYMBOLS);
    this.prefixFrom = new Int32Array(nodes.length + 1);
    this.wordFrom = new Int32Array(nodes.length + 1);
    nodes.forEach((node, n) => {
      node.next.forEach((child, ch) => {
        if (child && ch < 128 && SYMBOL[ch]) this.children[n * SYMBOLS + SYMBOL[ch]] = number.get(child)!;
      });
      this.prefixFrom[n + 1] = this.prefixFrom[n] + node.concepts.length;
      this.wordFrom[n + 1] = this.wordFrom[n] + node.words.length;
      this.nodePairs.push(node.pairs.length ? pairIndex(node.pairs) : null);
    });
    this.prefixConcepts = Int32Array.from(nodes.flatMap((node) => node.concepts));
    this.nodeFlags = Uint8Array.from(nodes.map((node) => (node.concepts.length ? 1 : 0) | (node.words.length || node.pairs.length ? 2 : 0)));
    this.wordConcepts = Int32Array.from(nodes.flatMap((node) => node.words));
  }

  /**
   * Leaves each slot at most once on any word's path: a slot already yielded by a shorter prefix (or by a digit
   * start) is dropped from the nodes below, and a pair already covered by its first word, or by a shorter second
   * word, is dropped too. The walk then needs no check for a slot yielded twice at one word start.
   */
  private dropCoveredSlots(node: TrieNode, covered: ReadonlySet<number>, depth: number): void {
    const here = new Set(covered);
    node.concepts = node.concepts.filter((k) => !covered.has(k));
    for (const k of node.concepts) here.add(k);
    node.words = node.words.filter((k) => !here.has(k));
    const byWord = new Set([...here, ...node.words]);
    node.pairs = node.pairs.filter((p, i, all) => !byWord.has(p.concept) && !all.some((q, j) => j !== i && q.concept === p.concept && p.second.startsWith(q.second) && (q.second !== p.second || j < i)));
    node.next.forEach((child, ch) => {
      if (!child) return;
      const digitStart = depth === 0 && ch >= 48 && ch <= 57;
      this.dropCoveredSlots(child, digitStart ? new Set([...here, ...this.digitConcepts]) : here, depth + 1);
    });
  }

  private addAnchors(slot: number, anchors: Anchors): void {
    if (anchors.digit) this.digitConcepts.push(slot);
    for (const prefix of anchors.prefixes) {
      const node = this.nodeFor(prefix);
      if (!node.concepts.includes(slot)) node.concepts.push(slot);
    }
    for (const word of anchors.words) {
      const node = this.nodeFor(word);
      if (!node.words.includes(slot)) node.words.push(slot);
    }
    for (const { first, second } of anchors.pairs) this.nodeFor(first).pairs.push({ concept: slot, second });
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

  /** The slot of one of the concept's expressions: its case-insensitive or case-sensitive one, or its false friends. */
  slotOf(concept: CompiledConcept, expression: Expression): number | undefined {
    const i = this.indexByKey.get(concept.key);
    return i === undefined ? undefined : SLOTS * i + SLOT[expression];
  }

  /**
   * Candidate word-start offsets of every slot in one typed array, slot by slot (each ascending, distinct):
   * off the JavaScript heap, so the per-chunk cache of candidates costs the collector nothing.
   */
  candidates(text: string): CandidateOffsets {
    const conceptCount = this.slotCount;
    // Found in text order as (concept, offset) pairs, then grouped by concept with a counting sort.
    // A word start yields each slot at most once (see dropCoveredSlots), so room for every slot is enough.
    const perWord = 2 * conceptCount;
    let found = scratch.length >= text.length + perWord ? scratch : new Int32Array(text.length + perWord);
    let size = 0;
    const counts = new Int32Array(conceptCount + 1);
    const { children, prefixFrom, prefixConcepts, wordFrom, wordConcepts, nodePairs, nodeFlags, digitConcepts } = this;
    const n = text.length;
    let i = 0;
    while (i < n) {
      // Skip to the next word start.
      let c = text.charCodeAt(i);
      while (c >= 128 || SYMBOL[c] === 0) {
        if (++i >= n) break;
        c = text.charCodeAt(i);
      }
      if (i >= n) break;
      const start = i;
      if (size + perWord > found.length) {
        const grown = new Int32Array(found.length * 2 + perWord);
        grown.set(found.subarray(0, size));
        found = grown;
      }
      if (c >= 48 && c <= 57) {
        for (let k = 0; k < digitConcepts.length; k++) {
          counts[digitConcepts[k] + 1]++;
          found[size++] = digitConcepts[k];
          found[size++] = start;
        }
      }
      let node = 0;
      // Walk the trie along the word, then skip the rest of it.
      for (;;) {
        node = children[node * SYMBOLS + SYMBOL[c]];
        if (node === 0) break;
        const flags = nodeFlags[node];
        if (flags & 1) {
          for (let k = prefixFrom[node], e = prefixFrom[node + 1]; k < e; k++) {
            counts[prefixConcepts[k] + 1]++;
            found[size++] = prefixConcepts[k];
            found[size++] = start;
          }
        }
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        const ends = d >= 128 || SYMBOL[d] === 0;
        if (ends) {
          if (flags & 2) {
            for (let k = wordFrom[node], e = wordFrom[node + 1]; k < e; k++) {
              counts[wordConcepts[k] + 1]++;
              found[size++] = wordConcepts[k];
              found[size++] = start;
            }
            const pairs = nodePairs[node];
            if (pairs !== null) {
              let w = i + 1;
              while (w < n && isGap(text.charCodeAt(w))) w++;
              const second = w < n ? text.charCodeAt(w) : 0;
              const seconds = w > i + 1 && second < 128 ? pairs[SYMBOL[second]] : undefined;
              if (seconds !== undefined) {
                for (const p of seconds) {
                  if (!startsWithLower(text, w, p.second)) continue;
                  for (const k of p.slots) {
                    counts[k + 1]++;
                    found[size++] = k;
                    found[size++] = start;
                  }
                }
              }
            }
          }
          break;
        }
        i++;
        c = d;
      }
      // Past the rest of the word (the walk may have stopped inside it).
      i++;
      while (i < n) {
        const e = text.charCodeAt(i);
        if (e >= 128 || SYMBOL[e] === 0) break;
        i++;
      }
    }
    if (found.length <= MAX_SCRATCH) scratch = found;
    for (let k = 0; k < conceptCount; k++) counts[k + 1] += counts[k];
    const offsets = new Int32Array(size >> 1);
    const next = counts.slice(0, conceptCount);
    for (let r = 0; r < size; r += 2) offsets[next[found[r]]++] = found[r + 1];
    return { offsets, from: counts };
  }
}

/** Slot k's candidates are offsets[from[k] .. from[k + 1]). */
export interface CandidateOffsets {
  offsets: Int32Array;
  from: Int32Array;
}
