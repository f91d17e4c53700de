// Parses one chunk of markdown with markdown-it's block parser into prose blocks, lists, tables and
// comments with offsets relative to the chunk. Inline parsing is skipped: inline non-evidence spans are
// found by maskInline, which is all the rules need and a fraction of the cost.
import type Token from 'markdown-it/lib/token.mjs';
import { blankRange } from './blank';
import { blockParser } from './blockParser';
import { htmlBlockOpening, isFenceClosing, isHtmlBlockEnd, type OpenBlock } from './blockBoundaries';
import { frontMatterEnd } from './chunks';
import { EvidenceWriter, firstKept, lastKept, mergeRanges } from './evidenceWriter';
import { findInlineMasks, type InlineComment } from './inlineMask';
import { LineIndex, lineOfOffset } from '../text/lineIndex';
import { forEachSentence } from './sentences';

export { blankRange };
export type { OpenBlock };

export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'tableCell';

/** A unit of prose: a heading's text, a paragraph (possibly inside a list item or quote) or a table cell. */
export interface TextBlock extends Span {
  kind: BlockKind;
  line: number;
  /** Innermost list item containing the block, or -1. */
  listItem: number;
  /** Table containing the cell, or -1. */
  table: number;
  /** Heading level for headings, 0 otherwise. */
  level: number;
  quoted: boolean;
  /** Sentences [sentenceStart, sentenceEnd). */
  sentenceStart: number;
  sentenceEnd: number;
}

export interface Sentence extends Span {
  block: number;
}

/** A list: from its first item's marker to the end of its last item's last non-blank line. */
export interface MdList extends Span {
  line: number;
  ordered: boolean;
  /** 0 for a top-level list, 1 for a list inside a list item, ... */
  depth: number;
  items: number[];
  /** The list item this list is nested in, or -1. */
  parentItem: number;
}

/** A list item: from its marker to the end of its last non-blank line. */
export interface ListItem extends Span {
  line: number;
  list: number;
  /** Prose blocks directly or indirectly inside the item: [blockStart, blockEnd). */
  blockStart: number;
  blockEnd: number;
}

/** A table: from the start of its header row (after any quote or list markers) to the end of its last row. */
export interface Table extends Span {
  line: number;
  /** Cell block indices per row (header row first); empty cells have no block. */
  rows: number[][];
}

export interface HtmlComment extends Span {
  line: number;
  body: string;
  /** true when the comment is an HTML block of its own (not inside a paragraph). */
  ownLine: boolean;
}

/** Fenced or indented code: from its first line (after any quote or list markers) to its last non-blank line. */
export interface CodeBlock extends Span {
  line: number;
  /** Line after the block's last line (exclusive). */
  endLine: number;
  info: string;
}

/** The markdown structure of a chunk or a whole document. */
export interface MarkdownContent {
  blocks: TextBlock[];
  sentences: Sentence[];
  lists: MdList[];
  items: ListItem[];
  tables: Table[];
  comments: HtmlComment[];
  codeBlocks: CodeBlock[];
}

/** Everything parsed from one chunk; offsets relative to the chunk, lines relative to its first line. */
export interface ParsedChunk extends MarkdownContent {
  text: string;
  /** The chunk with every non-evidence character blanked (same length, same line breaks). */
  evidence: string;
  /**
   * A top-level fenced code or HTML block still open at the end of the chunk: it would swallow the heading
   * that starts the next chunk, so the two must be parsed together.
   */
  openBlock: OpenBlock | null;
}


const LINE_BREAK = /\r\n?/g;
const NUL = /\0/g;
/** A list marker ("-", "12.", "3)") followed by white space or the line end. */
const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/y;
/** A task-list box after an item's marker: "[ ]", "[x]". */
const TASK_BOX = /[ \t]*\[[ xX]\](?=[ \t])/y;

export function parseChunk(text: string, isFirstChunk: boolean): ParsedChunk {
  // Lines end at \n, \r\n or a lone \r, as markdown-it counts them.
  const lineStarts = new LineIndex(text).lineStarts;
  // Lines as markdown-it counts them: a final line break does not open another line.
  const lineCount = text.length === 0 ? 0 : lineStarts[lineStarts.length - 1] === text.length ? lineStarts.length - 1 : lineStarts.length;
  const lineOffset = (line: number) => (line < lineStarts.length ? lineStarts[line] : text.length);
  const lineContentEnd = (line: number) => {
    if (line + 1 >= lineStarts.length) return text.length;
    let end = lineStarts[line + 1];
    if (text.charCodeAt(end - 1) === 10) end--;
    if (text.charCodeAt(end - 1) === 13) end--;
    return end;
  };

  let source = text;
  if (isFirstChunk) {
    // Front matter and a byte order mark are blanked (lines kept) so the parser never sees them.
    const fm = frontMatterEnd(text);
    if (fm > 0) source = blankRange(text.slice(0, fm)) + text.slice(fm);
    else if (text.charCodeAt(0) === 0xfeff) source = ' ' + text.slice(1);
  }
  if (source.indexOf('\r') >= 0) source = source.replace(LINE_BREAK, '\n');
  if (source.indexOf('\0') >= 0) source = source.replace(NUL, '\uFFFD');

  let tokens: Token[];
  try {
    tokens = blockParser.parse(source, {});
  } catch {
    tokens = [];
  }

  const chunk: ParsedChunk = {
    text,
    evidence: '',
    blocks: [],
    sentences: [],
    lists: [],
    items: [],
    tables: [],
    comments: [],
    codeBlocks: [],
    openBlock: null,
  };

  const evidence = new EvidenceWriter(text);

  const listStack: number[] = [];
  const itemStack: number[] = [];
  let quoteDepth = 0;
  let table = -1;
  let row: number[] | null = null;

  /** Number of open list items whose marker is on `line` (their markers precede content on that line). */
  const itemsStartingOn = (line: number) => {
    let n = 0;
    for (let k = itemStack.length - 1; k >= 0 && chunk.items[itemStack[k]].line === line; k--) n++;
    return n;
  };

  /** Offset after the container markup at the start of a line: indentation, quote markers, `markers` list markers. */
  const containerPrefixEnd = (from: number, end: number, markers: number, s: string = text) => {
    let p = from;
    for (;;) {
      // (A byte order mark can only stand at the start of the document, where it is not content either.)
      while (p < end && (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9 || s.charCodeAt(p) === 0xfeff)) p++;
      if (p < end && s.charCodeAt(p) === 62 /* > */) {
        p++;
        continue;
      }
      if (markers > 0) {
        LIST_MARKER.lastIndex = p;
        // test(), not exec(): the sticky match's end is in lastIndex, and no match array is built per line.
        if (LIST_MARKER.test(s) && LIST_MARKER.lastIndex <= end) {
          p = LIST_MARKER.lastIndex;
          markers--;
          continue;
        }
      }
      return p;
    }
  };

  /** End of the last line in [startLine, endLine) that has content other than container markup. */
  const lastContentEnd = (startLine: number, endLine: number) => {
    for (let line = Math.max(startLine, endLine - 1); line > startLine; line--) {
      const s = lineOffset(line);
      const e = lineContentEnd(line);
      if (containerPrefixEnd(s, e, 0) < e) return e;
    }
    return lineContentEnd(startLine);
  };

  // Per-block (and per-cell) scratch, reused: one analysis adds thousands of blocks, and garbage per block brings GC pauses.
  const scratchComments: InlineComment[] = [];
  const scratchInline: number[] = [];
  const scratchMarkup: number[] = [];
  const pushInline = (a: number, b: number) => {
    scratchInline.push(a, b);
  };

  const addBlock = (kind: BlockKind, startLine: number, endLine: number, level: number, setext: boolean) => {
    const lastLine = Math.max(startLine, endLine - 1);
    const start = lineOffset(startLine);
    const end = lineContentEnd(lastLine);
    if (end <= start) return;
    const raw = text.slice(start, end);
    const comments = scratchComments;
    const inline = scratchInline;
    const markup = scratchMarkup;
    comments.length = inline.length = markup.length = 0;
    findInlineMasks(raw, pushInline, comments);
    for (const c of comments) {
      chunk.comments.push({ start: start + c.start, end: start + c.end, line: lineAt(start + c.start), body: c.body, ownLine: false });
    }
    // Container markup (quote markers, list markers, heading hashes, setext underline) is not prose either.
    const markers = itemsStartingOn(startLine);
    for (let line = startLine; line <= lastLine; line++) {
      const ls = lineOffset(line) - start;
      const le = lineContentEnd(line) - start;
      if (setext && line === lastLine && line > startLine) {
        if (le > ls) markup.push(ls, le);
        continue;
      }
      let p = containerPrefixEnd(ls, le, line === startLine ? markers : 0, raw);
      if (line === startLine && markers > 0 && kind === 'paragraph') {
        TASK_BOX.lastIndex = p;
        if (TASK_BOX.test(raw)) p = TASK_BOX.lastIndex;
      }
      let contentEnd = le;
      if (kind === 'heading' && !setext) {
        while (p < le && raw.charCodeAt(p) === 35 /* # */) p++;
        contentEnd = atxContentEnd(raw, p, le);
      }
      if (p > ls) markup.push(ls, p);
      if (contentEnd < le) markup.push(contentEnd, le);
    }
    const blanks = mergeRanges(inline, markup);
    const s = firstKept(raw, blanks);
    const writes = start >= evidence.position;
    if (s < 0) {
      if (writes) evidence.blankTo(end);
      return;
    }
    if (writes) evidence.write(start, end, blanks);
    pushProse(kind, start + s, start + lastKept(raw, blanks), startLine, level, itemStackTop());
  };

  const pushProse = (kind: BlockKind, start: number, end: number, line: number, level: number, item: number) => {
    chunk.blocks.push({
      kind,
      start,
      end,
      line,
      listItem: item,
      table: kind === 'tableCell' ? table : -1,
      level,
      quoted: quoteDepth > 0,
      sentenceStart: 0,
      sentenceEnd: 0,
    });
    return chunk.blocks.length - 1;
  };

  /** Line (relative to the chunk) of an offset in the chunk. */
  const lineAt = (offset: number) => lineOfOffset(lineStarts, offset);

  const itemStackTop = () => (itemStack.length ? itemStack[itemStack.length - 1] : -1);

  const addTableRow = (line: number, columns: number, cells: number[]) => {
    const lineStart = lineOffset(line);
    const lineEnd = lineContentEnd(line);
    const rowStart = containerPrefixEnd(lineStart, lineEnd, itemsStartingOn(line));
    let rowEnd = lineEnd;
    while (rowEnd > rowStart && (text.charCodeAt(rowEnd - 1) === 32 || text.charCodeAt(rowEnd - 1) === 9)) rowEnd--;
    // Cells lie between unescaped pipes (GFM: a pipe in a code span separates cells too, unless escaped).
    const bounds: Array<[number, number]> = [];
    let cellStart = rowStart;
    for (let p = text.indexOf('|', rowStart); p >= 0 && p < rowEnd; p = text.indexOf('|', p + 1)) {
      if (text.charCodeAt(p - 1) === 92 /* \ */) continue;
      bounds.push([cellStart, p]);
      cellStart = p + 1;
    }
    bounds.push([cellStart, rowEnd]);
    if (text.charCodeAt(rowStart) === 124) bounds.shift();
    if (bounds.length && bounds[bounds.length - 1][0] === rowEnd && rowEnd > rowStart && text.charCodeAt(rowEnd - 1) === 124) bounds.pop();
    const writes = lineStart >= evidence.position;
    for (const [a, b] of bounds.slice(0, columns)) {
      const cell = text.slice(a, b);
      const comments = scratchComments;
      const masks = scratchInline;
      comments.length = masks.length = 0;
      findInlineMasks(cell, pushInline, comments);
      for (const c of comments) chunk.comments.push({ start: a + c.start, end: a + c.end, line, body: c.body, ownLine: false });
      if (writes) evidence.write(a, b, masks);
      const s = firstKept(cell, masks);
      if (s >= 0) cells.push(pushProse('tableCell', a + s, a + lastKept(cell, masks), line, 0, itemStackTop()));
    }
    if (writes) evidence.blankTo(lineEnd);
  };

  const collectBlockComments = (startLine: number, endLine: number) => {
    const start = lineOffset(startLine);
    const end = lineContentEnd(Math.max(startLine, endLine - 1));
    const raw = text.slice(start, end);
    let at = raw.indexOf('<!--');
    while (at >= 0) {
      const close = raw.indexOf('-->', at + 4);
      const stop = close < 0 ? raw.length : close + 3;
      chunk.comments.push({ start: start + at, end: start + stop, line: lineAt(start + at), body: raw.slice(at + 4, close < 0 ? raw.length : close), ownLine: true });
      at = raw.indexOf('<!--', stop);
    }
  };

  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    const map = tok.map;
    switch (tok.type) {
      case 'heading_open':
        if (map) addBlock('heading', map[0], map[1], Number(tok.tag.slice(1)), tok.markup === '=' || tok.markup === '-');
        break;
      case 'paragraph_open':
        if (map && table < 0) addBlock('paragraph', map[0], map[1], 0, false);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        chunk.lists.push({
          start: map ? lineOffset(map[0]) : 0,
          end: map ? lineOffset(map[0]) : 0,
          line: map ? map[0] : 0,
          ordered: tok.type === 'ordered_list_open',
          depth: listStack.length,
          items: [],
          parentItem: itemStackTop(),
        });
        listStack.push(chunk.lists.length - 1);
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close': {
        const list = listStack.pop();
        if (list !== undefined && chunk.lists[list].items.length) {
          const l = chunk.lists[list];
          l.start = chunk.items[l.items[0]].start;
          l.end = chunk.items[l.items[l.items.length - 1]].end;
        }
        break;
      }
      case 'list_item_open': {
        const list = listStack[listStack.length - 1];
        const index = chunk.items.length;
        const line = map ? map[0] : 0;
        const lineStart = lineOffset(line);
        chunk.items.push({
          start: containerPrefixEnd(lineStart, lineContentEnd(line), itemsStartingOn(line)),
          end: map ? lastContentEnd(map[0], map[1]) : lineStart,
          line,
          list,
          blockStart: chunk.blocks.length,
          blockEnd: chunk.blocks.length,
        });
        if (list !== undefined) chunk.lists[list].items.push(index);
        itemStack.push(index);
        break;
      }
      case 'list_item_close': {
        const index = itemStack.pop();
        if (index !== undefined) chunk.items[index].blockEnd = chunk.blocks.length;
        break;
      }
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'table_open':
        chunk.tables.push({
          start: map ? containerPrefixEnd(lineOffset(map[0]), lineContentEnd(map[0]), itemsStartingOn(map[0])) : 0,
          end: map ? lastContentEnd(map[0], map[1]) : 0,
          line: map ? map[0] : 0,
          rows: [],
        });
        table = chunk.tables.length - 1;
        break;
      case 'table_close':
        table = -1;
        break;
      case 'tr_open': {
        row = [];
        let columns = 0;
        for (let k = t + 1; k < tokens.length && tokens[k].type !== 'tr_close'; k++) {
          if (tokens[k].type === 'th_open' || tokens[k].type === 'td_open') columns++;
        }
        if (map && table >= 0) addTableRow(map[0], columns, row);
        break;
      }
      case 'tr_close':
        if (row && table >= 0) chunk.tables[table].rows.push(row);
        row = null;
        break;
      case 'fence':
      case 'code_block':
        if (map) {
          chunk.codeBlocks.push({
            start: containerPrefixEnd(lineOffset(map[0]), lineContentEnd(map[0]), itemsStartingOn(map[0])),
            end: lastContentEnd(map[0], map[1]),
            line: map[0],
            endLine: map[1],
            info: tok.info ?? '',
          });
        }
        break;
      case 'html_block':
        if (map) collectBlockComments(map[0], map[1]);
        break;
      default:
        break;
    }
  }
  chunk.evidence = evidence.finish();

  const sentences = chunk.sentences;
  let sentenceBlock = 0;
  const addSentence = (start: number, end: number) => sentences.push({ start, end, block: sentenceBlock });
  for (; sentenceBlock < chunk.blocks.length; sentenceBlock++) {
    const block = chunk.blocks[sentenceBlock];
    block.sentenceStart = sentences.length;
    forEachSentence(chunk.evidence, block.start, block.end, addSentence, text);
    block.sentenceEnd = sentences.length;
  }

  chunk.openBlock = openBlockAtEnd(tokens[tokens.length - 1]);
  return chunk;

  /** The fenced code or HTML block left open by the end of the chunk, if the last top-level block is one. */
  function openBlockAtEnd(last: Token | undefined): OpenBlock | null {
    if (!last || last.level !== 0 || !last.map || last.map[1] < lineCount) return null;
    const [first, end] = last.map;
    const lastLine = end - 1;
    if (last.type === 'fence') {
      const char = last.markup[0] === '~' ? '~' : '`';
      const closed = lastLine > first && isFenceClosing(text, lineOffset(lastLine), lineContentEnd(lastLine), char, last.markup.length);
      return closed ? null : { kind: 'fence', char, length: last.markup.length };
    }
    if (last.type === 'html_block') {
      // (A byte order mark before the block's first line is not part of it.)
      const from = lineOffset(first) + (text.charCodeAt(lineOffset(first)) === 0xfeff ? 1 : 0);
      const endsAt = htmlBlockOpening(text, from, lineContentEnd(first));
      if (endsAt === null) return null;
      if (endsAt !== 0 && isHtmlBlockEnd(text, lineOffset(lastLine), lineContentEnd(lastLine), endsAt)) return null;
      return { kind: 'html', endsAt };
    }
    return null;
  }
}

/** Where an ATX heading's text ends: before an optional closing run of #s (preceded by a space or alone). */
function atxContentEnd(s: string, from: number, end: number): number {
  let e = end;
  while (e > from && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9)) e--;
  let h = e;
  while (h > from && s.charCodeAt(h - 1) === 35) h--;
  if (h === e) return e;
  if (h === from || s.charCodeAt(h - 1) === 32 || s.charCodeAt(h - 1) === 9) return h;
  return e;
}
