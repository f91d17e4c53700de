// Converts between string offsets and LSP positions (0-based line, UTF-16 character).
import type { Position, Range } from '../types';

export class LineIndex {
  /**
   * Offset of the first character of each line. A typed array of exact size, counted before it is filled:
   * no growing copies on every re-analysis, and nothing in it for a garbage collection to trace.
   */
  readonly lineStarts: Int32Array;

  constructor(readonly text: string) {
    this.lineStarts = new Int32Array(scanLineStarts(text, null));
    scanLineStarts(text, this.lineStarts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset just past the last content character of the line (before its line break). */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineOf(offset: number): number {
    return lineOfOffset(this.lineStarts, offset);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line, character: Math.min(clamped, this.lineEnd(line)) - this.lineStarts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** The line (index into ascending `lineStarts`) containing the offset. */
export function lineOfOffset(lineStarts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Writes the offset of each line's first character into `out` (when given); returns the number of lines. */
function scanLineStarts(text: string, out: Int32Array | null): number {
  let n = 1; // line 0 starts at 0, as a zero-filled array already says
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (out) out[n] = i + 1;
      n++;
    }
    return n;
  }
  // \r\n and a lone \r end a line too (as for markdown-it and LSP clients).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (out) out[n] = i + 1;
      n++;
    }
  }
  return n;
}
