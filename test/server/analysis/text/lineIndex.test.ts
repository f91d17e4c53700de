import * as assert from 'assert';
import { LineIndex } from '../../../../server/src/analysis/text/lineIndex';

describe('text/LineIndex', () => {
  it('finds line starts for LF, CRLF and lone CR line breaks', () => {
    assert.deepStrictEqual(Array.from(new LineIndex('a\nbc\n').lineStarts), [0, 2, 5]);
    assert.deepStrictEqual(Array.from(new LineIndex('a\r\nbc\r\n').lineStarts), [0, 3, 7]);
    assert.deepStrictEqual(Array.from(new LineIndex('a\rbc\r\nd\ne').lineStarts), [0, 2, 6, 8]);
    assert.deepStrictEqual(Array.from(new LineIndex('').lineStarts), [0]);
  });

  it('ends a line before its line break', () => {
    const lines = new LineIndex('ab\r\ncd\ref\n');
    assert.deepStrictEqual([0, 1, 2, 3].map((l) => lines.lineEnd(l)), [2, 6, 9, 10]);
    assert.strictEqual(lines.lineCount, 4);
  });

  it('converts offsets to positions and back, CRLF included', () => {
    const text = 'one\r\ntwo\r\nthree';
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const p = lines.positionAt(offset);
      const back = lines.offsetAt(p);
      if (text[offset - 1] === '\r' && text[offset] === '\n') {
        // Between CR and LF is not a position of its own: it maps to the end of the line.
        assert.deepStrictEqual(p, { line: lines.lineOf(offset), character: lines.lineEnd(lines.lineOf(offset)) - lines.lineStarts[lines.lineOf(offset)] });
      } else assert.strictEqual(back, offset, `offset ${offset}`);
    }
    assert.deepStrictEqual(lines.positionAt(text.indexOf('two')), { line: 1, character: 0 });
    assert.deepStrictEqual(lines.positionAt(text.indexOf('three') + 2), { line: 2, character: 2 });
    assert.deepStrictEqual(lines.rangeOf(text.indexOf('two'), text.indexOf('two') + 3), { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
  });

  it('counts characters in UTF-16 code units, as LSP does by default', () => {
    const text = '😀 x\né y';
    const lines = new LineIndex(text);
    assert.deepStrictEqual(lines.positionAt(text.indexOf('x')), { line: 0, character: 3 });
    assert.deepStrictEqual(lines.positionAt(text.indexOf('y')), { line: 1, character: 2 });
  });

  it('clamps out-of-range offsets and positions into the text', () => {
    const text = 'ab\ncd';
    const lines = new LineIndex(text);
    assert.deepStrictEqual(lines.positionAt(-5), { line: 0, character: 0 });
    assert.deepStrictEqual(lines.positionAt(99), { line: 1, character: 2 });
    assert.strictEqual(lines.offsetAt({ line: -1, character: 3 }), 0);
    assert.strictEqual(lines.offsetAt({ line: 7, character: 0 }), text.length);
    assert.strictEqual(lines.offsetAt({ line: 0, character: 99 }), 2, 'a character past the line end stops at the line end');
    assert.strictEqual(lines.offsetAt({ line: 1, character: -3 }), 3);
  });

  it('finds the line of an offset at line starts and ends', () => {
    const lines = new LineIndex('ab\n\ncd\n');
    assert.deepStrictEqual([0, 2, 3, 4, 6, 7].map((o) => lines.lineOf(o)), [0, 0, 1, 2, 2, 3]);
  });
});
