// eventual-consistency-unqualified: "eventually consistent" without what users see, for how long, and
// which operation still needs a stronger guarantee.
import { insertAfterBlock } from '../fixes';
import { indexAtOrBefore, sectionAt, type DesignDocument, type Section } from '../document/model';
import type { ConceptMatch } from '../concepts/matcher';
import type { Rule, RuleContext, RuleFinding } from './rule';

interface Part {
  concept: string;
  name: string;
  /** Stricter concept that satisfies the part when found anywhere in the document. */
  documentWide?: string;
  scaffold: string;
}

const PARTS: readonly Part[] = [
  { concept: 'staleUserView', name: 'what users see while data is stale', scaffold: 'What users see while replicas disagree: ...' },
  { concept: 'stalenessBound', name: 'how long it lasts (a bound)', scaffold: 'Staleness bound: at most ... seconds' },
  {
    concept: 'strongerGuarantee',
    name: 'which operation still needs a stronger guarantee',
    documentWide: 'strongConsistencyModel',
    scaffold: 'Still needs strong consistency (read from the primary): ...',
  },
];

export const eventualConsistencyUnqualified: Rule = {
  id: 'eventual-consistency-unqualified',
  description: 'Eventual consistency named without what users see, for how long, and what still needs strong consistency.',
  defaultSeverity: 'warning',
  tags: ['consistency'],
  why: 'Interviewers hear "eventually consistent" as a buzzword until you say what a user sees while replicas disagree, how long that lasts, and which operation cannot tolerate it.',
  stronger: 'Feed counts are eventually consistent: a user may see yesterday\'s like count for up to 30 s; posting and payments read from the primary.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const judged = new Set<number>();
    for (const m of ctx.concepts.all('eventualConsistency')) {
      const section = sectionAt(ctx.doc, m.start);
      if (judged.has(section.index)) continue;
      if (inHeading(ctx.doc, m.start) || inReadingList(ctx, m.start) || inBackgroundSection(ctx, section) || isReaderGuidance(ctx, m)) continue;
      judged.add(section.index);
      const scope = judgedScope(ctx.doc, section);
      const missing = PARTS.filter((p) => !partPresent(ctx, p, scope)).map((p) => p.name);
      // A document that qualifies eventual consistency fully in one place has shown the judgement; its
      // other mentions (summaries, risks, motivation) refer back to it.
      if (missing.length === 0) return [];
      findings.push({
        start: m.start,
        end: m.end,
        message: `"${spoken(ctx.concepts.textOf(m))}" without ${missing.join(', ')}.`,
        missing,
        section: section.heading?.text ?? null,
      });
    }
    return findings;
  },
  fixes({ doc, finding }) {
    const missing = new Set(finding.data.missing ?? PARTS.map((p) => p.name));
    const lines = PARTS.filter((p) => missing.has(p.name)).map((p) => p.scaffold);
    if (lines.length === 0) return [];
    return [
      {
        title: 'Insert: what users see, for how long, what needs strong consistency',
        isPreferred: true,
        edits: [insertAfterBlock(doc, finding.data.start, lines)],
      },
    ];
  },
};

function partPresent(ctx: RuleContext, part: Part, scope: Scope): boolean {
  if (ctx.concepts.has(part.concept, scope.start, scope.end)) return true;
  return part.documentWide !== undefined && ctx.concepts.all(part.documentWide).length > 0;
}

// ---------------------------------------------------------------------------------------------------
// Mention context shared by the section rules (queue, shard, availability import these): where a mention
// stands decides whether it is a design claim at all.

export interface Scope {
  start: number;
  end: number;
}

/** A trigger phrase as it reads in a message: markup dropped, line breaks and runs of spaces collapsed. */
export function spoken(phrase: string): string {
  return phrase.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

/** Whether the offset is inside a heading (headings name topics; they do not propose anything). */
export function inHeading(doc: DesignDocument, offset: number): boolean {
  const b = indexAtOrBefore(doc.blocks, offset);
  return b >= 0 && doc.blocks[b].kind === 'heading' && offset < doc.blocks[b].end;
}

/** Whether the offset is in a reading list: a list item made only of links, or a section titled like one. */
export function inReadingList(ctx: RuleContext, offset: number): boolean {
  const b = indexAtOrBefore(ctx.doc.blocks, offset);
  const block = b >= 0 ? ctx.doc.blocks[b] : undefined;
  if (block && block.listItem >= 0 && offset < block.end) {
    const items = memo(ctx, 'linkOnlyItem');
    let linkOnly = items.get(block.listItem);
    if (linkOnly === undefined) items.set(block.listItem, (linkOnly = isLinkOnlyItem(ctx.doc, block.listItem)));
    if (linkOnly) return true;
  }
  return underHeading(ctx, sectionAt(ctx.doc, offset), 'readingListHeading');
}

/** Whether the section (or one it is nested in) describes the status quo or motivation, not the proposal. */
export function inBackgroundSection(ctx: RuleContext, section: Section): boolean {
  return underHeading(ctx, section, 'backgroundHeading');
}

/**
 * The span a section's mention is judged on: the section's scope, or its parent's when the section is a
 * single paragraph (a one-paragraph subsection is a sub-point of its parent's discussion).
 */
export function judgedScope(doc: DesignDocument, section: Section): Scope {
  const parent = section.parent >= 0 ? doc.sections[section.parent] : undefined;
  if (section.heading && parent?.heading && parent.scopeEnd > section.start && proseBlockCount(doc, section) <= 1) {
    return { start: parent.start, end: parent.scopeEnd };
  }
  return { start: section.start, end: section.scopeEnd };
}

/** Whether a section or one of its ancestors has a heading that starts with a cue of the concept. */
export function underHeading(ctx: RuleContext, section: Section, conceptId: string): boolean {
  const sections = memo(ctx, conceptId);
  const known = sections.get(section.index);
  if (known !== undefined) return known;
  const parent = section.parent >= 0 ? ctx.doc.sections[section.parent] : undefined;
  const result = (section.heading !== null && headingStartsWith(ctx, section.heading, conceptId)) || (parent !== undefined && underHeading(ctx, parent, conceptId));
  sections.set(section.index, result);
  return result;
}

/** Per-analysis memo of a yes/no question by index (the matcher is new for every analysis). */
const memos = new WeakMap<object, Map<string, Map<number, boolean>>>();

function memo(ctx: RuleContext, question: string): Map<number, boolean> {
  let byQuestion = memos.get(ctx.concepts);
  if (!byQuestion) memos.set(ctx.concepts, (byQuestion = new Map()));
  let answers = byQuestion.get(question);
  if (!answers) byQuestion.set(question, (answers = new Map()));
  return answers;
}

/**
 * Offsets of the cue words of a concept in a short span of evidence (a sentence, a few words), found by
 * running the concept's patterns on that span only: cue lists such as determiners are too common to
 * collect for the whole document. Cue concepts have no exclusions and are not negated.
 */
export function cuesIn(ctx: RuleContext, conceptId: string, start: number, end: number): number[] {
  const concept = ctx.concepts.concept(conceptId);
  const span = ctx.doc.evidence.slice(start, end);
  const out: number[] = [];
  for (const re of [concept.insensitive, concept.sensitive]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(span); m; m = re.exec(span)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push(start + m.index);
    }
  }
  return out.sort((a, b) => a - b);
}

/** Whether a mention sits in general advice addressed to the reader ("you"), in a document that proposes nothing. */
function isReaderGuidance(ctx: RuleContext, m: ConceptMatch): boolean {
  if (ctx.isDesignProposal) return false;
  const block = ctx.doc.blocks[ctx.doc.sentences[m.sentence].block];
  return ctx.concepts.has('readerAddress', block.start, block.end);
}

const NUMBERING = /^[\s\d.)*_#:§-]*$/;
const MAX_WORDS_AFTER_CUE = 3;

function headingStartsWith(ctx: RuleContext, heading: { start: number; end: number }, conceptId: string): boolean {
  const m = ctx.concepts.first(conceptId, heading.start, heading.end);
  if (!m) return false;
  if (!NUMBERING.test(ctx.doc.text.slice(heading.start, m.start))) return false;
  const rest = ctx.doc.evidence.slice(m.end, heading.end).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return rest.length <= MAX_WORDS_AFTER_CUE;
}

const LIST_MARKER = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const LINK = /!?\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])|<https?:[^>]*>|\bhttps?:\/\/[^\s)]+/g;
const LEFTOVER = /[\s*_`~.,;:|–—-]+/g;

/** A list item whose first line is only links (plus an optional parenthetical note): a reading-list entry. */
function isLinkOnlyItem(doc: DesignDocument, itemIndex: number): boolean {
  const item = doc.items[itemIndex];
  const firstLineEnd = doc.lines.lineEnd(doc.lines.lineOf(item.start));
  const raw = doc.text.slice(item.start, firstLineEnd).replace(LIST_MARKER, '');
  LINK.lastIndex = 0;
  if (!LINK.test(raw)) return false;
  LINK.lastIndex = 0;
  return raw.replace(LINK, ' ').replace(/\([^)]*\)/g, ' ').replace(LEFTOVER, '') === '';
}

function proseBlockCount(doc: DesignDocument, section: Section): number {
  let count = 0;
  for (let b = Math.max(0, indexAtOrBefore(doc.blocks, section.start)); b < doc.blocks.length && doc.blocks[b].start < section.scopeEnd; b++) {
    const block = doc.blocks[b];
    if (block.start < section.start || block.kind === 'heading') continue;
    if (++count > 1) break;
  }
  return count;
}
