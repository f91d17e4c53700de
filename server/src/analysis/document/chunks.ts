// Splits a document at top-level ATX headings so that an edit re-parses only the chunk it touched.
// A split never falls inside front matter, and the line scan avoids fenced code and HTML blocks; where
// it cannot tell (a fence inside a list item, say) it errs towards larger chunks, and the model checks
// each split against the parse (ParsedChunk.openBlock) and moves it when a block was still open.
import { LineIndex } from '../text/lineIndex';
import { fenceOpening, htmlBlockOpening, isFenceClosing, isHtmlBlockEnd, type HtmlEnd, type OpenBlock } from './blockBoundaries';

export interface ChunkSlice {
  /** Offset of the chunk's first character in the document. */
  start: number;
  /** Line of the chunk's first character in the document. */
  startLine: number;
  text: string;
}

/** A slice shorter than this joins the chunk before it: a parse per tiny chunk costs more than it saves. */
export const MIN_CHUNK_LENGTH = 256;

/**
 * On average one heading in this many starts a chunk: which ones is decided by a hash of the heading line
 * (content-defined, so an edit elsewhere moves no boundary). Per-chunk work (concept candidates, caches)
 * has a fixed cost, and a chunk of ~8 sections still re-parses in about a millisecond.
 */
export const CHUNK_EVERY = 8;

/** A chunk longer than this accepts the next heading whatever its hash, bounding the re-parse after an edit. */
export const MAX_GROUPED_CHUNK_LENGTH = 32 * 1024;

export interface ChunkPolicy {
  minLength: number;
  every: number;
}

export const DEFAULT_CHUNK_POLICY: ChunkPolicy = { minLength: MIN_CHUNK_LENGTH, every: CHUNK_EVERY };

/** FNV-1a hash of text[start, end). */
function lineHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const BOM = 0xfeff;

/** Offset just past YAML (---) or TOML (+++) front matter at the very start of text, or 0 when there is none. */
export function frontMatterEnd(text: string): number {
  const from = text.charCodeAt(0) === BOM ? 1 : 0;
  const firstEnd = lineEndAt(text, from);
  const fence = text.slice(from, firstEnd);
  if (fence !== '---' && fence !== '+++') return 0;
  for (let start = nextLineStart(text, firstEnd); start < text.length; ) {
    const end = lineEndAt(text, start);
    const line = text.slice(start, end);
    if (line === fence || (fence === '---' && line === '...')) return nextLineStart(text, end);
    start = nextLineStart(text, end);
  }
  return 0;
}

/** Number of leading lines taken by YAML/TOML front matter (0 when there is none). */
export function frontMatterLineCount(lines: readonly string[]): number {
  const first = lines[0]?.replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (first !== '---' && first !== '+++') return 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i].replace(/\r$/, '');
    if (l === first || (first === '---' && l === '...')) return i + 1;
  }
  return 0;
}

function lineEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function nextLineStart(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return Math.min(text.length, lineEnd + 1);
}

/**
 * The first line at or after `fromLine` that starts a chunk (a top-level ATX heading at column 0 outside
 * fenced code and HTML blocks), or lines.lineCount. The scan starts outside any block; the line `fromLine`
 * itself is a candidate only when `includeFirst`.
 */
export function nextChunkLine(text: string, lines: LineIndex, fromLine: number, includeFirst: boolean): number {
  let fence: { char: string; length: number } | null = null;
  let html: HtmlEnd | null = null;
  const starts = lines.lineStarts;
  for (let line = fromLine; line < starts.length; line++) {
    const start = starts[line];
    const end = lines.lineEnd(line);
    if (fence) {
      if (isFenceClosing(text, start, end, fence.char, fence.length)) fence = null;
      continue;
    }
    if (html !== null) {
      if (isHtmlBlockEnd(text, start, end, html)) html = null;
      continue;
    }
    const c = text.charCodeAt(start);
    if (c === 35 /* # */) {
      if ((line > fromLine || includeFirst) && ATX_HEADING.test(text.slice(start, Math.min(end, start + 8)))) return line;
      continue;
    }
    // Only lines starting (after at most 3 spaces) with a fence or "<" can open a block that hides headings.
    if (c !== 96 && c !== 126 && c !== 60 && c !== 32) continue;
    fence = fenceOpening(text, start, end);
    if (fence) continue;
    html = htmlBlockOpening(text, start, end);
    // A block of types 1-5 closed on its own first line hides nothing.
    if (html !== null && html !== 0 && isHtmlBlockEnd(text, start, end, html)) html = null;
  }
  return starts.length;
}

/**
 * The line after the end of a block left open at `fromLine` (for types 6-7, the blank line that ends it),
 * following the same rules as the parser; lines.lineCount when it never closes.
 */
export function lineAfterBlock(text: string, lines: LineIndex, fromLine: number, open: OpenBlock): number {
  for (let line = fromLine; line < lines.lineCount; line++) {
    const start = lines.lineStarts[line];
    const end = lines.lineEnd(line);
    if (open.kind === 'fence') {
      if (isFenceClosing(text, start, end, open.char, open.length)) return line + 1;
    } else if (isHtmlBlockEnd(text, start, end, open.endsAt)) {
      return open.endsAt === 0 ? line : line + 1;
    }
  }
  return lines.lineCount;
}

/**
 * The line where a chunk ends (the next chunk's heading, or lines.lineCount), scanning from `scanFrom`; a
 * slice shorter than MIN_CHUNK_LENGTH joins the chunk before it, which depends only on that slice's own
 * length, so an edit moves no other chunk boundary.
 */
export function chunkEndLine(text: string, lines: LineIndex, scanFrom: number, includeFirst: boolean, policy: ChunkPolicy = DEFAULT_CHUNK_POLICY, chunkStart = lines.lineStarts[Math.min(scanFrom, lines.lineCount - 1)]): number {
  let end = nextChunkLine(text, lines, scanFrom, includeFirst);
  while (end < lines.lineCount) {
    const next = nextChunkLine(text, lines, end, false);
    const headingStart = lines.lineStarts[end];
    const nextOffset = next < lines.lineCount ? lines.lineStarts[next] : text.length;
    const longEnough = nextOffset - headingStart >= policy.minLength;
    const chosen = policy.every <= 1 || lineHash(text, headingStart, lines.lineEnd(end)) % policy.every === 0 || headingStart - chunkStart >= MAX_GROUPED_CHUNK_LENGTH;
    if (longEnough && chosen) return end;
    end = next;
  }
  return end;
}

/** The document's chunks as the line scan alone splits it (before the model checks splits against the parse). */
export function splitIntoChunks(text: string, lines: LineIndex = new LineIndex(text), policy: ChunkPolicy = DEFAULT_CHUNK_POLICY): ChunkSlice[] {
  const chunks: ChunkSlice[] = [];
  const frontMatterLines = lines.lineOf(frontMatterEnd(text));
  let startLine = 0;
  let scanFrom = frontMatterLines;
  while (startLine < lines.lineCount) {
    const end = chunkEndLine(text, lines, scanFrom, scanFrom > startLine, policy, lines.lineStarts[startLine]);
    const start = lines.lineStarts[startLine];
    const stop = end < lines.lineCount ? lines.lineStarts[end] : text.length;
    chunks.push({ start, startLine, text: text.slice(start, stop) });
    startLine = end;
    scanFrom = end;
  }
  if (chunks.length === 0) chunks.push({ start: 0, startLine: 0, text });
  return chunks;
}
