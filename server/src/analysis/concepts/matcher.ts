// Finds concept mentions in the evidence text, per chunk (so unchanged chunks reuse earlier matches),
// and drops false friends and negated mentions.
import type { CompiledConcept } from '../vocabulary/compile';
import type { Vocabulary } from '../vocabulary';
import type { DesignDocument } from '../document/model';
import type { ParsedChunk } from '../document/parseChunk';
import type { AnchorTable, CandidateOffsets, Expression } from './anchorTable';
import { lowerBound, lowerBoundMatch, STRIDE } from './flatMatches';
import { isNegated, rejectionsFromMatches, scannedRejections, type Rejections } from './negation';

export interface ConceptMatch {
  start: number;
  end: number;
  /** Index of the sentence containing the match (document-wide). */
  sentence: number;
  negated: boolean;
}

/**
 * Matches of a concept in one chunk, flat: [start, end, sentence, negated (0/1)] per match, in chunk
 * offsets. Flat numbers rather than objects (only the document-level matches need to be objects), in a typed
 * array: kept for the whole analysis, they would otherwise be copied by every young-generation collection.
 */
type ChunkMatches = Int32Array;
const NO_MATCHES: ChunkMatches = new Int32Array(0);

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

export class ConceptMatcher {
  /** Every mention by compiled concept key; the affirmed ones under the same key in affirmedCache. */
  private readonly docCache = new Map<string, ConceptMatch[]>();
  private readonly affirmedCache = new Map<string, ConceptMatch[]>();
  /** all(id) by concept id: a lookup by the short id string, without building a key per call. */
  private readonly affirmedById = new Map<string, ConceptMatch[]>();
  /** Where this document's chunks stop matching the previous analysis's: mentions before it are reused. */
  private readonly reuseEnd: number;
  private readonly lookups = new Map<string, ConceptLookup>();
  private negation?: NegationCues;

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

  /** What matching a concept per chunk needs, worked out once per concept: rules ask thousands of times. */
  private lookup(id: string): ConceptLookup {
    let l = this.lookups.get(id);
    if (!l) {
      const concept = this.vocabulary.get(id);
      const negation = concept.negatable ? (this.negation ??= negationCues(this.vocabulary)) : null;
      // One number per concept and cue lists: hashing a fresh concatenation of these long keys per chunk dominated lookups.
      const cacheKey = negation ? combinedId(conceptId(concept), conceptId(negation.before), conceptId(negation.after)) : conceptId(concept);
      this.lookups.set(id, (l = { concept, negation, cacheKey, table: this.vocabulary.anchorTable(id) }));
    }
    return l;
  }

  /** Every mention of the concept in the document, negated ones included, in text order. */
  allMentions(id: string): ConceptMatch[] {
    const { concept, negation, cacheKey, table } = this.lookup(id);
    let result = this.docCache.get(concept.key);
    if (result) return result;
    const reused = this.reusedMentions('docCache', concept.key, (v) => v.get(id) === concept && (!negation || sameNegationCues(v, negation)));
    result = reused.mentions;
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
      const { concept, negation } = this.lookup(id);
      if (!hasNegated(mentions)) {
        // Nothing to leave out: the affirmed list is the mention list itself.
        this.affirmedById.set(id, mentions);
        this.affirmedCache.set(concept.key, mentions);
        return mentions;
      }
      const reused = this.reusedMentions('affirmedCache', concept.key, (v) => v.get(id) === concept && (!negation || sameNegationCues(v, negation)));
      r = reused.mentions;
      // Without the previous affirmed list (never asked for), every mention is filtered here.
      const from = reused.chunks > 0 ? firstAtOrAfter(mentions, this.reuseBoundary()) : 0;
      for (let i = from; i < mentions.length; i++) if (!mentions[i].negated) r.push(mentions[i]);
      this.affirmedById.set(id, r);
      this.affirmedCache.set(concept.key, r);
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
   * A fresh array holding the previous analysis's mentions (in its `cache`, under `key`) in the unchanged leading
   * chunks, and the number of those chunks; none when there is no previous analysis or `sameConcept` rejects its
   * vocabulary.
   */
  private reusedMentions(
    cache: 'docCache' | 'affirmedCache',
    key: string,
    sameConcept: (previous: Vocabulary) => boolean,
  ): { mentions: ConceptMatch[]; chunks: number } {
    const prev = this.previous;
    const old = prev && this.reuseEnd > 0 ? prev[cache].get(key) : undefined;
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
   * are not matched over the whole document. With `accept`, the first mention it takes.
   */
  private firstInChunks(id: string, start: number, end: number, accept?: (m: ConceptMatch) => boolean): ConceptMatch | undefined {
    let found: ConceptMatch | undefined;
    this.scanChunks(id, start, end, (m) => {
      if (accept && !accept(m)) return false;
      found = m;
      return true;
    });
    return found;
  }

  /** Affirmed mentions starting in [start, end), matched per overlapping chunk, in order until `visit` says stop. */
  private scanChunks(id: string, start: number, end: number, visit: (m: ConceptMatch) => boolean): void {
    const { concept, negation, cacheKey, table } = this.lookup(id);
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

  /**
   * The first affirmed mention in [start, end) that `accept` takes, as all(id).find() would return it, but
   * matching chunk by chunk only until it is found: a rule that needs one such mention does not pay for
   * matching the whole document.
   */
  firstWhere(id: string, start: number, end: number, accept: (m: ConceptMatch) => boolean): ConceptMatch | undefined {
    const all = this.affirmedById.get(id);
    if (all) {
      for (let i = firstAtOrAfter(all, start); i < all.length && all[i].start < end; i++) if (accept(all[i])) return all[i];
      return undefined;
    }
    return this.firstInChunks(id, start, end, accept);
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
    return spansWithin(this.vocabulary.get(id), text, 0);
  }

  /** spansInText over the evidence in [start, end), with document offsets. */
  spansIn(id: string, start: number, end: number): Array<{ start: number; end: number }> {
    return spansWithin(this.vocabulary.get(id), this.doc.evidence.slice(start, end), start);
  }

  /** The text of a match as written. */
  textOf(m: { start: number; end: number }): string {
    return this.doc.text.slice(m.start, m.end);
  }
}

/** The concept's matches in `text` (false friends dropped, negation not checked), shifted by `base`, by start. */
function spansWithin(concept: CompiledConcept, text: string, base: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const excluded = concept.exclude ? spansOf(concept.exclude, text, 0, text.length) : NO_SPANS;
  let sorted = true;
  for (let k = 0; k < 2; k++) {
    const re = k === 0 ? concept.insensitive : concept.sensitive;
    if (!re) continue;
    // The second expression's matches go between the first's: sort then (each list is in text order).
    if (k === 1 && out.length) sorted = false;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (!overlapsAny(excluded, start, end)) out.push({ start: start + base, end: end + base });
    }
  }
  return sorted ? out : out.sort((a, b) => a.start - b.start);
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
  const negationIdx = negation && raw.length ? negationIndex(chunk, negation) : null;
  // False friends are looked for only in the sentences that have a raw match, and there only when one of
  // their anchors stands before the match's end (all of them anchored) or nothing is known.
  const friendAnchors = concept.exclude && concept.anchored.excludeAnchors ? candidatesFor(chunk, table, concept, 'exclude') : null;
  let excludedIn = -1;
  let excluded = NO_SPANS;
  let sentenceCheckedForCuts = -1;
  let sentenceCut = false;
  const sentences = chunk.sentences;
  // Collected in a shared buffer with room for every raw match, then copied out at their number. (The cue
  // lists' own chunkMatches calls, which use it too, are done above.)
  if (matchScratch.length < 2 * raw.length) matchScratch = new Int32Array(4 * raw.length);
  const out = matchScratch;
  let size = 0;
  // Raw matches come in text order: each one's sentence is searched for only from the previous one's on.
  let sentence = -1;
  for (let r = 0; r < raw.length; r += 2) {
    const start = raw[r];
    const end = raw[r + 1];
    // Mostly the same sentence as the previous match, or the next one.
    if (sentence < 0 || start >= sentences[sentence].end) sentence = lastStartingAtOrBefore(sentences, Math.max(sentence, 0), start);
    if (sentence < 0 || start >= sentences[sentence].end) continue; // not prose (cannot happen with blanked evidence)
    if (friendAnchors && sentenceCheckedForCuts !== sentence) {
      sentenceCheckedForCuts = sentence;
      sentenceCut = cutInsideWord(text, sentences[sentence].start) || cutInsideWord(text, sentences[sentence].end);
    }
    if (concept.exclude && (!friendAnchors || sentenceCut || anchorBefore(friendAnchors, sentences[sentence].start, end))) {
      if (excludedIn !== sentence) {
        excludedIn = sentence;
        const { start: from, end: to } = sentences[sentence];
        // Every false friend starts at one of its anchors: try it there only, on the same sentence text.
        excluded = friendAnchors && !sentenceCut ? anchoredMatches(text.slice(from, to), stickyOf(concept.exclude), friendAnchors, from) : spansOf(concept.exclude, text, from, to);
      }
      if (overlapsAny(excluded, start, end)) continue;
    }
    const negated = negationIdx ? isNegated(text, sentences[sentence], start, end, negationIdx.cues, negationIdx.rejections) : false;
    out[size++] = start;
    out[size++] = end;
    out[size++] = sentence;
    out[size++] = negated ? 1 : 0;
  }
  const kept = size ? out.slice(0, size) : NO_MATCHES;
  perChunk.set(key, kept);
  return kept;
}

/** chunkMatches' buffer, read out before it returns. */
let matchScratch = new Int32Array(1024);

const candidateCache = new WeakMap<ParsedChunk, Map<AnchorTable, CandidateOffsets>>();
const NONE = new Int32Array(0);

/** Candidate start offsets of one of the concept's expressions in the chunk, computed for all concepts on first use. */
function candidatesFor(chunk: ParsedChunk, table: AnchorTable, concept: CompiledConcept, expression: Expression): Int32Array {
  let byTable = candidateCache.get(chunk);
  if (!byTable) candidateCache.set(chunk, (byTable = new Map()));
  let all = byTable.get(table);
  if (!all) byTable.set(table, (all = table.candidates(chunk.evidence)));
  const k = table.slotOf(concept, expression);
  if (k === undefined) return NONE;
  const from = all.from[k];
  const to = all.from[k + 1];
  // Most concepts have no candidate in a chunk: the shared empty array saves a view object each.
  return from === to ? NONE : all.offsets.subarray(from, to);
}

/**
 * Raw matches of the concept in the chunk as a flat [start, end, start, end, ...] array in text order:
 * anchored alternatives are tried only at candidate word starts, the rest scanned over the chunk.
 */
function findRaw(chunk: ParsedChunk, concept: CompiledConcept, table: AnchorTable): readonly number[] {
  const text = chunk.evidence;
  const form = concept.anchored;
  let raw: readonly number[] = NO_SPANS;
  if (form.insensitive) raw = mergeRuns(raw, anchoredMatches(text, form.insensitive, candidatesFor(chunk, table, concept, 'insensitive')));
  if (form.sensitive) raw = mergeRuns(raw, anchoredMatches(text, form.sensitive, candidatesFor(chunk, table, concept, 'sensitive')));
  if (form.unanchoredInsensitive) raw = mergeRuns(raw, scannedMatches(text, form.unanchoredInsensitive));
  if (form.unanchoredSensitive) raw = mergeRuns(raw, scannedMatches(text, form.unanchoredSensitive));
  return raw;
}

/**
 * Matches of a sticky expression tried at the candidate offsets (ascending), left to right, not overlapping.
 * `text` may be a piece of the chunk starting at `base` (a sentence): then only the candidates inside it are tried,
 * and offsets in and out are the chunk's.
 */
function anchoredMatches(text: string, re: RegExp, candidates: Int32Array, base = 0): readonly number[] {
  // Mostly no candidate in the chunk: the shared empty list saves an array per chunk and concept.
  if (candidates.length === 0) return NO_SPANS;
  const found: number[] = [];
  const end = base + text.length;
  let lastEnd = 0;
  for (let c = base === 0 ? 0 : lowerBound(candidates, base); c < candidates.length && candidates[c] < end; c++) {
    const at = candidates[c] - base;
    if (at < lastEnd) continue;
    re.lastIndex = at;
    // test(), not exec(): a sticky match leaves its end in lastIndex, and no match array is built.
    if (re.test(text) && re.lastIndex > at) {
      found.push(base + at, base + re.lastIndex);
      lastEnd = re.lastIndex;
    }
  }
  return found;
}

/** Matches of a global expression over the whole text. */
function scannedMatches(text: string, re: RegExp): number[] {
  const found: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else found.push(m.index, m.index + m[0].length);
  }
  return found;
}

/**
 * Merges two flat [start, end] runs, each in text order, into one: by start, and at one start the longer
 * match first (a run itself never has two matches at one start).
 */
function mergeRuns(a: readonly number[], b: readonly number[]): readonly number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j] || (a[i] === b[j] && a[i + 1] >= b[j + 1])) {
      out[o++] = a[i++];
      out[o++] = a[i++];
    } else {
      out[o++] = b[j++];
      out[o++] = b[j++];
    }
  }
  while (i < a.length) out[o++] = a[i++];
  while (j < b.length) out[o++] = b[j++];
  return out;
}

/**
 * Index of the last span starting at or before the offset, searching from index `from` on (the spans before
 * it start earlier); -1 when none does. Gallops from `from`: the next match is mostly a few sentences on.
 */
function lastStartingAtOrBefore(spans: readonly { start: number }[], from: number, offset: number): number {
  const n = spans.length;
  let lo = from;
  if (lo >= n || spans[lo].start > offset) return -1;
  let step = 1;
  while (lo + step < n && spans[lo + step].start <= offset) {
    lo += step;
    step *= 2;
  }
  // spans[lo] starts at or before the offset; past hi, every span starts after it.
  let hi = Math.min(lo + step, n) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const NO_SPANS: readonly number[] = [];

const stickyCopies = new WeakMap<RegExp, RegExp>();

/** The expression as a sticky one (tried at one offset), made once. */
function stickyOf(re: RegExp): RegExp {
  let sticky = stickyCopies.get(re);
  if (!sticky) stickyCopies.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return sticky;
}

/** Spans of the expression's matches within text[from, to), flat: [start, end, start, end, ...]. */
function spansOf(re: RegExp, text: string, from: number, to: number): number[] {
  const span = text.slice(from, to);
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(span); m; m = re.exec(span)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(from + m.index, from + m.index + m[0].length);
  }
  return out;
}

/**
 * Whether one of the false friends' anchors (candidates in the chunk) lies in [from, to): else none of them
 * can overlap a match that starts in the sentence from `from` on and ends at `to`. False friends are matched
 * on the sentence's text alone, where a word starts at its first character: a sentence cut inside a word
 * (never seen, but then the chunk's word starts are not the sentence's) is looked at in full instead.
 */
function anchorBefore(anchors: Int32Array, from: number, to: number): boolean {
  const i = lowerBound(anchors, from);
  return i < anchors.length && anchors[i] < to;
}

/** Whether the offset falls between two word characters. */
function cutInsideWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && isWordChar(text.charCodeAt(at - 1)) && isWordChar(text.charCodeAt(at));
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether [start, end) overlaps one of the flat spans. */
function overlapsAny(spans: readonly number[], start: number, end: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (spans[k] < end && start < spans[k + 1]) return true;
  return false;
}

interface ConceptLookup {
  concept: CompiledConcept;
  negation: NegationCues | null;
  /** The per-chunk cache key of the concept's matches (with its negation cue lists). */
  cacheKey: number;
  table: AnchorTable;
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

/** What a chunk's mentions are checked against: its negation cue matches and its rejecting phrases. */
interface NegationIndex {
  cues: ChunkMatches;
  rejections: Rejections;
}

const negationIndexCache = new WeakMap<ParsedChunk, Map<number, NegationIndex>>();

function negationIndex(chunk: ParsedChunk, negation: NegationCues): NegationIndex {
  let byKey = negationIndexCache.get(chunk);
  if (!byKey) negationIndexCache.set(chunk, (byKey = new Map()));
  const key = combinedId(0, conceptId(negation.before), conceptId(negation.after));
  let index = byKey.get(key);
  if (index) return index;
  const scan = rejectionScan(negation.after);
  index = {
    cues: chunkMatches(chunk, negation.before, null, conceptId(negation.before), negation.beforeTable),
    rejections: scan
      ? scannedRejections(chunk.evidence, scan.global, scan.sticky)
      : rejectionsFromMatches(chunkMatches(chunk, negation.after, null, conceptId(negation.after), negation.afterTable)),
  };
  byKey.set(key, index);
  return index;
}

const rejectionScans = new WeakMap<CompiledConcept, { global: RegExp; sticky: RegExp } | null>();

/**
 * The rejecting phrases' one expression, scanned over the chunk, and the same tried at one offset; null when
 * their matches are not simply that scan's (anchored alternatives, two expressions, false friends): then all
 * of them are found up front.
 */
function rejectionScan(after: CompiledConcept): { global: RegExp; sticky: RegExp } | null {
  let scan = rejectionScans.get(after);
  if (scan === undefined) {
    const form = after.anchored;
    const global = form.unanchoredInsensitive && form.unanchoredSensitive ? null : (form.unanchoredInsensitive ?? form.unanchoredSensitive);
    const simple = global && !form.insensitive && !form.sensitive && !after.exclude;
    scan = simple ? { global, sticky: new RegExp(global.source, global.flags.replace('g', 'y')) } : null;
    rejectionScans.set(after, scan);
  }
  return scan;
}



