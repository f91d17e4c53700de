// CommonMark's rules for where fenced code and HTML blocks open and close, as markdown-it applies them at
// the top level. The chunker uses them to avoid splitting inside such a block, and the model uses them to
// find where a block left open at the end of a chunk really ends.

/** A fenced code block or HTML block that is still open at the end of a chunk. */
export type OpenBlock =
  | { kind: 'fence'; char: '`' | '~'; length: number }
  /** HTML block types 1-5 end at a line containing their end marker; types 6-7 at a blank line (`endsAt` 0). */
  | { kind: 'html'; endsAt: HtmlEnd };

/** 0: ends at a blank line (types 6-7); 1-5: index of the end marker in HTML_END. */
export type HtmlEnd = 0 | 1 | 2 | 3 | 4 | 5;

// markdown-it's HTML_SEQUENCES for types 1-5 (start pattern on the line after its indentation, end pattern).
const HTML_START: ReadonlyArray<RegExp> = [/^<(?:script|pre|style|textarea)(?=\s|>|$)/i, /^<!--/, /^<\?/, /^<![A-Za-z]/, /^<!\[CDATA\[/];
const HTML_END: ReadonlyArray<RegExp> = [/<\/(?:script|pre|style|textarea)>/i, /-->/, /\?>/, />/, /\]\]>/];
/** A line that may open an HTML block of type 6 or 7 (a superset: tags of any name). */
const HTML_TAG_START = /^<\/?[A-Za-z]/;

/** Columns of leading indentation of text[start, end), or 4 when a tab makes it an indented-code indent. */
export function indentOf(text: string, start: number, end: number): number {
  let p = start;
  while (p < end && p - start < 4) {
    const c = text.charCodeAt(p);
    if (c === 32) p++;
    else if (c === 9) return 4;
    else break;
  }
  return p - start;
}

/** Whether text[start, end) holds only spaces and tabs. */
export function isBlankLine(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The fence a line opens (``` or ~~~, at most 3 spaces in), or null. */
export function fenceOpening(text: string, start: number, end: number): { char: '`' | '~'; length: number } | null {
  const indent = indentOf(text, start, end);
  if (indent >= 4) return null;
  const p = start + indent;
  const c = text.charCodeAt(p);
  if (c !== 96 && c !== 126) return null;
  let q = p;
  while (q < end && text.charCodeAt(q) === c) q++;
  if (q - p < 3) return null;
  // A backtick fence's info string cannot contain a backtick (that line is inline code instead).
  if (c === 96 && text.indexOf('`', q) >= 0 && text.indexOf('`', q) < end) return null;
  return { char: c === 96 ? '`' : '~', length: q - p };
}

/** Whether a line closes a fence of `char` opened with `length` characters. */
export function isFenceClosing(text: string, start: number, end: number, char: string, length: number): boolean {
  const indent = indentOf(text, start, end);
  if (indent >= 4) return false;
  const p = start + indent;
  const c = char.charCodeAt(0);
  let q = p;
  while (q < end && text.charCodeAt(q) === c) q++;
  return q - p >= length && isBlankLine(text, q, end);
}

/** How an HTML block opened by this line ends, or null when the line opens none (at most 3 spaces in). */
export function htmlBlockOpening(text: string, start: number, end: number): HtmlEnd | null {
  const indent = indentOf(text, start, end);
  if (indent >= 4) return null;
  const p = start + indent;
  if (text.charCodeAt(p) !== 60) return null;
  const line = text.slice(p, end);
  for (let i = 0; i < HTML_START.length; i++) if (HTML_START[i].test(line)) return (i + 1) as HtmlEnd;
  return HTML_TAG_START.test(line) ? 0 : null;
}

/** Whether a line ends an HTML block of the given kind (types 6-7: a blank line). */
export function isHtmlBlockEnd(text: string, start: number, end: number, endsAt: HtmlEnd): boolean {
  if (endsAt === 0) return isBlankLine(text, start, end);
  return HTML_END[endsAt - 1].test(text.slice(start, end));
}
