// Splits a document at top-level ATX headings so that an edit re-parses only the chunk it touched.
// A split never falls inside front matter, a fenced code block, an HTML comment or an HTML block:
// the scanner errs towards larger chunks whenever it is unsure.

export interface ChunkSlice {
  /** Offset of the chunk's first character in the document. */
  start: number;
  /** Line of the chunk's first character in the document. */
  startLine: number;
  text: string;
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^\s*(`{3,}|~{3,})/;
const HTML_BLOCK_START = /^ {0,3}<(?:[a-zA-Z/!?])/;

/** Number of leading lines taken by YAML/TOML front matter (0 when there is none). */
export function frontMatterLineCount(lines: readonly string[]): number {
  const first = lines[0]?.replace(/\r$/, '');
  if (first !== '---' && first !== '+++') return 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i].replace(/\r$/, '');
    if (l === first || (first === '---' && l === '...')) return i + 1;
  }
  return 0;
}

export function splitIntoChunks(text: string): ChunkSlice[] {
  const lines = text.split('\n');
  const chunks: ChunkSlice[] = [];
  let chunkStartLine = 0;
  let chunkStartOffset = 0;
  let offset = 0;
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  let inHtmlBlock = false;
  const skip = frontMatterLineCount(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineOffset = offset;
    offset += line.length + 1;
    if (i < skip) continue;
    if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && line.trim() === close[1]) fence = null;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (inHtmlBlock) {
      if (line.trim() === '') inHtmlBlock = false;
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open) {
      fence = { char: open[1][0], length: open[1].length };
      continue;
    }
    const commentAt = line.indexOf('<!--');
    if (commentAt >= 0 && line.indexOf('-->', commentAt + 4) < 0) {
      inComment = true;
      continue;
    }
    if (HTML_BLOCK_START.test(line) && !line.trimStart().startsWith('<!--')) {
      inHtmlBlock = true;
      continue;
    }
    if (i > chunkStartLine && ATX_HEADING.test(line)) {
      chunks.push({ start: chunkStartOffset, startLine: chunkStartLine, text: text.slice(chunkStartOffset, lineOffset) });
      chunkStartLine = i;
      chunkStartOffset = lineOffset;
    }
  }
  chunks.push({ start: chunkStartOffset, startLine: chunkStartLine, text: text.slice(chunkStartOffset) });
  return chunks;
}
