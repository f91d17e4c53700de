// Where a mention stands decides whether it is a design claim at all: headings, reading lists and
// background sections name topics rather than propose anything. Shared by the section rules.
import { indexAtOrBefore, sectionAt, type DesignDocument, type Section } from '../document/model';
import type { ConceptMatcher } from '../concepts/matcher';
import type { RuleContext } from './rule';

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

/**
 * Whether the section's own heading names a heading-only concept ("Reliability" for resilienceHeading), read on
 * the heading's text: has() would walk the concept's own anchor table over the whole chunk.
 */
export function headingNames(concepts: ConceptMatcher, section: Section, conceptId: string): boolean {
  const heading = section.heading;
  return !!heading && concepts.spansIn(conceptId, heading.start, heading.end).length > 0;
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
  return ctx.concepts.spansIn(conceptId, start, end).map((m) => m.start);
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
