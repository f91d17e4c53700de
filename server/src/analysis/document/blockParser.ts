// The markdown-it instance chunks are parsed with: its block parser only, and a paragraph rule that does not
// copy each paragraph's text into its inline token (the inline pass that would read it is off; copying it was
// a tenth of what an analysis allocates). Everything else is stock markdown-it.
import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';

export const blockParser = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
// Block structure only: the inline pass (and what depends on it) is the expensive part and unused.
// Line breaks and NULs are normalised by the caller instead (parseChunk), only when the chunk has any.
blockParser.core.ruler.disable(['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
blockParser.block.ruler.at('paragraph', paragraphWithoutText);

/** markdown-it's own block state, whose methods the parser's states keep. */
export const StockStateBlock = blockParser.block.State;

/**
 * markdown-it 14's StateBlock constructor (rules_block/state_block.mjs) with the same fields and line tables,
 * but filled line by line: each line's indentation is read, then indexOf jumps to its end. The stock loop
 * looks at every character of the chunk, a twentieth of an analysis; this takes a fifth of its time. Like it,
 * a last line of only spaces and tabs without a line break gets no entry.
 */
export function LineByLineStateBlock(this: StateBlock, src: string, md: MarkdownIt, env: unknown, tokens: Token[]): void {
  this.src = src;
  this.md = md;
  this.env = env;
  this.tokens = tokens;
  const bMarks: number[] = (this.bMarks = []);
  const eMarks: number[] = (this.eMarks = []);
  const tShift: number[] = (this.tShift = []);
  const sCount: number[] = (this.sCount = []);
  const bsCount: number[] = (this.bsCount = []);
  this.blkIndent = 0;
  this.line = 0;
  this.lineMax = 0;
  this.tight = false;
  this.ddIndent = -1;
  this.listIndent = -1;
  this.parentType = 'root';
  this.level = 0;
  const length = src.length;
  for (let start = 0; start < length; ) {
    let pos = start;
    // Indentation with tabs expanded to the next multiple of 4.
    let columns = 0;
    for (let c = src.charCodeAt(pos); c === 0x20 || c === 0x09; c = src.charCodeAt(++pos)) columns += c === 0x09 ? 4 - (columns % 4) : 1;
    if (pos >= length) break;
    let end = src.indexOf('\n', pos);
    if (end < 0) end = length;
    bMarks.push(start);
    eMarks.push(end);
    tShift.push(pos - start);
    sCount.push(columns);
    bsCount.push(0);
    start = end + 1;
  }
  // The stock constructor's entry past the last line, which spares its rules a bounds check.
  bMarks.push(length);
  eMarks.push(length);
  tShift.push(0);
  sCount.push(0);
  bsCount.push(0);
  this.lineMax = bMarks.length - 1;
}
LineByLineStateBlock.prototype = StockStateBlock.prototype;
blockParser.block.State = LineByLineStateBlock as unknown as typeof StockStateBlock;

/**
 * markdown-it 14's paragraph rule (rules_block/paragraph.mjs) as is, except that the inline token's content
 * stays empty (and it shares the open token's map, with no children): the same tokens, lines and nesting.
 */
function paragraphWithoutText(state: StateBlock, startLine: number, endLine: number): boolean {
  const terminatorRules = state.md.block.ruler.getRules('paragraph');
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = 'paragraph';
  // Line by line until an empty one or the end.
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    // Would be a code block, but after a paragraph it is a lazy continuation.
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    // A blockquote quirk: the blockquote rule has checked this line already.
    if (state.sCount[nextLine] < 0) continue;
    // Some blocks end a paragraph without an empty line.
    let terminate = false;
    for (let i = 0; i < terminatorRules.length; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
  }
  state.line = nextLine;
  const open = state.push('paragraph_open', 'p', 1);
  open.map = [startLine, state.line];
  const inline = state.push('inline', '', 0);
  inline.content = '';
  // The open token's map, shared, and no children array: nothing reads them, and each was garbage per paragraph.
  inline.map = open.map;
  state.push('paragraph_close', 'p', -1);
  state.parentType = oldParentType;
  return true;
}
