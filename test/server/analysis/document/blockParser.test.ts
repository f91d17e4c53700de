import * as assert from 'assert';
import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import * as path from 'path';
import { blockParser, LineByLineStateBlock, StockStateBlock } from '../../../../server/src/analysis/document/blockParser';
import { markdownDocument } from './markdownArbitrary';

/** Stock markdown-it with the same options and passes: the parser must give the same block structure. */
const stock = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
stock.core.ruler.disable(['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

/** Everything of a token but the inline token's text, which the block parser leaves out. */
function shape(tokens: Token[]) {
  return tokens.map((t) => ({ type: t.type, tag: t.tag, map: t.map, nesting: t.nesting, level: t.level, markup: t.markup, info: t.info, block: t.block, hidden: t.hidden, content: t.type === 'inline' ? '' : t.content }));
}

function assertSameBlocks(text: string): void {
  assert.deepStrictEqual(shape(blockParser.parse(text, {})), shape(stock.parse(text, {})));
}

describe('document/blockParser', () => {
  it('leaves the paragraphs\' text out of their inline tokens', () => {
    const inline = blockParser.parse('A paragraph\nover two lines.\n', {}).find((t) => t.type === 'inline');
    assert.strictEqual(inline?.content, '');
    assert.deepStrictEqual(inline?.map, [0, 2]);
  });

  it('parses the corpus into the same blocks as markdown-it', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'fixtures', 'corpus');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) assertSameBlocks(readFileSync(path.join(dir, f), 'utf8'));
  });

  it('builds the same line tables as markdown-it\'s block state', () => {
    const tables = (State: unknown, text: string) => {
      const state = new (State as typeof StockStateBlock)(text, blockParser, {}, []);
      return [state.bMarks, state.eMarks, state.tShift, state.sCount, state.bsCount, state.lineMax];
    };
    // Indentation, tabs, blank lines, and lines of spaces only (with and without a final line break).
    const lines = fc.array(fc.constantFrom(' ', '\t', '\n', 'a', '-', ' \t'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(lines, (text) => assert.deepStrictEqual(tables(LineByLineStateBlock, text), tables(StockStateBlock, text))),
      { numRuns: 2000 },
    );
    for (const text of ['', ' ', '\n', 'a', '  ', 'a\n  ', 'a\n\t b\n', ' \t x\ny', 'a\n \n']) {
      assert.deepStrictEqual(tables(LineByLineStateBlock, text), tables(StockStateBlock, text), JSON.stringify(text));
    }
  });

  it('parses random markdown into the same blocks as markdown-it', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => assertSameBlocks(text.replace(/\r\n?/g, '\n'))),
      { numRuns: 400 },
    );
  });
});
