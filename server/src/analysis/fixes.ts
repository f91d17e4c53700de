// Quick fixes for a finding: the rule's own scaffolds, then "disable for this line" and "for this file".
import type { DesignDocument } from './document/model';
import { frontMatterEnd } from './document/chunks';
import { maskInline } from './document/inlineMask';
import { indexAtOrBefore } from './document/model';
import { findRule } from './rules';
import { lineBreakOfText } from './text/lineBreak';
import type { Finding, Fix, TextEdit } from './types';

export function fixesFor(doc: DesignDocument, finding: Finding): Fix[] {
  const rule = findRule(finding.rule);
  const fixes: Fix[] = rule ? safeRuleFixes(() => rule.fixes({ doc, finding })) : [];
  fixes.push(disableForLine(doc, finding), disableForFile(doc, finding));
  return fixes;
}

function safeRuleFixes(make: () => Fix[]): Fix[] {
  try {
    return make();
  } catch {
    return [];
  }
}

/** Inserts `lines` as a new paragraph after the block that contains `offset`, indented like it. */
export function insertAfterBlock(doc: DesignDocument, offset: number, lines: string[]): TextEdit {
  const b = indexAtOrBefore(doc.blocks, offset);
  const block = b >= 0 ? doc.blocks[b] : undefined;
  let endOffset = block ? block.end : offset;
  // For a list item, insert after the whole item so the scaffold stays inside the list's flow; for a table
  // cell, after the whole table (a paragraph between rows would end the table).
  if (block && block.listItem >= 0) endOffset = Math.max(endOffset, doc.items[block.listItem].end);
  if (block && block.table >= 0) endOffset = Math.max(endOffset, doc.tables[block.table].end);
  const endLine = doc.lines.lineOf(endOffset);
  const start = block && block.table < 0 ? block.start : offset;
  const lineText = doc.text.slice(doc.lines.lineStarts[doc.lines.lineOf(start)], start);
  // Keep quote markers; inside a list item, indent to the item's content (its marker becomes spaces).
  const prefix =
    block && block.listItem >= 0 && block.table < 0 ? lineText.replace(/[^>\s]/g, ' ') : (lineText.match(/^[ \t>]*/)?.[0] ?? '');
  const at = doc.lines.positionAt(doc.lines.lineEnd(endLine));
  const eol = lineBreakOf(doc);
  return { range: { start: at, end: at }, newText: eol + prefix.trimEnd() + eol + lines.map((l) => prefix + l).join(eol) };
}

/** Inserts `lines`, each as a whole line, before the line containing `offset`. */
export function insertBeforeLine(doc: DesignDocument, offset: number, lines: string[]): TextEdit {
  const line = doc.lines.lineOf(offset);
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: lines.join(lineBreakOf(doc)) + lineBreakOf(doc) };
}

/** The document's line break: CRLF when it uses any, else LF. */
export function lineBreakOf(doc: DesignDocument): string {
  return lineBreakOfText(doc.text);
}

function disableForLine(doc: DesignDocument, finding: Finding): Fix {
  const line = finding.range.start.line;
  const directive = `<!-- tradeoff-disable-next-line ${finding.rule} -->`;
  const title = `Disable ${finding.rule} for this line`;
  // On a later line of a paragraph, a comment line would split the paragraph: end the line before instead.
  const previous = line > 0 ? paragraphLineEnd(doc, line - 1, finding.data.start, directive) : -1;
  if (previous >= 0) {
    const at = doc.lines.positionAt(previous);
    return { title, edits: [{ range: { start: at, end: at }, newText: ` ${directive}` }] };
  }
  const lineStart = doc.lines.lineStarts[line];
  // The line's indentation and quote markers, so that the comment stays in the same container.
  const prefix = doc.text.slice(lineStart, doc.lines.lineEnd(line)).match(/^[ \t>]*/)?.[0] ?? '';
  return { title, edits: [insertBeforeLine(doc, lineStart, [`${prefix}${directive}`])] };
}

/**
 * Where `comment` can end `line` when that line belongs to the same paragraph as `offset` and the comment
 * placed there would be read as a comment (not swallowed by a code span or a link); -1 otherwise.
 */
function paragraphLineEnd(doc: DesignDocument, line: number, offset: number, comment: string): number {
  const b = indexAtOrBefore(doc.blocks, offset);
  const block = b >= 0 ? doc.blocks[b] : undefined;
  if (!block || block.kind !== 'paragraph' || offset > block.end || block.start >= doc.lines.lineStarts[line + 1]) return -1;
  let end = Math.min(doc.lines.lineEnd(line), block.end);
  while (end > doc.lines.lineStarts[line] && /\s/.test(doc.text[end - 1])) end--;
  // A trailing backslash is a hard line break that the comment would undo.
  if (end <= block.start || doc.text[end - 1] === '\\') return -1;
  const paragraph = doc.text.slice(block.start, end) + ' ' + comment + doc.text.slice(end, block.end);
  const at = end - block.start + 1;
  return maskInline(paragraph).comments.some((c) => c.start === at) ? end : -1;
}

function disableForFile(doc: DesignDocument, finding: Finding): Fix {
  const title = `Disable ${finding.rule} for this file`;
  const directive = `<!-- tradeoff-disable-file ${finding.rule} -->`;
  // After front matter, if any, so the front matter stays first.
  const afterFrontMatter = frontMatterEnd(doc.text);
  if (afterFrontMatter > 0 && afterFrontMatter === doc.text.length && !/[\r\n]$/.test(doc.text)) {
    const at = doc.lines.positionAt(doc.text.length);
    return { title, edits: [{ range: { start: at, end: at }, newText: lineBreakOf(doc) + directive + lineBreakOf(doc) }] };
  }
  return { title, edits: [insertBeforeLine(doc, afterFrontMatter, [directive])] };
}
