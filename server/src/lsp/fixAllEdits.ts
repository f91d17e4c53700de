// Combines the preferred fixes of a document into one edit list for source.fixAll: a fix is taken whole or
// not at all, a fix overlapping an earlier one is dropped, duplicates are dropped, edits end up in document order.
import type { Fix, Position, TextEdit } from '../analysis/types';

export function fixAllEdits(fixes: readonly Fix[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  for (const fix of fixes) {
    if (!fix.isPreferred || fix.edits.length === 0) continue;
    if (fix.edits.every((e) => accepted.some((a) => sameEdit(a, e)))) continue;
    if (fix.edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    if (fix.edits.some((e, i) => fix.edits.some((o, j) => i !== j && overlaps(o, e)))) continue;
    accepted.push(...fix.edits);
  }
  // Stable sort: insertions at the same position keep the order of their findings.
  return accepted.map((edit, i) => ({ edit, i })).sort((a, b) => compare(a.edit.range.start, b.edit.range.start) || a.i - b.i).map((x) => x.edit);
}

/** Whether two edits touch the same text (insertions at the same point do not overlap; LSP orders them). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return compare(a.range.start, b.range.end) < 0 && compare(b.range.start, a.range.end) < 0;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.newText === b.newText && compare(a.range.start, b.range.start) === 0 && compare(a.range.end, b.range.end) === 0;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
