// The markdown-it instance chunks are parsed with: its block parser only, and a paragraph rule that does not
// copy each paragraph's text into its inline token (the inline pass that would read it is off; copying it was
// a tenth of what an analysis allocates). Everything else is stock markdown-it.
import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

export const blockParser = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
// Block structure only: the inline pass (and what depends on it) is the expensive part and unused.
// Line breaks and NULs are normalised by the caller instead (parseChunk), only when the chunk has any.
blockParser.core.ruler.disable(['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
blockParser.block.ruler.at('paragraph', paragraphWithoutText);

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
