// Assertions shared by the document model tests: where a phrase is, what a span covers, and the
// invariants every evidence string must keep.
import * as assert from 'assert';
import type { DesignDocument, Span } from '../../../../server/src/analysis/document/model';

/** [start, end) of the n-th (0-based) occurrence of `needle` in `text`; fails when there is none. */
export function spanOf(text: string, needle: string, occurrence = 0): [number, number] {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) not found`);
  }
  return [at, at + needle.length];
}

/** The text a span covers. */
export function textOf(doc: DesignDocument, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** Offset of the start of the line that contains `needle`. */
export function lineStartOf(text: string, needle: string, occurrence = 0): number {
  const [at] = spanOf(text, needle, occurrence);
  return Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
}

/** Evidence keeps the text's length and every line break, and only ever blanks characters to spaces. */
export function assertEvidenceShape(doc: DesignDocument): void {
  const { text, evidence } = doc;
  assert.strictEqual(evidence.length, text.length, 'evidence has the length of the text');
  for (let i = 0; i < text.length; i++) {
    const t = text[i];
    const e = evidence[i];
    if (t === '\n' || t === '\r') assert.strictEqual(e, t, `line break kept at ${i}`);
    else if (e !== t) assert.strictEqual(e, ' ', `evidence at ${i} is the text's character or a space`);
  }
}

/** Whether the evidence over [start, end) is all blank. */
export function isBlank(doc: DesignDocument, start: number, end: number): boolean {
  return doc.evidence.slice(start, end).trim() === '';
}
