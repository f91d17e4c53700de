// Parses one chunk of markdown with markdown-it's block parser into prose blocks, lists, tables and
// comments with offsets relative to the chunk. Inline parsing is skipped: inline non-evidence spans are
// found by maskInline, which is all the rules need and a fraction of the cost.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { maskInline } from './inlineMask';
import { splitSentences } from './sentences';
import { frontMatterLineCount } from './chunks';

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

export interface MdList extends Span {
  line: number;
  ordered: boolean;
  /** 0 for a top-level list, 1 for a list inside a list item, ... */
  depth: number;
  items: number[];
  /** The list item this list is nested in, or -1. */
  parentItem: number;
}

export interface ListItem extends Span {
  line: number;
  list: number;
  /** Prose blocks directly or indirectly inside the item: [blockStart, blockEnd). */
  blockStart: number;
  blockEnd: number;
}

export interface Table extends Span {
  line: number;
  /** Cell block indices per row (header row first). */
  rows: number[][];
}

export interface HtmlComment extends Span {
  line: number;
  body: string;
  /** true when the comment is an HTML block of its own (not inside a paragraph). */
  ownLine: boolean;
}

export interface CodeBlock extends Span {
  line: number;
  endLine: number;
  info: string;
}

/** Everything parsed from one chunk; offsets relative to the chunk, lines relative to its first line. */
export interface ParsedChunk {
  text: string;
  /** The chunk with every non-evidence character blanked (same length, same line breaks). */
  evidence: string;
  blocks: TextBlock[];
  sentences: Sentence[];
  lists: MdList[];
  items: ListItem[];
  tables: Table[];
  comments: HtmlComment[];
  codeBlocks: CodeBlock[];
}

const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
// Block structure only: the inline pass (and what depends on it) is the expensive part and unused.
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

const HEADING_MARKER = /^[ \t]*#{1,6}[ \t]*/;
const CONTAINER_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*/;
const LIST_MARKER = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?/;

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** s with every character but line breaks replaced by a space (same length). */
export function blankRange(s: string): string {
  if (s.indexOf('\n') < 0) return ' '.repeat(s.length);
  return s
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n');
}

export function parseChunk(text: string, isFirstChunk: boolean): ParsedChunk {
  const lineStarts = lineStartsOf(text);
  const lineOffset = (line: number) => (line < lineStarts.length ? lineStarts[line] : text.length);
  const lineContentEnd = (line: number) => {
    let end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length;
    if (text.charCodeAt(end - 1) === 13) end--;
    return end;
  };

  let source = text;
  if (isFirstChunk) {
    const fm = frontMatterLineCount(text.split('\n', 200));
    // Front matter is blanked (lines kept) so the parser never sees it and line numbers stay true.
    if (fm > 0) source = blankRange(text.slice(0, lineOffset(fm))) + text.slice(lineOffset(fm));
  }

  let tokens: Token[];
  try {
    tokens = md.parse(source, {});
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
  };

  const evidenceParts: string[] = [];
  let evidenceUpTo = 0;
  const addEvidence = (start: number, end: number, masked: string) => {
    if (start < evidenceUpTo) return;
    evidenceParts.push(blankRange(text.slice(evidenceUpTo, start)), masked);
    evidenceUpTo = end;
  };

  const listStack: number[] = [];
  const itemStack: number[] = [];
  let quoteDepth = 0;
  let table = -1;
  let row: number[] | null = null;

  const addBlock = (kind: BlockKind, startLine: number, endLine: number, level: number) => {
    const start = lineOffset(startLine);
    const end = lineContentEnd(Math.max(startLine, endLine - 1));
    if (end <= start) return;
    const raw = text.slice(start, end);
    const { masked, comments } = maskInline(raw);
    for (const c of comments) {
      chunk.comments.push({ start: start + c.start, end: start + c.end, line: startLine, body: c.body, ownLine: false });
    }
    // Blank container markup (quote markers, list markers, heading hashes) so that it is not prose.
    const lines = masked.split('\n');
    const currentItem = itemStack.length ? itemStack[itemStack.length - 1] : -1;
    const firstLineIsItemStart = currentItem >= 0 && chunk.items[currentItem].line === startLine;
    for (let i = 0; i < lines.length; i++) {
      const prefix =
        kind === 'heading' && i === 0
          ? HEADING_MARKER
          : i === 0 && firstLineIsItemStart
            ? LIST_MARKER
            : CONTAINER_PREFIX;
      const m = prefix.exec(lines[i]);
      if (m && m[0].length) lines[i] = ' '.repeat(m[0].length) + lines[i].slice(m[0].length);
      if (kind === 'heading') lines[i] = lines[i].replace(/[ \t]+#+[ \t]*$/, (s) => ' '.repeat(s.length));
    }
    const cleaned = lines.join('\n');
    let s = 0;
    while (s < cleaned.length && /\s/.test(cleaned[s])) s++;
    let e = cleaned.length;
    while (e > s && /\s/.test(cleaned[e - 1])) e--;
    if (e <= s) {
      addEvidence(start, end, blankRange(raw));
      return;
    }
    addEvidence(start, end, cleaned);
    pushProse(kind, start + s, start + e, startLine, level, currentItem);
  };

  const pushProse = (kind: BlockKind, start: number, end: number, line: number, level: number, item: number) => {
    const blockIndex = chunk.blocks.length;
    const block: TextBlock = {
      kind,
      start,
      end,
      line,
      listItem: item,
      table: kind === 'tableCell' ? table : -1,
      level,
      quoted: quoteDepth > 0,
      sentenceStart: chunk.sentences.length,
      sentenceEnd: chunk.sentences.length,
    };
    chunk.blocks.push(block);
    return blockIndex;
  };

  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    const map = tok.map;
    switch (tok.type) {
      case 'heading_open':
        if (map) addBlock('heading', map[0], map[1], Number(tok.tag.slice(1)));
        break;
      case 'paragraph_open':
        if (map && table < 0) addBlock('paragraph', map[0], map[1], 0);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const parentItem = itemStack.length ? itemStack[itemStack.length - 1] : -1;
        chunk.lists.push({
          start: map ? lineOffset(map[0]) : 0,
          end: map ? lineContentEnd(Math.max(map[0], map[1] - 1)) : 0,
          line: map ? map[0] : 0,
          ordered: tok.type === 'ordered_list_open',
          depth: listStack.length,
          items: [],
          parentItem,
        });
        listStack.push(chunk.lists.length - 1);
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        listStack.pop();
        break;
      case 'list_item_open': {
        const list = listStack[listStack.length - 1];
        const index = chunk.items.length;
        chunk.items.push({
          start: map ? lineOffset(map[0]) : 0,
          end: map ? lineContentEnd(Math.max(map[0], map[1] - 1)) : 0,
          line: map ? map[0] : 0,
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
          start: map ? lineOffset(map[0]) : 0,
          end: map ? lineContentEnd(Math.max(map[0], map[1] - 1)) : 0,
          line: map ? map[0] : 0,
          rows: [],
        });
        table = chunk.tables.length - 1;
        break;
      case 'table_close':
        table = -1;
        break;
      case 'tr_open':
        row = [];
        if (map && table >= 0) addTableRow(map[0], row);
        break;
      case 'tr_close':
        if (row && table >= 0) chunk.tables[table].rows.push(row);
        row = null;
        break;
      case 'fence':
      case 'code_block':
        if (map) {
          chunk.codeBlocks.push({
            start: lineOffset(map[0]),
            end: lineContentEnd(Math.max(map[0], map[1] - 1)),
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
  evidenceParts.push(blankRange(text.slice(evidenceUpTo)));
  chunk.evidence = evidenceParts.join('');

  for (let b = 0; b < chunk.blocks.length; b++) {
    const block = chunk.blocks[b];
    block.sentenceStart = chunk.sentences.length;
    for (const [s, e] of splitSentences(chunk.evidence, block.start, block.end)) chunk.sentences.push({ start: s, end: e, block: b });
    block.sentenceEnd = chunk.sentences.length;
  }
  return chunk;

  function addTableRow(line: number, cells: number[]) {
    const start = lineOffset(line);
    const end = lineContentEnd(line);
    const raw = text.slice(start, end);
    const { masked } = maskInline(raw);
    // Pipes inside code spans were masked already, so the remaining unescaped pipes separate cells.
    let cellStart = 0;
    const bounds: Array<[number, number]> = [];
    for (let i = 0; i <= masked.length; i++) {
      if (i === masked.length || (masked[i] === '|' && masked[i - 1] !== '\\')) {
        bounds.push([cellStart, i]);
        cellStart = i + 1;
      }
    }
    const isSeparatorRow = /^[\s|:-]*$/.test(masked);
    const evidence = masked.replace(/(?<!\\)\|/g, ' ');
    addEvidence(start, end, isSeparatorRow ? blankRange(raw) : evidence);
    if (isSeparatorRow) return;
    for (const [a, b] of bounds) {
      let s = a;
      let e = b;
      while (s < e && /\s/.test(masked[s])) s++;
      while (e > s && /\s/.test(masked[e - 1])) e--;
      if (e > s) cells.push(pushProse('tableCell', start + s, start + e, line, 0, itemStackTop()));
    }
  }

  function itemStackTop() {
    return itemStack.length ? itemStack[itemStack.length - 1] : -1;
  }

  function collectBlockComments(startLine: number, endLine: number) {
    const start = lineOffset(startLine);
    const end = lineContentEnd(Math.max(startLine, endLine - 1));
    const raw = text.slice(start, end);
    let at = raw.indexOf('<!--');
    while (at >= 0) {
      const close = raw.indexOf('-->', at + 4);
      const stop = close < 0 ? raw.length : close + 3;
      const line = startLine + countNewlines(raw, 0, at);
      chunk.comments.push({ start: start + at, end: start + stop, line, body: raw.slice(at + 4, close < 0 ? raw.length : close), ownLine: true });
      at = raw.indexOf('<!--', stop);
    }
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
