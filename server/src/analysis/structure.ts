// Finds the evidence of an answer's structure, Constraint -> Failure mode -> Primary mitigation -> New cost,
// and reports per section which parts it states, with the span and quote of the first evidence for each.
import type { ConceptMatch, ConceptMatcher } from './concepts/matcher';
import { indexAtOrBefore, type DesignDocument, type Heading, type Section } from './document/model';
import { isUnfilledStructureLabel } from './structureScaffold';
import { FAILURE_COLUMN, firstCellUnder, RESPONSE_COLUMN } from './tableColumns';
import type { SectionStructure, StructurePart, StructurePartReport } from './types';

/** A piece of evidence: offsets into the text and the sentence it is in. */
export interface Evidence {
  start: number;
  end: number;
  sentence: number;
}

export interface MitigationProposal extends Evidence {
  /** What is proposed, as written (markup removed): "Memory Cache", "mitigate by re-ordering the tweets". */
  name: string;
}

export function sectionStructure(doc: DesignDocument, concepts: ConceptMatcher, section: Section): SectionStructure {
  const start = section.start;
  const end = section.scopeEnd;
  const found: Record<StructurePart, Evidence | undefined> = {
    constraint: firstConstraintStatement(doc, concepts, start, end),
    failureMode: firstFailureStatement(doc, concepts, start, end),
    // A failure table's response column states mitigations without proposing them ("fall back to Postgres").
    mitigation: earliest(firstMitigation(doc, concepts, start, end), firstCellUnder(doc, start, end, RESPONSE_COLUMN)),
    newCost: firstCostStatement(doc, concepts, start, end),
  };
  const out = {} as SectionStructure;
  for (const part of Object.keys(found) as StructurePart[]) out[part] = report(doc, found[part]);
  return out;
}

function report(doc: DesignDocument, e: Evidence | undefined): StructurePartReport {
  if (!e) return { present: false };
  return { present: true, range: doc.lines.rangeOf(e.start, e.end), quote: quote(doc, e.start, e.end) };
}

/** A requirement, limit or load figure ("must", "at most 200 ms", "4,000 requests per second"). */
export function firstConstraintStatement(doc: DesignDocument, concepts: ConceptMatcher, start: number, end: number): Evidence | undefined {
  return firstInProse(doc, concepts, 'constraint', start, end, true);
}

/** A statement of what breaks ("if the cache is down", "timeout", "data loss"); a question raising it counts. */
export function firstFailureStatement(doc: DesignDocument, concepts: ConceptMatcher, start: number, end: number): Evidence | undefined {
  return earliest(firstInProse(doc, concepts, 'failureMode', start, end, true), firstCellUnder(doc, start, end, FAILURE_COLUMN));
}

/** The earlier of two pieces of evidence. */
function earliest<A extends Evidence, B extends Evidence>(a: A | undefined, b: B | undefined): A | B | undefined {
  return !a ? b : !b ? a : b.start < a.start ? b : a;
}

/** A statement of a new cost ("at the cost of", "stale for up to 30 s"); a question is not a statement. */
export function firstCostStatement(doc: DesignDocument, concepts: ConceptMatcher, start: number, end: number): Evidence | undefined {
  return firstInProse(doc, concepts, 'mitigationCost', start, end, false);
}

/** The first mention outside headings (a heading names a topic, it states nothing), optionally not in a question. */
function firstInProse(doc: DesignDocument, concepts: ConceptMatcher, conceptId: string, start: number, end: number, questionsCount: boolean): Evidence | undefined {
  // Walks the affirmed mentions in place: a section's scope can hold most of the document.
  const all = concepts.all(conceptId);
  const skip = STATES_NOTHING | (questionsCount ? 0 : QUESTION);
  const flags = sentenceFlags(doc);
  for (let i = concepts.indexAtOrAfter(conceptId, start); i < all.length && all[i].start < end; i++) {
    const m = all[i];
    if (flagsOf(doc, flags, m.sentence) & skip) continue;
    return m;
  }
  return undefined;
}

// What firstInProse and firstMitigation ask of a mention's sentence, worked out once per sentence: nested
// sections walk the same mentions once per ancestor.
const KNOWN = 1;
const HEADING = 2;
const UNFILLED_LABEL = 4;
const QUESTION = 8;
/** A heading or an unfilled scaffold label states nothing. */
const STATES_NOTHING = HEADING | UNFILLED_LABEL;
const flagsByDocument = new WeakMap<DesignDocument, Uint8Array>();

/** The document's per-sentence flags (0 until worked out). */
function sentenceFlags(doc: DesignDocument): Uint8Array {
  let flags = flagsByDocument.get(doc);
  if (!flags) flagsByDocument.set(doc, (flags = new Uint8Array(doc.sentences.length)));
  return flags;
}

function flagsOf(doc: DesignDocument, flags: Uint8Array, sentence: number): number {
  let f = sentence < flags.length ? flags[sentence] : 0;
  if (f === 0) {
    f = KNOWN | (namesOnly(doc, sentence) ? HEADING : 0) | (isUnfilledLabel(doc, sentence) ? UNFILLED_LABEL : 0) | (isQuestion(doc, sentence) ? QUESTION : 0);
    if (sentence < flags.length) flags[sentence] = f;
  }
  return f;
}

/**
 * Mitigations proposed in [start, end), in text order, one per sentence: explicit mitigation language
 * ("we mitigate this by ...", "Mitigation: ..."), or a mitigating measure (cache, replicas, queue, retries,
 * ...) in a sentence that gives it a mitigating purpose ("to reduce load", "to avoid overloading").
 * Headings and questions ("What issues are addressed by adding a CDN?") propose nothing.
 */
export function mitigationProposals(doc: DesignDocument, concepts: ConceptMatcher, start: number, end: number): MitigationProposal[] {
  const bySentence = new Map<number, MitigationProposal>();
  const add = (sentence: number, e: ConceptMatch, name: string) => {
    if (namesOnly(doc, sentence) || isQuestion(doc, sentence)) return;
    const known = bySentence.get(sentence);
    if (!known || e.start < known.start) bySentence.set(sentence, { start: e.start, end: e.end, sentence, name });
  };
  for (const m of concepts.in('mitigationLanguage', start, end)) {
    const trimmed = { ...m, end: withoutTrailingStopWords(doc.evidence, m.start, m.end) };
    add(m.sentence, trimmed, labelContent(quote(doc, trimmed.start, trimmed.end)));
  }
  let lastSentence = -1;
  for (const p of concepts.in('mitigationPurpose', start, end)) {
    if (p.sentence === lastSentence) continue;
    lastSentence = p.sentence;
    const measure = concepts.inSentence('mitigationMeasure', p.sentence);
    if (!measure) continue;
    // A measure used as a verb takes its object along: "shard the cache", "cache user profiles".
    const nameEnd = DETERMINER_NEXT.test(doc.evidence.slice(measure.end, measure.end + 12))
      ? extendToObject(doc.evidence, measure.end, doc.sentences[p.sentence].end)
      : measure.end;
    add(p.sentence, { ...measure, end: nameEnd }, quote(doc, measure.start, nameEnd));
  }
  return [...bySentence.values()].sort((a, b) => a.start - b.start);
}

/** mitigationProposals(...)[0], found without naming every proposal in the range. */
export function firstMitigationProposal(doc: DesignDocument, concepts: ConceptMatcher, start: number, end: number): MitigationProposal | undefined {
  const first = firstMitigation(doc, concepts, start, end);
  if (!first) return undefined;
  const written = quote(doc, first.start, first.end);
  return { start: first.start, end: first.end, sentence: first.sentence, name: first.labelled ? labelContent(written) : written };
}

/**
 * The span of mitigationProposals(...)[0]: the section report needs only that, and nested sections would
 * otherwise quote the same mentions once per ancestor. `labelled`: found through mitigation language.
 */
function firstMitigation(doc: DesignDocument, concepts: ConceptMatcher, start: number, end: number): (Evidence & { labelled: boolean }) | undefined {
  const flags = sentenceFlags(doc);
  const proposes = (sentence: number) => (flagsOf(doc, flags, sentence) & (STATES_NOTHING | QUESTION)) === 0;
  let best: (Evidence & { labelled: boolean }) | undefined;
  const language = concepts.all('mitigationLanguage');
  for (let i = concepts.indexAtOrAfter('mitigationLanguage', start); i < language.length && language[i].start < end; i++) {
    const m = language[i];
    if (!proposes(m.sentence)) continue;
    best = { start: m.start, end: withoutTrailingStopWords(doc.evidence, m.start, m.end), sentence: m.sentence, labelled: true };
    break;
  }
  // Purpose sentences come in text order, so the first proposing one holds the earliest measure.
  const purposes = concepts.all('mitigationPurpose');
  let lastSentence = -1;
  for (let i = concepts.indexAtOrAfter('mitigationPurpose', start); i < purposes.length && purposes[i].start < end; i++) {
    const p = purposes[i];
    if (p.sentence === lastSentence) continue;
    lastSentence = p.sentence;
    const measure = concepts.inSentence('mitigationMeasure', p.sentence);
    if (!measure || !proposes(p.sentence)) continue;
    // A language mention at the same start in the same sentence came first and wins, as in mitigationProposals.
    if (best && measure.start >= best.start) break;
    const nameEnd = DETERMINER_NEXT.test(doc.evidence.slice(measure.end, measure.end + 12))
      ? extendToObject(doc.evidence, measure.end, doc.sentences[p.sentence].end)
      : measure.end;
    best = { start: measure.start, end: nameEnd, sentence: p.sentence, labelled: false };
    break;
  }
  return best;
}

/** A measure followed by a determiner is used as a verb ("shard the cache"). */
const DETERMINER_NEXT = /^\s+(?:the|a|an|our|all|each|every|this|these|those|its|their|hot|popular)\s/i;

/** "Mitigation: add a cache" names "add a cache". */
function labelContent(text: string): string {
  const m = /^(?:primary\s+)?mitigations?\s*:\s*(.+)$/i.exec(text);
  return m ? m[1] : text;
}

/**
 * Whether the document has a section dedicated to a concern: its heading matches `headingConcept` ("Risks",
 * "Drawbacks", "Corner cases") and prose follows it. The heading says what the items are, so they need not
 * repeat the concern's words ("Bigger storage" under "Drawbacks").
 */
export function hasDedicatedSection(doc: DesignDocument, concepts: ConceptMatcher, headingConcept: string): boolean {
  return dedicatedSections(doc, concepts, headingConcept).length > 0;
}

/** Sections whose heading mentions the concept and that have prose of their own. */
export function dedicatedSections(doc: DesignDocument, concepts: ConceptMatcher, headingConcept: string): Section[] {
  return doc.sections.filter((s) => s.heading !== null && headingMentions(doc, concepts, headingConcept, s.heading) && hasProse(doc, s.heading.end, s.scopeEnd));
}

/** Whether a heading mentions a concept (its expressions run on the heading line alone). */
export function headingMentions(doc: DesignDocument, concepts: ConceptMatcher, conceptId: string, heading: Heading): boolean {
  // Rules ask about the same headings again and again (every section's ancestors): each is matched once.
  let byConcept = headingMentionCache.get(concepts);
  if (!byConcept) headingMentionCache.set(concepts, (byConcept = new Map()));
  let byBlock = byConcept.get(conceptId);
  if (!byBlock) byConcept.set(conceptId, (byBlock = new Map()));
  const ownHeading = concepts.doc === doc && doc.blocks[heading.block]?.start === heading.start;
  let v = ownHeading ? byBlock.get(heading.block) : undefined;
  if (v === undefined) {
    v = concepts.spansIn(conceptId, doc.lines.lineStarts[heading.line], heading.end).length > 0;
    if (ownHeading) byBlock.set(heading.block, v);
  }
  return v;
}

/** headingMentions results per matcher (one analysis), concept and heading block. */
const headingMentionCache = new WeakMap<ConceptMatcher, Map<string, Map<number, boolean>>>();

/** Whether a prose block (not a heading) starts in [start, end). */
function hasProse(doc: DesignDocument, start: number, end: number): boolean {
  const i = indexAtOrBefore(doc.blocks, start) + 1;
  return i < doc.blocks.length && doc.blocks[i].start < end && doc.blocks[i].kind !== 'heading';
}

const MAX_OBJECT_WORDS = 4;
/** Words that end a verb's object: prepositions, conjunctions, relative pronouns, auxiliaries. */
export const OBJECT_STOP = /^(?:to|for|as|in|on|at|with|by|of|from|into|via|per|across|over|between|behind|under|above|inside|outside|within|without|through|onto|among|around|after|before|until|using|up|out|off|and|or|but|nor|that|which|who|where|so|because|since|if|when|while|instead|rather|than|is|are|was|were|be|been|will|would|can|could|should|may|might|we|i|it|they|then|also|such|like|e\.g|i\.e)$/i;
const WORD = /[\s\[*_`"“(]*([A-Za-z0-9][\w'’-]*)/y;

/** Extends a verb phrase over its object: up to four words, stopping at punctuation or a function word. */
export function extendToObject(evidence: string, from: number, limit: number): number {
  let end = from;
  let words = 0;
  WORD.lastIndex = from;
  while (words < MAX_OBJECT_WORDS && WORD.lastIndex < limit) {
    const m = WORD.exec(evidence);
    if (!m || m.index + m[0].length > limit || OBJECT_STOP.test(m[1])) break;
    end = m.index + m[0].length;
    words++;
    if (!/^\s/.test(evidence[end] ?? '')) break; // punctuation closes the phrase
  }
  return end;
}

/** Drops function words left dangling at the end of a phrase: "splitting the stock into" -> "splitting the stock". */
function withoutTrailingStopWords(evidence: string, start: number, end: number): number {
  for (;;) {
    const m = /\s+([A-Za-z][\w'’-]*)$/.exec(evidence.slice(start, end));
    if (!m || !OBJECT_STOP.test(m[1])) return end;
    end -= m[0].length;
  }
}

/** A sentence ending in a question mark asks; it does not state or propose. */
export function isQuestion(doc: DesignDocument, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (s === undefined) return false;
  // Scans back over trailing white space instead of slicing: asked for nearly every mention.
  let i = s.end - 1;
  while (i >= s.start && /\s/.test(doc.text[i])) i--;
  return i >= s.start && doc.text.charCodeAt(i) === 63; // '?'
}

/** `**Failure mode:** ...` added from the code lens states nothing until it is filled in. */
function isUnfilledLabel(doc: DesignDocument, sentence: number): boolean {
  const block = doc.blocks[doc.sentences[sentence]?.block];
  return block !== undefined && block.end - block.start < 40 && isUnfilledStructureLabel(doc.text.slice(block.start, block.end));
}

/** A heading names a topic; it states nothing. */
export function isHeadingSentence(doc: DesignDocument, sentence: number): boolean {
  const s = doc.sentences[sentence];
  return s !== undefined && doc.blocks[s.block]?.kind === 'heading';
}

/** A heading or a table's header cell: it names what follows and states nothing itself. */
function namesOnly(doc: DesignDocument, sentence: number): boolean {
  return isHeadingSentence(doc, sentence) || isTableHeaderSentence(doc, sentence);
}

/** A table's header cell ("| Failure | What happens | Mitigation |") names a column; like a heading it states nothing. */
function isTableHeaderSentence(doc: DesignDocument, sentence: number): boolean {
  const s = doc.sentences[sentence];
  const block = s === undefined ? undefined : doc.blocks[s.block];
  if (!block || block.table < 0) return false;
  return doc.tables[block.table]?.rows[0]?.includes(s.block) ?? false;
}

/**
 * The evidence as written, for messages and reports: inline code keeps its text (its backticks go, leaving no
 * space), links keep their text only, emphasis markers go, white space collapses.
 */
export function quote(doc: DesignDocument, start: number, end: number): string {
  const evidence = doc.evidence;
  const text = doc.text;
  let out = '';
  // Runs of kept evidence are copied whole; only blanked characters are looked at one by one.
  let run = start;
  for (let i = start; i < end; i++) {
    if (evidence.charCodeAt(i) !== 32 || text.charCodeAt(i) === 32) continue;
    out += evidence.slice(run, i);
    run = i + 1;
    if (text[i] === '`') continue;
    else if (insideCodeSpan(doc, i)) out += text[i];
    else out += ' ';
  }
  out += evidence.slice(run, end);
  // Most quotes are plain words: nothing below would change them.
  if (!QUOTE_CLEANUP.test(out)) return out;
  return out
    .replace(/\*\*|__|[[\]]|(?<![\w*])[*_]|[*_](?![\w*])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The evidence in [start, end) with inline code's text kept in place (its backticks blank), same length and offsets:
 * for reading words a design writes as code ("checks the slot is `free`", "a `SELECT ... FOR UPDATE`").
 */
export function evidenceWithInlineCode(doc: DesignDocument, start: number, end: number): string {
  const evidence = doc.evidence;
  const text = doc.text;
  let out = '';
  let run = start;
  // Backticks seen so far on the current line: inside a code span while odd.
  let ticks = 0;
  for (let j = doc.lines.lineStarts[doc.lines.lineOf(start)]; j < start; j++) if (text.charCodeAt(j) === 96) ticks++;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) ticks = 0;
    else if (c === 96) ticks++;
    else if (ticks % 2 === 1 && evidence.charCodeAt(i) === 32 && c !== 32) {
      out += evidence.slice(run, i) + text[i];
      run = i + 1;
    }
  }
  return out + evidence.slice(run, end);
}

/** Something quote() removes or collapses: emphasis or link brackets, a white-space run or one that is not a space, white space at an end. */
const QUOTE_CLEANUP = /[*_[\]]|\s\s|[^\S ]|^\s|\s$/;

/** Whether a blanked character belongs to an inline code span (an odd number of backticks before it on its line). */
function insideCodeSpan(doc: DesignDocument, i: number): boolean {
  const lineStart = doc.lines.lineStarts[doc.lines.lineOf(i)];
  let ticks = 0;
  for (let j = lineStart; j < i; j++) if (doc.text[j] === '`') ticks++;
  return ticks % 2 === 1;
}
