// Where document-level findings point (the first heading) and where their scaffold sections go: shared by
// the document-level rules (missing-operational-metrics, missing-rollout-path).
import type { ConceptMatcher } from '../concepts/matcher';
import type { DesignDocument, Section } from '../document/model';
import { lineBreakOf } from '../fixes';
import type { Finding, TextEdit } from '../types';
import type { RuleContext } from './rule';

/** The range a document-level finding points at: the first heading's text, or else the first line with text. */
export function docLevelTriggerSpan(doc: DesignDocument): { start: number; end: number } {
  const heading = doc.headings[0];
  if (heading) return { start: heading.start, end: heading.end };
  for (let line = 0; line < doc.lines.lineCount; line++) {
    const start = doc.lines.lineStarts[line];
    const content = doc.evidence.slice(start, doc.lines.lineEnd(line));
    const lead = content.search(/\S/);
    if (lead < 0) continue;
    return { start: start + lead, end: start + content.trimEnd().length };
  }
  return { start: 0, end: 0 };
}

export interface ScaffoldPlacement {
  /** Offset of the line the new section goes before (or the text length to append). */
  offset: number;
  /** Heading level of the new section. */
  level: number;
}

/**
 * Where a new document-level section goes: after the section whose heading names the topic, else before
 * trailing back matter (references, next steps, appendix), else at the end.
 */
export function scaffoldPlacement(ctx: RuleContext, topicTitleConcept: string): ScaffoldPlacement {
  const { doc, concepts } = ctx;
  const topLevel = topLevelSections(doc);
  const level = topLevel.length ? topLevel[0].level : 2;
  const title = loneTitle(doc);
  const topic = doc.sections.find((s) => s.heading && s !== title && headingCoverage(concepts, topicTitleConcept, s.heading.text) > 0);
  if (topic) return { offset: topic.end, level: topic.level };
  let offset = doc.text.length;
  for (let i = topLevel.length - 1; i >= 0; i--) {
    const heading = topLevel[i].heading!;
    const words = heading.text.replace(/^[\s\d.:)#*_-]+/, '').replace(/[\s:.*_#]+$/, '');
    if (!words || headingCoverage(concepts, 'trailingSectionTitle', words) * 2 < words.length) break;
    offset = topLevel[i].start;
  }
  return { offset, level };
}

/** The document's lone H1 title section (an H1 over all other headings), if it has one. */
function loneTitle(doc: DesignDocument): Section | undefined {
  const roots = doc.sections.filter((s) => s.heading && s.parent < 0);
  return roots.length === 1 && roots[0].level === 1 && roots[0].children.length > 0 ? roots[0] : undefined;
}

/** Sections at the document's main level: children of a lone H1 title, or the shallowest headings. */
function topLevelSections(doc: DesignDocument): Section[] {
  const title = loneTitle(doc);
  if (title) return title.children.map((c) => doc.sections[c]);
  const roots = doc.sections.filter((s) => s.heading && s.parent < 0);
  const minLevel = Math.min(...roots.map((s) => s.level));
  return roots.filter((s) => s.level === minLevel);
}

/**
 * How many characters of a heading the concept's terms cover. Headings are matched on their own text with the
 * concept's compiled expressions, so the whole document is never scanned for these layout words.
 */
function headingCoverage(concepts: ConceptMatcher, id: string, heading: string): number {
  return concepts.spansInText(id, heading).reduce((sum, m) => sum + m.end - m.start, 0);
}

/** Inserts a new section (heading, blank line, lines) at the placement stored on a document-level finding. */
export function insertSectionEdit(doc: DesignDocument, finding: Finding, title: string, lines: string[]): TextEdit {
  const eol = lineBreakOf(doc);
  const offset = Math.min(Number(finding.data.scaffoldAt ?? doc.text.length), doc.text.length);
  const level = Math.max(1, Math.min(6, Number(finding.data.scaffoldLevel ?? 2)));
  const body = `${'#'.repeat(level)} ${title}${eol}${eol}${lines.join(eol)}${eol}`;
  const at = doc.lines.positionAt(offset);
  if (offset >= doc.text.length) {
    // Appending: make sure the new heading starts after a blank line.
    const tail = doc.text.endsWith(eol + eol) || doc.text.length === 0 ? '' : doc.text.endsWith(eol) ? eol : eol + eol;
    return { range: { start: at, end: at }, newText: tail + body };
  }
  const before = doc.text.slice(Math.max(0, offset - 2 * eol.length), offset);
  const lead = offset === 0 || before === eol + eol ? '' : eol;
  return { range: { start: at, end: at }, newText: lead + body + eol };
}
