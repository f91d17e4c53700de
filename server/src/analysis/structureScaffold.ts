// The line a writer adds for a missing part of a section's structure (`**Failure mode:** ...`), where it goes,
// and how an added-but-unfilled one is recognised, so that an empty label never counts as the part itself.
import { indexAtOrBefore, type DesignDocument, type Section } from './document/model';
import { lineBreakOfText } from './text/lineBreak';
import type { Range, StructurePart, TextEdit } from './types';

/** The label each part is written with; the code lens and the editor grammar use the same words. */
export const STRUCTURE_LABELS: Readonly<Record<StructurePart, string>> = {
  constraint: 'Constraint',
  failureMode: 'Failure mode',
  mitigation: 'Primary mitigation',
  newCost: 'New cost',
};

/** What to write after each label: the question the writer has to answer there. */
export const STRUCTURE_PROMPTS: Readonly<Record<StructurePart, string>> = {
  constraint: 'the requirement or limit that drives this decision, with its number',
  failureMode: 'what breaks first, and what users see when it does',
  mitigation: 'the one measure that addresses that failure',
  newCost: 'what the mitigation costs: latency, staleness, money, operational burden',
};

const PLACEHOLDER = '...';

/** A label followed by nothing, or only by the placeholder: `**Failure mode:** ...`. */
const UNFILLED_LABEL = /^[\s>]*(?:[-*+]\s+)?[*_]{0,2}(constraint|failure mode|(?:primary )?mitigation|new cost|trade-?off)\s*[*_]{0,2}\s*:\s*[*_]{0,2}\s*(?:\.\.\.|…)?\s*$/i;

export interface StructureScaffold {
  /** The insertion, or undefined when an unfilled line for the part is already there. */
  edit?: TextEdit;
  /** Where the writer fills in, in the document as it is after the edit. */
  placeholder: Range;
}

/** Whether a block of text is a structure label nobody has filled in yet. */
export function isUnfilledStructureLabel(blockText: string): boolean {
  return UNFILLED_LABEL.test(blockText);
}

/** The scaffold for `part` in `section`: the unfilled line already there, else a new line at the end of the section's own text. */
export function structurePartScaffold(doc: DesignDocument, section: Section, part: StructurePart): StructureScaffold {
  const existing = unfilledLabelIn(doc, section, part);
  if (existing) return { placeholder: existing };
  const prefix = `**${STRUCTURE_LABELS[part]}:** `;
  const line = doc.lines.lineOf(lastContentOffset(doc, section));
  const at = doc.lines.positionAt(doc.lines.lineEnd(line));
  const eol = lineBreakOfText(doc.text);
  return {
    edit: { range: { start: at, end: at }, newText: `${eol}${eol}${prefix}${PLACEHOLDER}` },
    placeholder: { start: { line: line + 2, character: prefix.length }, end: { line: line + 2, character: prefix.length + PLACEHOLDER.length } },
  };
}

/** The section's last non-blank character before its first subsection (its heading at least). */
function lastContentOffset(doc: DesignDocument, section: Section): number {
  let end = section.ownEnd;
  const floor = section.heading ? section.heading.end : section.start;
  while (end > floor && /\s/.test(doc.text[end - 1])) end--;
  return Math.max(section.start, end - 1);
}

/** The placeholder (or the end) of an unfilled label for `part` in the section's own text. */
function unfilledLabelIn(doc: DesignDocument, section: Section, part: StructurePart): Range | undefined {
  const wanted = STRUCTURE_LABELS[part].toLowerCase();
  for (let b = Math.max(0, indexAtOrBefore(doc.blocks, section.start)); b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    if (block.start < section.start || block.kind !== 'paragraph') continue;
    if (block.start >= section.ownEnd) break;
    const text = doc.text.slice(block.start, block.end);
    const label = UNFILLED_LABEL.exec(text)?.[1].toLowerCase();
    if (label !== wanted && !(part === 'mitigation' && label === 'mitigation')) continue;
    const dots = text.search(/\.\.\.|…/);
    const start = dots >= 0 ? block.start + dots : block.end;
    const end = dots >= 0 ? start + (text[dots] === '…' ? 1 : 3) : block.end;
    return doc.lines.rangeOf(start, end);
  }
  return undefined;
}
