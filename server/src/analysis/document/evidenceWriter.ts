// Builds a chunk's evidence string left to right: each stretch of the text is either kept as is or blanked
// (spaces, line breaks kept), so offsets and lines stay those of the source. Blank ranges are flat lists of
// [start, end) pairs, sorted and disjoint, relative to the stretch they belong to.
import { spaces } from './blank';
import { isWhiteSpace } from './whiteSpace';

export class EvidenceWriter {
  private readonly parts: string[] = [];
  private upTo = 0;

  constructor(private readonly text: string) {}

  /** Offset up to which the evidence is written. */
  get position(): number {
    return this.upTo;
  }

  /** Blanks the text from the current position to `end`. */
  blankTo(end: number): void {
    if (end <= this.upTo) return;
    // Runs of spaces and the line breaks go straight into the parts, without a slice of the source or
    // concatenations: the final join copies them once (this was garbage for every blanked stretch).
    const text = this.text;
    let from = this.upTo;
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      if (i > from) this.parts.push(spaces(i - from));
      this.parts.push(c === 10 ? '\n' : '\r');
      from = i + 1;
    }
    if (end > from) this.parts.push(spaces(end - from));
    this.upTo = end;
  }

  /** Keeps text[start, end) except the `blanks` (relative to start); the gap before `start` is blanked. */
  write(start: number, end: number, blanks: readonly number[]): void {
    this.blankTo(start);
    for (let k = 0; k < blanks.length; k += 2) {
      this.keepTo(start + blanks[k]);
      this.blankTo(start + blanks[k + 1]);
    }
    this.keepTo(end);
  }

  /** The evidence of the whole text (the rest blanked). */
  finish(): string {
    this.blankTo(this.text.length);
    return this.parts.length === 1 ? this.parts[0] : this.parts.join('');
  }

  private keepTo(end: number): void {
    if (end <= this.upTo) return;
    this.parts.push(this.text.slice(this.upTo, end));
    this.upTo = end;
  }
}

/** Merges two sorted lists of disjoint [start, end) pairs into one sorted list of disjoint ranges. */
export function mergeRanges(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return a as number[];
  if (a.length === 0) return b as number[];
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let s: number;
    let e: number;
    if (j >= b.length || (i < a.length && a[i] <= b[j])) {
      s = a[i];
      e = a[i + 1];
      i += 2;
    } else {
      s = b[j];
      e = b[j + 1];
      j += 2;
    }
    if (out.length && s <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], e);
    else out.push(s, e);
  }
  return out;
}

/** First offset in [0, s.length) outside `blanks` that is not white space, or -1. */
export function firstKept(s: string, blanks: readonly number[]): number {
  let k = 0;
  for (let p = 0; p < s.length; p++) {
    while (k < blanks.length && blanks[k + 1] <= p) k += 2;
    if (k < blanks.length && blanks[k] <= p) {
      p = blanks[k + 1] - 1;
      continue;
    }
    if (!isWhiteSpace(s.charCodeAt(p))) return p;
  }
  return -1;
}

/** One past the last offset outside `blanks` that is not white space, or -1. */
export function lastKept(s: string, blanks: readonly number[]): number {
  let k = blanks.length - 2;
  for (let p = s.length - 1; p >= 0; p--) {
    while (k >= 0 && blanks[k] > p) k -= 2;
    if (k >= 0 && blanks[k + 1] > p) {
      p = blanks[k];
      continue;
    }
    if (!isWhiteSpace(s.charCodeAt(p))) return p + 1;
  }
  return -1;
}
