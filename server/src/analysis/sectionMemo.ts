// Per-section results of the previous analysis of a document, carried over for sections an edit did not
// reach: after a keystroke most sections lie wholly before or after the changed chunk.
import type { ConceptMatcher } from './concepts/matcher';
import type { DesignDocument, Section } from './document/model';
import type { SectionStructure, StructurePartReport } from './types';

/** What was computed for one section, with the shape of the section it was computed for. */
export interface SectionEntry {
  start: number;
  end: number;
  scopeEnd: number;
  ownEnd: number;
  level: number;
  parent: number;
  children: number;
  isDesign?: boolean;
  describesDesign?: boolean;
  structure?: SectionStructure;
}

/** The previous analysis's entries, by section index, and what they were computed with. */
export interface SectionMemo {
  concepts: ConceptMatcher;
  isDesignProposal: boolean;
  entries: SectionEntry[];
}

/** Concept ids the section results read (the matcher's vocabulary must compile them the same way). */
const SECTION_CONCEPTS = [
  'constraint',
  'failureMode',
  'mitigationCost',
  'mitigationLanguage',
  'mitigationPurpose',
  'mitigationMeasure',
  'nonDesignHeading',
  'proposalLanguage',
  'planLanguage',
  'decisionLanguage',
  'imperativeDecision',
  'runtimeComponent',
  'negation',
  'negationAfter',
];

/**
 * The entries of this analysis, when the previous analysis was the one `concepts` reuses mentions from and
 * the document-level proposal verdict is unchanged: an earlier entry is kept for a section whose subtree
 * ends before the first changed chunk and that has the same shape (then its text, heading, ancestors and
 * line numbers are all the same, and so is everything computed from them); a section inside the trailing
 * chunks both documents share, with the same shape moved and the same ancestor headings, takes the earlier
 * results with their lines moved.
 */
export function carryOverSections(
  previous: SectionMemo | undefined,
  previousConcepts: ConceptMatcher | undefined,
  concepts: ConceptMatcher,
  isDesignProposal: boolean,
  sections: readonly Section[],
): SectionMemo {
  const entries: SectionEntry[] = new Array(sections.length);
  const usable =
    previous !== undefined &&
    previous.concepts === previousConcepts &&
    previous.isDesignProposal === isDesignProposal &&
    concepts.sameVocabularyAs(previous.concepts, SECTION_CONCEPTS);
  const unchangedEnd = usable ? concepts.unchangedEnd() : 0;
  const suffix = usable ? sharedSuffix(previous.concepts.doc, concepts.doc) : undefined;
  const indexShift = previous ? previous.entries.length - sections.length : 0;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (usable && s.end <= unchangedEnd) {
      const old = previous.entries[i];
      if (old !== undefined && sameShape(old, s, 0)) {
        entries[i] = old;
        continue;
      }
    }
    const entry = shapeOf(s);
    if (suffix && s.start >= suffix.start && s.heading) {
      const old = previous!.entries[i + indexShift];
      if (old !== undefined && sameShape(old, s, suffix.offset) && sameContext(previous!.concepts.doc, concepts.doc, i + indexShift, i)) {
        entry.isDesign = old.isDesign;
        if (old.structure) entry.structure = shiftedStructure(old.structure, suffix.lines);
      }
    }
    entries[i] = entry;
  }
  return { concepts, isDesignProposal, entries };
}

/**
 * The trailing chunks both documents share (same parse, same distance to the end of the text): where they
 * start in the new document and how far their offsets and lines moved. Sections inside them have the same
 * text and mentions, moved: their reports move with them.
 */
function sharedSuffix(before: DesignDocument, after: DesignDocument): { start: number; offset: number; lines: number } | undefined {
  const a = before.chunks;
  const b = after.chunks;
  let k = 0;
  while (k < a.length - 1 && k < b.length - 1) {
    const x = a[a.length - 1 - k];
    const y = b[b.length - 1 - k];
    if (x.parsed !== y.parsed || before.text.length - x.start !== after.text.length - y.start) break;
    k++;
  }
  if (k === 0) return undefined;
  const x = a[a.length - k];
  const y = b[b.length - k];
  return { start: y.start, offset: y.start - x.start, lines: y.startLine - x.startLine };
}

/** Whether the section's ancestors have the same headings (evidence and level) and its title status is the same. */
function sameContext(before: DesignDocument, after: DesignDocument, oldIndex: number, newIndex: number): boolean {
  const x = before.sections[oldIndex];
  const y = after.sections[newIndex];
  if ((x.heading === before.headings[0]) !== (y.heading === after.headings[0])) return false;
  let p = x.parent;
  let q = y.parent;
  for (; p >= 0 && q >= 0; p = before.sections[p].parent, q = after.sections[q].parent) {
    const hp = before.sections[p].heading;
    const hq = after.sections[q].heading;
    if (hp === null || hq === null) {
      if (hp !== hq) return false;
      continue;
    }
    if (hp.level !== hq.level || headingEvidence(before, hp) !== headingEvidence(after, hq)) return false;
  }
  return p < 0 && q < 0;
}

function headingEvidence(doc: DesignDocument, heading: { line: number; end: number }): string {
  return doc.evidence.slice(doc.lines.lineStarts[heading.line], heading.end);
}

/** The report with every range moved down by `lines` (characters within a line do not change). */
function shiftedStructure(structure: SectionStructure, lines: number): SectionStructure {
  if (lines === 0) return structure;
  const out = {} as SectionStructure;
  for (const part of Object.keys(structure) as Array<keyof SectionStructure>) out[part] = shiftedPart(structure[part], lines);
  return out;
}

function shiftedPart(report: StructurePartReport, lines: number): StructurePartReport {
  if (!report.present || !report.range) return report;
  const { start, end } = report.range;
  return {
    present: report.present,
    range: { start: { line: start.line + lines, character: start.character }, end: { line: end.line + lines, character: end.character } },
    quote: report.quote,
  };
}

function shapeOf(s: Section): SectionEntry {
  return { start: s.start, end: s.end, scopeEnd: s.scopeEnd, ownEnd: s.ownEnd, level: s.level, parent: s.parent, children: s.children.length };
}

/** Whether the entry was computed for this section, `offset` characters earlier. */
function sameShape(e: SectionEntry, s: Section, offset: number): boolean {
  return (
    e.start + offset === s.start &&
    e.end + offset === s.end &&
    e.scopeEnd + offset === s.scopeEnd &&
    e.ownEnd + offset === s.ownEnd &&
    e.level === s.level &&
    (offset === 0 ? e.parent === s.parent : true) &&
    e.children === s.children.length
  );
}
