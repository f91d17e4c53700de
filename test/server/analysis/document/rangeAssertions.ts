// Asserts that everything analyze() reports points inside the document it was given: every finding,
// section and structure range is a valid LSP range of the text, and every offset lies in it.
import * as assert from 'assert';
import type { AnalysisResult, Range } from '../../../../server/src/analysis';
import { LineIndex } from '../../../../server/src/analysis/text/lineIndex';

function assertRangeInside(lines: LineIndex, range: Range, what: string): void {
  for (const p of [range.start, range.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.lineCount, `${what}: line ${p.line} of ${lines.lineCount}`);
    const length = lines.lineEnd(p.line) - lines.lineStarts[p.line];
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= length, `${what}: character ${p.character} of ${length} on line ${p.line}`);
  }
  const { start, end } = range;
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: start after end ${JSON.stringify(range)}`);
}

export function assertResultInside(text: string, result: AnalysisResult): void {
  const lines = new LineIndex(text);
  for (const f of result.findings) {
    assertRangeInside(lines, f.range, `finding ${f.rule}`);
    assert.ok(f.data.start >= 0 && f.data.start <= f.data.end && f.data.end <= text.length, `finding ${f.rule} offsets ${f.data.start}-${f.data.end}`);
    assert.deepStrictEqual(f.range, lines.rangeOf(f.data.start, f.data.end), `finding ${f.rule}: range matches offsets`);
  }
  for (const s of result.sections) {
    assertRangeInside(lines, s.headingRange, `section ${s.title} heading`);
    assertRangeInside(lines, s.range, `section ${s.title}`);
    for (const [part, report] of Object.entries(s.structure)) if (report.range) assertRangeInside(lines, report.range, `section ${s.title} ${part}`);
  }
  assert.ok(Number.isFinite(result.score) && result.score >= 0 && result.score <= 100, `score ${result.score}`);
  for (const n of [result.structure.headings, result.structure.paragraphs, result.structure.sentences, result.structure.lists, result.structure.tables]) {
    assert.ok(Number.isInteger(n) && n >= 0);
  }
}
