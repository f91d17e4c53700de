// Decides whether a document proposes a design (doc-level rules apply only then) and whether a section
// proposes components or decisions (section-level structure rules apply only then).
import type { ConceptMatch, ConceptMatcher } from './concepts/matcher';
import type { DesignDocument, Section } from './document/model';
import { extendToObject, headingMentions, isHeadingSentence, isQuestion, OBJECT_STOP, quote } from './structure';

/** Points a document needs to count as a design proposal; a short snippet needs only one. */
const PROPOSAL_POINTS = 2;
const SHORT_DOCUMENT_SENTENCES = 20;
/** Headings of a design answer's outline count only this many together, or beside a plan or a design-doc heading. */
const MIN_OUTLINE_HEADINGS = 2;
/** Design-doc headings add at most this many points, so a template without decisions stays below the bar. */
const MAX_HEADING_POINTS = 2;

const proposalCache = new WeakMap<ConceptMatcher, boolean>();

/**
 * A document proposes a design when it speaks as its author's plan: explicit proposal language ("we propose",
 * "the proposed design") scores 2 per sentence, first-person plans or choices ("we will use", "I would shard",
 * "we chose") 1 per sentence, design-doc headings ("Proposal", "High-level design", "Design a ...") and the
 * headings of a design answer's outline ("Requirements", "Trade-offs", "Risks"; two of them, or one beside a plan)
 * 1 each (at most 2), and reference-doc language ("This page documents ...") takes 3 away.
 */
export function isDesignProposal(doc: DesignDocument, concepts: ConceptMatcher): boolean {
  let v = proposalCache.get(concepts);
  if (v === undefined) {
    v = proposalScore(doc, concepts) >= pointsNeeded(doc);
    proposalCache.set(concepts, v);
  }
  return v;
}

/**
 * Whether the document proposes a design without its outline headings: by its own words and design-doc
 * headings. A design answer written descriptively ("The booking service publishes to SQS") under the usual
 * outline is a proposal to the linter, but the interviewer still reads its sections as a design answer's.
 */
export function proposesBeyondOutline(doc: DesignDocument, concepts: ConceptMatcher): boolean {
  return proposalScore(doc, concepts, false) >= pointsNeeded(doc);
}

function pointsNeeded(doc: DesignDocument): number {
  return doc.sentences.length < SHORT_DOCUMENT_SENTENCES ? 1 : PROPOSAL_POINTS;
}

/** The points behind isDesignProposal (exported for diagnostics and tests); `outline` counts the outline headings. */
export function proposalScore(doc: DesignDocument, concepts: ConceptMatcher, outline = true): number {
  const explicit = proseSentences(doc, [...concepts.all('proposalLanguage'), ...concepts.all('proposalReference')]);
  const plans = proseSentences(doc, concepts.all('planLanguage'));
  for (const s of explicit) plans.delete(s);
  let headings = 0;
  let outlineHeadings = 0;
  for (const h of doc.headings) {
    if (headingMentions(doc, concepts, 'designDocHeading', h)) headings++;
    else if (outline && headingMentions(doc, concepts, 'designOutlineHeading', h)) outlineHeadings++;
  }
  const words = 2 * explicit.size + plans.size;
  // One alone is no outline unless the document plans something too: a README has its "Requirements".
  if (outlineHeadings >= MIN_OUTLINE_HEADINGS || (outlineHeadings > 0 && words + headings > 0)) headings += outlineHeadings;
  const reference = proseSentences(doc, concepts.all('referenceDocCue')).size;
  return words + Math.min(MAX_HEADING_POINTS, headings) - 3 * reference;
}

/** Distinct sentences of the mentions, leaving out headings and questions ("What do we choose?"). */
function proseSentences(doc: DesignDocument, mentions: readonly ConceptMatch[]): Set<number> {
  const out = new Set<number>();
  for (const m of mentions) {
    if (!isHeadingSentence(doc, m.sentence) && !isQuestion(doc, m.sentence)) out.add(m.sentence);
  }
  return out;
}

/**
 * A section is design content when the document proposes a design, the section is neither the title nor
 * requirements / estimates / APIs / background / alternatives / reading lists (by its heading or an
 * ancestor's), and its own text proposes something (with `assumeDesign`: or names running components).
 */
export function isDesignSection(doc: DesignDocument, concepts: ConceptMatcher, section: Section, assumeDesign = false): boolean {
  if (!assumeDesign && !isDesignProposal(doc, concepts)) return false;
  if (!isDesignContext(doc, concepts, section)) return false;
  if (proposesIn(doc, concepts, section.start, section.ownEnd)) return true;
  // A design answer written descriptively ("Workers take a Redis lock") proposes by naming what runs.
  return assumeDesign && concepts.has('runtimeComponent', section.start, section.ownEnd);
}

/** Whether the section may hold design content at all: not the title, not under a non-design heading. */
export function isDesignContext(doc: DesignDocument, concepts: ConceptMatcher, section: Section): boolean {
  // Rules ask again for every mention in a section: decided once per section and analysis.
  if (concepts.doc !== doc || doc.sections[section.index] !== section) return decideDesignContext(doc, concepts, section);
  let known = designContextCache.get(concepts);
  if (!known) designContextCache.set(concepts, (known = new Map()));
  let v = known.get(section.index);
  if (v === undefined) known.set(section.index, (v = decideDesignContext(doc, concepts, section)));
  return v;
}

const designContextCache = new WeakMap<ConceptMatcher, Map<number, boolean>>();

function decideDesignContext(doc: DesignDocument, concepts: ConceptMatcher, section: Section): boolean {
  if (isTitleSection(doc, section)) return false;
  for (let s: Section | undefined = section; s; s = s.parent >= 0 ? doc.sections[s.parent] : undefined) {
    // The title names the whole answer ("Design an API rate limiter"): its words do not make every section non-design.
    if (s !== section && isTitleSection(doc, s)) continue;
    if (s.heading && headingMentions(doc, concepts, 'nonDesignHeading', s.heading)) return false;
  }
  return true;
}

/** The document's title: a first-level first heading whose sections sit below it. */
function isTitleSection(doc: DesignDocument, section: Section): boolean {
  return section.heading !== null && section.level === 1 && section.heading === doc.headings[0] && section.children.length > 0;
}

/**
 * The section's ancestor (or itself) at the given depth below the title: depth 0 is a top-level part of the
 * answer ("Step 3: Design core components", "Proposal"), depth 1 a part of it ("Use case: ...", "Users++").
 */
export function enclosingSection(doc: DesignDocument, section: Section, depth: number): Section {
  const chain: Section[] = [];
  for (let s: Section | undefined = section; s; s = s.parent >= 0 ? doc.sections[s.parent] : undefined) {
    if (!isTitleSection(doc, s)) chain.unshift(s);
  }
  return chain[Math.min(depth, chain.length - 1)] ?? section;
}

export interface Proposal {
  start: number;
  end: number;
  /** The proposing phrase with its object, as written (markup removed), e.g. "We will use Redis". */
  phrase: string;
}

/**
 * The first phrase in the section's own text (before its subsections) that proposes something: first-person
 * proposal, plan or decision language, or an imperative opening a sentence ("Add read replicas"). With
 * `componentOnly`, only a proposal whose sentence names a running component ("We could store pastes in an
 * object store"). The span runs on to the object of the verb, or to the component it names.
 */
export function firstProposal(doc: DesignDocument, concepts: ConceptMatcher, section: Section, componentOnly = false): Proposal | undefined {
  for (const m of proposalsIn(doc, concepts, section.start, section.ownEnd)) {
    const sentence = doc.sentences[m.sentence];
    const components = concepts.spansIn('runtimeComponent', sentence.start, sentence.end);
    if (componentOnly && components.length === 0) continue;
    let end = extendToObject(doc.evidence, m.end, sentence.end);
    // Run on to the component named shortly after the verb: "We could store the logs on an object store".
    const window = visibleOffset(doc.evidence, m.end, MAX_COMPONENT_DISTANCE, sentence.end);
    for (const c of components) {
      if (c.start < m.end) continue;
      if (c.start >= window) break;
      if (c.end <= end) break; // the object already names it
      if (endsPhrase(doc.evidence, c.end, sentence.end)) {
        end = c.end;
        break;
      }
    }
    return { start: m.start, end, phrase: quote(doc, m.start, end) };
  }
  return undefined;
}

/** How far (in visible characters) a named component may stand after the proposing verb to be part of the phrase. */
const MAX_COMPONENT_DISTANCE = 80;

/** The offset `count` non-blank evidence characters after `from` (link targets and code do not count). */
function visibleOffset(evidence: string, from: number, count: number, limit: number): number {
  let i = from;
  for (let seen = 0; i < limit && seen < count; i++) if (evidence[i] !== ' ' && evidence[i] !== '\n') seen++;
  return i;
}

/** Proposing phrases in [start, end) in text order, leaving out headings and questions. */
function proposalsIn(doc: DesignDocument, concepts: ConceptMatcher, start: number, end: number): ConceptMatch[] {
  const out: ConceptMatch[] = [];
  for (const id of ['proposalLanguage', 'planLanguage', 'decisionLanguage']) out.push(...concepts.in(id, start, end));
  for (const m of concepts.in('imperativeDecision', start, end)) if (opensSentence(doc, m)) out.push(m);
  return out.filter((m) => !isHeadingSentence(doc, m.sentence) && !isQuestion(doc, m.sentence)).sort((a, b) => a.start - b.start);
}

/**
 * Whether proposalsIn(...) would find any (so firstProposal(...) any), without sorting them or working out a
 * phrase: asked for every section.
 */
function proposesIn(doc: DesignDocument, concepts: ConceptMatcher, start: number, end: number): boolean {
  const proposes = (m: ConceptMatch) => !isHeadingSentence(doc, m.sentence) && !isQuestion(doc, m.sentence);
  for (const id of ['proposalLanguage', 'planLanguage', 'decisionLanguage']) if (concepts.in(id, start, end).some(proposes)) return true;
  return concepts.in('imperativeDecision', start, end).some((m) => opensSentence(doc, m) && proposes(m));
}

/** Whether a noun phrase ends here: punctuation, the end of the text, or a function word follows. */
function endsPhrase(evidence: string, at: number, sentenceEnd: number): boolean {
  if (at >= sentenceEnd) return true;
  const next = /^[\s*_\]]*([A-Za-z][\w'’-]*|[^\sA-Za-z]|$)/.exec(evidence.slice(at, at + 40));
  return !next || !/^[A-Za-z]/.test(next[1]) || OBJECT_STOP.test(next[1]);
}

function opensSentence(doc: DesignDocument, m: ConceptMatch): boolean {
  return doc.evidence.slice(doc.sentences[m.sentence].start, m.start).trim() === '';
}
