// Finds concept mentions in the evidence text, per chunk (so unchanged chunks reuse earlier matches),
// and drops false friends and negated mentions.
import type { CompiledConcept } from '../vocabulary/compile';
import type { Vocabulary } from '../vocabulary';
import { indexAtOrBefore, type DesignDocument } from '../document/model';
import type { ParsedChunk } from '../document/parseChunk';
import type { AnchorTable, CandidateOffsets } from './anchorTable';

export interface ConceptMatch {
  start: number;
  end: number;
  /** Index of the sentence containing the match (document-wide). */
  sentence: number;
  negated: boolean;
}

/**
 * Matches of a concept in one chunk, flat: [start, end, sentence, negated (0/1)] per match, in chunk
 * offsets. Flat numbers rather than objects: only the document-level matches need to be objects.
 */
type ChunkMatches = number[];
const STRIDE = 4;

const chunkMatchCache = new WeakMap<ParsedChunk, Map<number, ChunkMatches>>();

/** Small numbers for compiled concepts: per-chunk lookups then compare numbers, not kilobytes of key text. */
const keyIds = new Map<string, number>();
const conceptIds = new WeakMap<CompiledConcept, number>();
function conceptId(concept: CompiledConcept): number {
  let id = conceptIds.get(concept);
  if (id === undefined) {
    id = keyIds.get(concept.key);
    if (id === undefined) keyIds.set(concept.key, (id = keyIds.size));
    conceptIds.set(concept, id);
  }
  return id;
}

/** One number for a concept checked against a pair of negation cue lists (pairing function on small ids). */
function combinedId(a: number, b: number, c: number): number {
  return -(((a * 4099 + b) * 4099 + c) + 1);
}

/** Clause boundaries: a negation before one of these does not reach past it. */
const CLAUSE_BREAK = /[;:,()—–]|\b(?:but|while|whereas|although|though|however|yet|so|and then|because|since)\b/gi;
const NEGATION_WINDOW_WORDS = 6;
const LOOK_BEHIND_CHARS = 160;
const LOOK_AHEAD_CHARS = 120;

export class ConceptMatcher {
  private readonly docCache = new Map<string, ConceptMatch[]>();
  /** all(id) by concept id: a lookup by the short id string, without building a key per call. */
  private readonly affirmedById = new Map<string, ConceptMatch[]>();
  /** Where this document's chunks stop matching the previous analysis's: mentions before it are reused. */
  private readonly reuseEnd: number;

  /**
   * `previous`: the matcher of the same document's previous analysis; its mentions in the unchanged chunks
   * before an edit are reused (same objects) instead of being rebuilt.
   */
  constructor(
    readonly doc: DesignDocument,
    readonly vocabulary: Vocabulary,
    private previous?: ConceptMatcher,
  ) {
    this.reuseEnd = previous ? unchangedPrefixEnd(previous.doc, doc) : 0;
    // Only one analysis back: chains of matchers would keep every earlier document alive.
    if (previous) previous.previous = undefined;
  }

  concept(id: string): CompiledConcept {
    return this.vocabulary.get(id);
  }

  /** Every mention of the concept in the document, negated ones included, in text order. */
  allMentions(id: string): ConceptMatch[] {
    const concept = this.vocabulary.get(id);
    let result = this.docCache.get(concept.key);
    if (result) return result;
    const negation = concept.negatable ? negationCues(this.vocabulary) : null;
    const reused = this.reusedMentions(concept.key, (v) => v.get(id) === concept && (!negation || sameNegationCues(v, negation)));
    result = reused.mentions;
    // Built once per concept: hashing a fresh concatenation of these long keys per chunk dominated lookups.
    const cacheKey = negation ? combinedId(conceptId(concept), conceptId(negation.before), conceptId(negation.after)) : conceptId(concept);
    const table = this.vocabulary.anchorTable(id);
    const chunks = this.doc.chunks;
    for (let c = reused.chunks; c < chunks.length; c++) {
      const placed = chunks[c];
      const found = chunkMatches(placed.parsed, concept, negation, cacheKey, table);
      const base = placed.start;
      const firstSentence = placed.firstSentence;
      for (let r = 0; r < found.length; r += STRIDE) {
        result.push({ start: found[r] + base, end: found[r + 1] + base, sentence: found[r + 2] + firstSentence, negated: found[r + 3] === 1 });
      }
    }
    this.docCache.set(concept.key, result);
    return result;
  }

  /** Affirmed (not negated) mentions of the concept in the document. */
  all(id: string): ConceptMatch[] {
    let r = this.affirmedById.get(id);
    if (!r) {
      const mentions = this.allMentions(id);
      const concept = this.vocabulary.get(id);
      if (!hasNegated(mentions)) {
        // Nothing to leave out: the affirmed list is the mention list itself.
        this.affirmedById.set(id, mentions);
        this.docCache.set(`+${concept.key}`, mentions);
        return mentions;
      }
      const negation = concept.negatable ? negationCues(this.vocabulary) : null;
      const reused = this.reusedMentions(`+${concept.key}`, (v) => v.get(id) === concept && (!negation || sameNegationCues(v, negation)));
      r = reused.mentions;
      // Without the previous affirmed list (never asked for), every mention is filtered here.
      const from = reused.chunks > 0 ? firstAtOrAfter(mentions, this.reuseBoundary()) : 0;
      for (let i = from; i < mentions.length; i++) if (!mentions[i].negated) r.push(mentions[i]);
      this.affirmedById.set(id, r);
      this.docCache.set(`+${concept.key}`, r);
    }
    return r;
  }

  /**
   * Offset up to which this document equals the previous analysis's (same text, same chunk parses and
   * sentence numbering), 0 without one: anything computed from that text alone may be carried over.
   */
  unchangedEnd(): number {
    return this.reuseEnd > 0 ? this.reuseBoundary() : 0;
  }

  /** Whether `other` compiles every concept to the same expressions as this matcher. */
  sameVocabularyAs(other: ConceptMatcher, ids: readonly string[]): boolean {
    if (other.vocabulary === this.vocabulary) return true;
    for (const id of ids) if (other.vocabulary.get(id) !== this.vocabulary.get(id)) return false;
    return true;
  }

  /** Offset where the reusable chunks end (the start of the first changed chunk). */
  private reuseBoundary(): number {
    const chunks = this.doc.chunks;
    return this.reuseEnd < chunks.length ? chunks[this.reuseEnd].start : Infinity;
  }

  /**
   * A fresh array holding the previous analysis's mentions (under `key`) in the unchanged leading chunks, and
   * the number of those chunks; none when there is no previous analysis or `sameConcept` rejects its vocabulary.
   */
  private reusedMentions(key: string, sameConcept: (previous: Vocabulary) => boolean): { mentions: ConceptMatch[]; chunks: number } {
    const prev = this.previous;
    const old = prev && this.reuseEnd > 0 ? prev.docCache.get(key) : undefined;
    if (!prev || !old || !sameConcept(prev.vocabulary)) return { mentions: [], chunks: 0 };
    return { mentions: old.slice(0, firstAtOrAfter(old, this.reuseBoundary())), chunks: this.reuseEnd };
  }

  /** Affirmed mentions starting in [start, end). */
  in(id: string, start: number, end: number): ConceptMatch[] {
    const all = this.affirmedById.get(id);
    const out: ConceptMatch[] = [];
    if (!all) {
      this.scanChunks(id, start, end, (m) => {
        out.push(m);
        return false;
      });
      return out;
    }
    let i = firstAtOrAfter(all, start);
    for (; i < all.length && all[i].start < end; i++) out.push(all[i]);
    return out;
  }

  /** Index in all(id) of the first affirmed mention starting at or after the offset (for scans in place). */
  indexAtOrAfter(id: string, offset: number): number {
    return firstAtOrAfter(this.all(id), offset);
  }

  first(id: string, start: number, end: number): ConceptMatch | undefined {
    const all = this.affirmedById.get(id);
    if (!all) return this.firstInChunks(id, start, end);
    const i = firstAtOrAfter(all, start);
    return i < all.length && all[i].start < end ? all[i] : undefined;
  }

  /**
   * first() without the document-wide list: only the chunks overlapping [start, end) are matched (each
   * chunk's matches depend on that chunk alone), so concepts only asked about headings or single sections
   * are not matched over the whole document.
   */
  private firstInChunks(id: string, start: number, end: number): ConceptMatch | undefined {
    let first: ConceptMatch | undefined;
    this.scanChunks(id, start, end, (m) => {
      first = m;
      return true;
    });
    return first;
  }

  /** Affirmed mentions starting in [start, end), matched per overlapping chunk, in order until `visit` says stop. */
  private scanChunks(id: string, start: number, end: number, visit: (m: ConceptMatch) => boolean): void {
    const concept = this.vocabulary.get(id);
    const negation = concept.negatable ? negationCues(this.vocabulary) : null;
    const cacheKey = negation ? combinedId(conceptId(concept), conceptId(negation.before), conceptId(negation.after)) : conceptId(concept);
    const table = this.vocabulary.anchorTable(id);
    const chunks = this.doc.chunks;
    for (let c = Math.max(0, firstAtOrAfter(chunks, start + 1) - 1); c < chunks.length && chunks[c].start < end; c++) {
      const placed = chunks[c];
      const found = chunkMatches(placed.parsed, concept, negation, cacheKey, table);
      const base = placed.start;
      for (let r = lowerBoundMatch(found, start - base); r < found.length; r += STRIDE) {
        const at = found[r] + base;
        if (at >= end) return;
        if (found[r + 3] !== 1 && visit({ start: at, end: found[r + 1] + base, sentence: found[r + 2] + placed.firstSentence, negated: false })) return;
      }
    }
  }

  has(id: string, start: number, end: number): boolean {
    return this.first(id, start, end) !== undefined;
  }

  /** Whether the concept is mentioned (affirmed) in the given sentence. */
  inSentence(id: string, sentence: number): ConceptMatch | undefined {
    const s = this.doc.sentences[sentence];
    return s ? this.first(id, s.start, s.end) : undefined;
  }

  /**
   * Matches of the concept in a short piece of text (a heading, a sentence), found by running its
   * expressions on that text alone; false friends are dropped, negation is not checked. For cue lists
   * too common to collect over the whole document.
   */
  spansInText(id: string, text: string): Array<{ start: number; end: number }> {
    const concept = this.vocabulary.get(id);
    const out: Array<{ start: number; end: number }> = [];
    const excluded = concept.exclude ? spansOf(concept.exclude, text, 0, text.length) : [];
    for (const re of [concept.insensitive, concept.sensitive]) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (!excluded.some(([xs, xe]) => xs < end && start < xe)) out.push({ start, end });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** spansInText over the evidence in [start, end), with document offsets. */
  spansIn(id: string, start: number, end: number): Array<{ start: number; end: number }> {
    return this.spansInText(id, this.doc.evidence.slice(start, end)).map((m) => ({ start: m.start + start, end: m.end + start }));
  }

  /** The text of a match as written. */
  textOf(m: { start: number; end: number }): string {
    return this.doc.text.slice(m.start, m.end);
  }
}

/** Number of leading chunks the two documents share: same parse, same place, same first sentence. */
function unchangedPrefixEnd(before: DesignDocument, after: DesignDocument): number {
  const a = before.chunks;
  const b = after.chunks;
  let i = 0;
  while (i < a.length && i < b.length && a[i].parsed === b[i].parsed && a[i].start === b[i].start && a[i].firstSentence === b[i].firstSentence) i++;
  return i;
}

function sameNegationCues(vocabulary: Vocabulary, cues: NegationCues): boolean {
  return vocabulary.get('negation') === cues.before && vocabulary.get('negationAfter') === cues.after;
}

function hasNegated(mentions: readonly ConceptMatch[]): boolean {
  for (let i = 0; i < mentions.length; i++) if (mentions[i].negated) return true;
  return false;
}

function firstAtOrAfter(list: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Matches of the concept in one chunk, cached on the chunk under `key` (concept and negation cues). */
function chunkMatches(chunk: ParsedChunk, concept: CompiledConcept, negation: NegationCues | null, key: number, table: AnchorTable): ChunkMatches {
  let perChunk = chunkMatchCache.get(chunk);
  if (!perChunk) {
    perChunk = new Map();
    chunkMatchCache.set(chunk, perChunk);
  }
  const cached = perChunk.get(key);
  if (cached) return cached;
  const text = chunk.evidence;
  const raw = findRaw(chunk, concept, table);
  const out: ChunkMatches = [];
  const negationIdx = negation && raw.length ? negationIndex(chunk, negation) : null;
  // False friends are looked for only in the sentences that have a raw match.
  let excludedIn = -1;
  let excluded: Array<[number, number]> = [];
  for (let r = 0; r < raw.length; r += 2) {
    const start = raw[r];
    const end = raw[r + 1];
    const sentence = indexAtOrBefore(chunk.sentences, start);
    if (sentence < 0 || start >= chunk.sentences[sentence].end) continue; // not prose (cannot happen with blanked evidence)
    if (concept.exclude) {
      if (excludedIn !== sentence) {
        excludedIn = sentence;
        excluded = spansOf(concept.exclude, text, chunk.sentences[sentence].start, chunk.sentences[sentence].end);
      }
      if (excluded.some(([xs, xe]) => xs < end && start < xe)) continue;
    }
    const negated = negationIdx ? isNegated(text, chunk.sentences[sentence], start, end, negationIdx) : false;
    out.push(start, end, sentence, negated ? 1 : 0);
  }
  perChunk.set(key, out);
  return out;
}

const candidateCache = new WeakMap<ParsedChunk, Map<AnchorTable, CandidateOffsets>>();
const NONE = new Int32Array(0);

/** Candidate start offsets of the concept in the chunk, computed for all concepts on first use. */
function candidatesFor(chunk: ParsedChunk, table: AnchorTable, concept: CompiledConcept): Int32Array {
  let byTable = candidateCache.get(chunk);
  if (!byTable) candidateCache.set(chunk, (byTable = new Map()));
  let all = byTable.get(table);
  if (!all) byTable.set(table, (all = table.candidates(chunk.evidence)));
  const i = table.indexOf(concept);
  return i === undefined ? NONE : all.offsets.subarray(all.from[i], all.from[i + 1]);
}

/**
 * Raw matches of the concept in the chunk as a flat [start, end, start, end, ...] array in text order:
 * anchored alternatives are tried only at candidate word starts, the rest scanned over the chunk.
 */
function findRaw(chunk: ParsedChunk, concept: CompiledConcept, table: AnchorTable): number[] {
  const text = chunk.evidence;
  const form = concept.anchored;
  const runs: number[][] = [];
  if (form.insensitive || form.sensitive) {
    const candidates = candidatesFor(chunk, table, concept);
    for (const re of [form.insensitive, form.sensitive]) {
      if (!re || !candidates.length) continue;
      const found: number[] = [];
      let lastEnd = 0;
      for (let c = 0; c < candidates.length; c++) {
        const at = candidates[c];
        if (at < lastEnd) continue;
        re.lastIndex = at;
        // test(), not exec(): a sticky match leaves its end in lastIndex, and no match array is built.
        if (re.test(text) && re.lastIndex > at) {
          found.push(at, re.lastIndex);
          lastEnd = re.lastIndex;
        }
      }
      runs.push(found);
    }
  }
  for (const re of [form.unanchoredInsensitive, form.unanchoredSensitive]) {
    if (!re) continue;
    const found: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else found.push(m.index, m.index + m[0].length);
    }
    runs.push(found);
  }
  return mergeRuns(runs.filter((r) => r.length));
}

/** Merges flat [start, end] runs into one list in text order. */
function mergeRuns(runs: number[][]): number[] {
  if (runs.length === 0) return [];
  if (runs.length === 1) return runs[0];
  const pairs: Array<[number, number]> = [];
  for (const run of runs) for (let i = 0; i < run.length; i += 2) pairs.push([run[i], run[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]); // at one start, the longer match first
  const out: number[] = [];
  for (const [s, e] of pairs) out.push(s, e);
  return out;
}

/** Spans of the expression's matches within text[from, to). */
function spansOf(re: RegExp, text: string, from: number, to: number): Array<[number, number]> {
  const span = text.slice(from, to);
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(span); m; m = re.exec(span)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push([from + m.index, from + m.index + m[0].length]);
  }
  return out;
}

/** The two cue lists a negatable mention is checked against. */
interface NegationCues {
  /** Cues that negate what follows them ("we avoid", "no", "instead of"). */
  before: CompiledConcept;
  /** Cues right after the mention that reject it ("... is not an option", "... is ruled out"). */
  after: CompiledConcept;
  /** The anchor tables the two lists are matched with. */
  beforeTable: AnchorTable;
  afterTable: AnchorTable;
}

function negationCues(vocabulary: Vocabulary): NegationCues {
  return {
    before: vocabulary.get('negation'),
    after: vocabulary.get('negationAfter'),
    beforeTable: vocabulary.anchorTable('negation'),
    afterTable: vocabulary.anchorTable('negationAfter'),
  };
}

/** Clause breaks and cue matches of one chunk, found once so each mention's check is a few binary searches. */
interface NegationIndex {
  breakStarts: number[];
  breakEnds: number[];
  before: ChunkMatches;
  after: ChunkMatches;
}

const negationIndexCache = new WeakMap<ParsedChunk, Map<number, NegationIndex>>();

function negationIndex(chunk: ParsedChunk, negation: NegationCues): NegationIndex {
  let byKey = negationIndexCache.get(chunk);
  if (!byKey) negationIndexCache.set(chunk, (byKey = new Map()));
  const key = combinedId(0, conceptId(negation.before), conceptId(negation.after));
  let index = byKey.get(key);
  if (index) return index;
  const breakStarts: number[] = [];
  const breakEnds: number[] = [];
  const text = chunk.evidence;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    breakStarts.push(m.index);
    breakEnds.push(m.index + m[0].length);
  }
  index = {
    breakStarts,
    breakEnds,
    before: chunkMatches(chunk, negation.before, null, conceptId(negation.before), negation.beforeTable),
    after: chunkMatches(chunk, negation.after, null, conceptId(negation.after), negation.afterTable),
  };
  byKey.set(key, index);
  return index;
}

/** Index of the first element >= value in an ascending list. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 160;
}

/**
 * Whether the mention at [at, end) is negated: a cue stands within a few words before it in the same clause
 * (cue phrases listed as exclusions, such as "no more than" or "not only", do not count), or a rejecting
 * phrase follows it directly in the same clause. Look-back and look-ahead are bounded, which keeps very long
 * "sentences" (a 1 MB line) linear.
 */
function isNegated(text: string, sentence: { start: number; end: number }, at: number, end: number, index: NegationIndex): boolean {
  const lookFrom = Math.max(sentence.start, at - LOOK_BEHIND_CHARS);
  // The clause starts after the last break lying wholly in [lookFrom, at).
  let from = lookFrom;
  for (let b = lowerBound(index.breakStarts, at) - 1; b >= 0 && index.breakStarts[b] >= lookFrom; b--) {
    if (index.breakEnds[b] <= at) {
      from = index.breakEnds[b];
      break;
    }
  }
  // The window is the last NEGATION_WINDOW_WORDS white-space separated words of the clause.
  let windowStart = at;
  let words = 0;
  for (let i = at - 1; i >= from; i--) {
    if (!isSpace(text.charCodeAt(i)) && (i === from || isSpace(text.charCodeAt(i - 1)))) {
      windowStart = i;
      if (++words === NEGATION_WINDOW_WORDS) break;
    }
  }
  const before = index.before;
  for (let c = lowerBoundMatch(before, windowStart); c < before.length && before[c] < at; c += STRIDE) {
    if (before[c + 1] <= at) return true;
  }
  // A rejecting phrase right after the mention, before the clause ends.
  let p = end;
  const limit = Math.min(sentence.end, end + LOOK_AHEAD_CHARS);
  while (p < limit && isSpace(text.charCodeAt(p))) p++;
  if (p >= limit) return false;
  const nextBreak = lowerBound(index.breakStarts, end);
  const clauseEnd = nextBreak < index.breakStarts.length ? Math.min(limit, index.breakStarts[nextBreak]) : limit;
  const after = index.after;
  const c = lowerBoundMatch(after, p);
  return c < after.length && after[c] === p && after[c + 1] <= clauseEnd;
}

/** Position in flat chunk matches of the first match starting at or after the offset. */
function lowerBoundMatch(list: ChunkMatches, offset: number): number {
  let lo = 0;
  let hi = list.length / STRIDE;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid * STRIDE] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo * STRIDE;
}


