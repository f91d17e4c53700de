// The document model every rule reads: prose blocks, sentences, lists, tables, comments and the
// section tree, with offsets into the original text. Built from independently parsed chunks so that an
// edit re-parses only the chunk it touched.
import { LineIndex } from '../text/lineIndex';
import { CHUNK_EVERY, chunkEndLine, frontMatterEnd, lineAfterBlock, MIN_CHUNK_LENGTH, type ChunkPolicy } from './chunks';
import {
  parseChunk,
  type CodeBlock,
  type HtmlComment,
  type ListItem,
  type MdList,
  type MarkdownContent,
  type ParsedChunk,
  type Sentence,
  type Span,
  type Table,
  type TextBlock,
} from './parseChunk';

export type { CodeBlock, HtmlComment, ListItem, MdList, Sentence, Span, Table, TextBlock };

export interface Heading extends Span {
  /** Index of the heading's text block. */
  block: number;
  level: number;
  line: number;
  text: string;
}

export interface Section {
  index: number;
  /** null for the text before the first heading, or a document without headings. */
  heading: Heading | null;
  level: number;
  /** Offset where the section starts (its heading line) and where its subtree ends. */
  start: number;
  end: number;
  /** End of the section's own scope: its subtree, except a lone H1 title whose scope is its own text. */
  scopeEnd: number;
  /** End of the section's own text (before its first subsection). */
  ownEnd: number;
  parent: number;
  children: number[];
}

/** Chunk placed in the document: its parse plus where it starts. */
export interface PlacedChunk {
  parsed: ParsedChunk;
  start: number;
  startLine: number;
  /** Index of its first block / sentence / list / item / table in the document arrays. */
  firstBlock: number;
  firstSentence: number;
}

export interface DesignDocument extends MarkdownContent {
  text: string;
  /** text with non-evidence characters blanked (code, comments, URLs, front matter, markup). */
  evidence: string;
  lines: LineIndex;
  chunks: PlacedChunk[];
  headings: Heading[];
  sections: Section[];
}

/** A parsed chunk and what it was parsed from (the first chunk parses differently: front matter). */
interface ChunkEntry {
  text: string;
  isFirst: boolean;
  parsed: ParsedChunk;
}

/** Parsed chunks by their exact text; entries not reused by the latest parse are dropped. */
export class ChunkCache {
  // A list in document order, not a map by text: hashing every chunk's text on each keystroke cost more than
  // comparing it with the chunk at the same place last time (lengths first), which after an edit mostly matches.
  private entries: ChunkEntry[] = [];
  private next: ChunkEntry[] = [];
  /** Where in `entries` the next chunk is looked for first: after the last one found. */
  private cursor = 0;
  /** The document the latest parse built: its leading chunks' placed arrays are reused by the next parse. */
  previous?: DesignDocument;

  take(text: string, isFirst: boolean): ParsedChunk {
    const parsed = this.find(text, isFirst) ?? parseChunk(text, isFirst);
    this.next.push({ text, isFirst, parsed });
    return parsed;
  }

  /** Keeps only the chunks used since the last call. */
  commit(): void {
    this.entries = this.next;
    this.next = [];
    this.cursor = 0;
  }

  private find(text: string, isFirst: boolean): ParsedChunk | undefined {
    const entries = this.entries;
    for (let k = 0; k < entries.length; k++) {
      const i = (this.cursor + k) % entries.length;
      const e = entries[i];
      if (e.text.length === text.length && e.isFirst === isFirst && e.text === text) {
        this.cursor = i + 1;
        return e.parsed;
      }
    }
    return undefined;
  }
}

export interface ParseOptions {
  /** Parse the whole text as one chunk: the result chunking must reproduce (for tests and comparisons). */
  singleChunk?: boolean;
  /** Slices shorter than this join the chunk before them (default MIN_CHUNK_LENGTH; 0 splits at every heading). */
  minChunkLength?: number;
  /** On average one heading in this many starts a chunk (default CHUNK_EVERY; 1 splits at every heading). */
  chunkEvery?: number;
}

export function parseDocument(text: string, cache?: ChunkCache, options: ParseOptions = {}): DesignDocument {
  const lines = new LineIndex(text);
  const doc: DesignDocument = {
    text,
    evidence: '',
    lines,
    chunks: [],
    blocks: [],
    sentences: [],
    lists: [],
    items: [],
    tables: [],
    comments: [],
    codeBlocks: [],
    headings: [],
    sections: [],
  };
  const evidence: string[] = [];
  const offsetOfLine = (line: number) => (line < lines.lineCount ? lines.lineStarts[line] : text.length);
  const parse = (startLine: number, endLine: number): ParsedChunk => {
    const slice = text.slice(offsetOfLine(startLine), offsetOfLine(endLine));
    return cache ? cache.take(slice, startLine === 0) : parseChunk(slice, startLine === 0);
  };
  // Leading chunks placed exactly as in the previous document share its objects instead of being re-placed.
  const previous = cache?.previous;
  const shared = { chunks: 0, lists: 0, items: 0, tables: 0, comments: 0, codeBlocks: 0, open: previous !== undefined };
  const place = (parsed: ParsedChunk, startLine: number) => {
    const start = offsetOfLine(startLine);
    if (shared.open) {
      const old = previous!.chunks[shared.chunks];
      if (old && old.parsed === parsed && old.start === start && old.startLine === startLine) {
        shared.chunks++;
        shared.lists += parsed.lists.length;
        shared.items += parsed.items.length;
        shared.tables += parsed.tables.length;
        shared.comments += parsed.comments.length;
        shared.codeBlocks += parsed.codeBlocks.length;
        evidence.push(parsed.evidence);
        return;
      }
      copySharedPrefix(doc, previous!, shared);
    }
    placeChunk(doc, parsed, start, startLine);
    evidence.push(parsed.evidence);
  };
  if (options.singleChunk) {
    place(parse(0, lines.lineCount), 0);
  } else {
    // The first chunk may not split inside front matter; a split right after it is fine.
    const frontMatterLines = lines.lineOf(frontMatterEnd(text));
    const policy: ChunkPolicy = { minLength: options.minChunkLength ?? MIN_CHUNK_LENGTH, every: options.chunkEvery ?? CHUNK_EVERY };
    let startLine = 0;
    let scanFrom = frontMatterLines;
    for (;;) {
      let endLine = chunkEndLine(text, lines, scanFrom, scanFrom > startLine, policy, offsetOfLine(startLine));
      let parsed = parse(startLine, endLine);
      // The parser left a fence or HTML block open, so the heading after it is really inside it: move the split.
      while (parsed.openBlock && endLine < lines.lineCount) {
        const resume = lineAfterBlock(text, lines, endLine, parsed.openBlock);
        endLine = resume >= lines.lineCount ? lines.lineCount : chunkEndLine(text, lines, resume, true, policy, offsetOfLine(startLine));
        parsed = parse(startLine, endLine);
      }
      place(parsed, startLine);
      if (endLine >= lines.lineCount) break;
      startLine = scanFrom = endLine;
    }
  }
  if (shared.open) copySharedPrefix(doc, previous!, shared);
  cache?.commit();
  if (cache) cache.previous = doc;
  doc.evidence = evidence.length === 1 ? evidence[0] : evidence.join('');
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    if (block.kind === 'heading') {
      doc.headings.push({ block: b, level: block.level, line: block.line, start: block.start, end: block.end, text: text.slice(block.start, block.end) });
    }
  }
  doc.sections = buildSections(doc);
  return doc;
}

interface SharedPrefix {
  chunks: number;
  lists: number;
  items: number;
  tables: number;
  comments: number;
  codeBlocks: number;
  open: boolean;
}

/** Fills the (empty) document arrays with the previous document's entries for its first `shared.chunks` chunks. */
function copySharedPrefix(doc: DesignDocument, previous: DesignDocument, shared: SharedPrefix): void {
  shared.open = false;
  if (shared.chunks === 0) return;
  const next = previous.chunks[shared.chunks];
  doc.chunks = previous.chunks.slice(0, shared.chunks);
  doc.blocks = previous.blocks.slice(0, next ? next.firstBlock : previous.blocks.length);
  doc.sentences = previous.sentences.slice(0, next ? next.firstSentence : previous.sentences.length);
  doc.lists = previous.lists.slice(0, shared.lists);
  doc.items = previous.items.slice(0, shared.items);
  doc.tables = previous.tables.slice(0, shared.tables);
  doc.comments = previous.comments.slice(0, shared.comments);
  doc.codeBlocks = previous.codeBlocks.slice(0, shared.codeBlocks);
}

function placeChunk(doc: DesignDocument, parsed: ParsedChunk, start: number, startLine: number): void {
  const blockBase = doc.blocks.length;
  const sentenceBase = doc.sentences.length;
  const listBase = doc.lists.length;
  const itemBase = doc.items.length;
  const tableBase = doc.tables.length;
  doc.chunks.push({ parsed, start, startLine, firstBlock: blockBase, firstSentence: sentenceBase });
  for (const b of parsed.blocks) {
    // Literal objects (not spreads): one hidden class for every block keeps the rules' loops fast.
    doc.blocks.push({
      kind: b.kind,
      start: b.start + start,
      end: b.end + start,
      line: b.line + startLine,
      listItem: b.listItem < 0 ? -1 : b.listItem + itemBase,
      table: b.table < 0 ? -1 : b.table + tableBase,
      level: b.level,
      quoted: b.quoted,
      sentenceStart: b.sentenceStart + sentenceBase,
      sentenceEnd: b.sentenceEnd + sentenceBase,
    });
  }
  for (const s of parsed.sentences) doc.sentences.push({ start: s.start + start, end: s.end + start, block: s.block + blockBase });
  for (const l of parsed.lists) {
    doc.lists.push({
      start: l.start + start,
      end: l.end + start,
      line: l.line + startLine,
      ordered: l.ordered,
      depth: l.depth,
      items: l.items.map((i) => i + itemBase),
      parentItem: l.parentItem < 0 ? -1 : l.parentItem + itemBase,
    });
  }
  for (const i of parsed.items) {
    doc.items.push({
      start: i.start + start,
      end: i.end + start,
      line: i.line + startLine,
      list: i.list + listBase,
      blockStart: i.blockStart + blockBase,
      blockEnd: i.blockEnd + blockBase,
    });
  }
  for (const t of parsed.tables) {
    doc.tables.push({ start: t.start + start, end: t.end + start, line: t.line + startLine, rows: t.rows.map((r) => r.map((b) => b + blockBase)) });
  }
  for (const c of parsed.comments) doc.comments.push({ start: c.start + start, end: c.end + start, line: c.line + startLine, body: c.body, ownLine: c.ownLine });
  for (const c of parsed.codeBlocks) {
    doc.codeBlocks.push({ start: c.start + start, end: c.end + start, line: c.line + startLine, endLine: c.endLine + startLine, info: c.info });
  }
}

function buildSections(doc: DesignDocument): Section[] {
  const sections: Section[] = [];
  const textEnd = doc.text.length;
  const firstHeading = doc.headings[0];
  // Text before the first heading (or the whole document when there is none) is a section of its own.
  const preambleEnd = firstHeading ? doc.lines.lineStarts[firstHeading.line] : textEnd;
  if (!firstHeading || doc.evidence.slice(0, preambleEnd).trim() !== '') {
    sections.push({ index: 0, heading: null, level: 0, start: 0, end: preambleEnd, scopeEnd: preambleEnd, ownEnd: preambleEnd, parent: -1, children: [] });
  }
  const stack: number[] = [];
  for (let h = 0; h < doc.headings.length; h++) {
    const heading = doc.headings[h];
    const start = doc.lines.lineStarts[heading.line];
    while (stack.length && sections[stack[stack.length - 1]].level >= heading.level) {
      sections[stack.pop()!].end = start;
    }
    const index = sections.length;
    const parent = stack.length ? stack[stack.length - 1] : -1;
    sections.push({ index, heading, level: heading.level, start, end: textEnd, scopeEnd: textEnd, ownEnd: textEnd, parent, children: [] });
    if (parent >= 0) sections[parent].children.push(index);
    stack.push(index);
  }
  for (const s of sections) {
    if (s.heading === null) continue;
    s.ownEnd = s.children.length ? sections[s.children[0]].start : s.end;
    s.scopeEnd = s.end;
  }
  // A lone H1 title over H2 sections does not span the document: its scope is only its own text.
  const topLevel = sections.filter((s) => s.heading && s.parent < 0);
  if (topLevel.length === 1 && topLevel[0].level === 1 && topLevel[0].children.length > 0) {
    topLevel[0].scopeEnd = topLevel[0].ownEnd;
  }
  return sections;
}

/** Index of the last element whose start is <= offset, or -1 (arrays sorted by start). */
export function indexAtOrBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The innermost section containing the offset: the last one starting at or before it (sections nest). */
export function sectionAt(doc: DesignDocument, offset: number): Section {
  const i = indexAtOrBefore(doc.sections, offset);
  return doc.sections[Math.max(0, i)];
}

/** The sentence containing the offset, or -1 when the offset is not in prose. */
export function sentenceAt(doc: DesignDocument, offset: number): number {
  const i = indexAtOrBefore(doc.sentences, offset);
  return i >= 0 && offset < doc.sentences[i].end ? i : -1;
}
