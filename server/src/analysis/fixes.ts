// Quick fixes for a finding: the rule's own scaffolds, then "disable for this line" and "for this file".
import type { DesignDocument } from './document/model';
import { indexAtOrBefore } from './document/model';
import { findRule } from './rules';
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
  // For a list item, insert after the whole item so the scaffold stays inside the list's flow.
  let endOffset = block ? block.end : offset;
  if (block && block.listItem >= 0) endOffset = Math.max(endOffset, doc.items[block.listItem].end);
  const endLine = doc.lines.lineOf(endOffset);
  const lineText = doc.text.slice(doc.lines.lineStarts[doc.lines.lineOf(block?.start ?? offset)], block?.start ?? offset);
  const indent = block && block.listItem >= 0 ? ' '.repeat(lineText.length) : lineText.match(/^[ \t>]*/)?.[0] ?? '';
  const at = doc.lines.positionAt(doc.lines.lineEnd(endLine));
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: at, end: at }, newText: eol + eol + lines.map((l) => indent + l).join(eol) };
}

/** Inserts `lines` (followed by a blank line) before the line containing `offset`. */
export function insertBeforeLine(doc: DesignDocument, offset: number, lines: string[]): TextEdit {
  const line = doc.lines.lineOf(offset);
  const at = { line, character: 0 };
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: at, end: at }, newText: lines.join(eol) + eol };
}

function disableForLine(doc: DesignDocument, finding: Finding): Fix {
  const line = finding.range.start.line;
  const lineStart = doc.lines.lineStarts[line];
  const indent = doc.text.slice(lineStart, doc.lines.lineEnd(line)).match(/^[ \t]*/)?.[0] ?? '';
  return {
    title: `Disable ${finding.rule} for this line`,
    edits: [insertBeforeLine(doc, lineStart, [`${indent}<!-- tradeoff-disable-next-line ${finding.rule} -->`])],
  };
}

function disableForFile(doc: DesignDocument, finding: Finding): Fix {
  // After front matter, if any, so the front matter stays first.
  let line = 0;
  const first = doc.text.split('\n', 1)[0].trim();
  if (first === '---' || first === '+++') {
    const lines = doc.text.split('\n');
    for (let i = 1; i < lines.length; i++) {
      if (lines[i].trim() === first || (first === '---' && lines[i].trim() === '...')) {
        line = i + 1;
        break;
      }
    }
  }
  return {
    title: `Disable ${finding.rule} for this file`,
    edits: [insertBeforeLine(doc, doc.lines.lineStarts[Math.min(line, doc.lines.lineCount - 1)], [`<!-- tradeoff-disable-file ${finding.rule} -->`])],
  };
}
