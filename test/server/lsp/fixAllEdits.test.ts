// Combining preferred fixes for source.fixAll: whole fixes, no overlaps, no duplicates, document order.
import * as assert from 'assert';
import type { Fix, TextEdit } from '../../../server/src/analysis/types';
import { fixAllEdits } from '../../../server/src/lsp/fixAllEdits';

const at = (line: number, character: number) => ({ line, character });
const edit = (sl: number, sc: number, el: number, ec: number, newText: string): TextEdit => ({ range: { start: at(sl, sc), end: at(el, ec) }, newText });
const fix = (edits: TextEdit[], isPreferred = true): Fix => ({ title: 't', edits, isPreferred });

describe('lsp/fixAllEdits', () => {
  it('takes preferred fixes only and sorts their edits in document order', () => {
    const late = edit(9, 0, 9, 0, 'late');
    const early = edit(1, 0, 1, 0, 'early');
    assert.deepStrictEqual(fixAllEdits([fix([late]), fix([edit(3, 0, 3, 0, 'disable')], false), fix([early])]), [early, late]);
  });

  it('drops a fix that overlaps an accepted one, whole', () => {
    const first = edit(2, 0, 2, 10, 'a');
    const overlapping = fix([edit(5, 0, 5, 0, 'b'), edit(2, 5, 2, 6, 'c')]);
    assert.deepStrictEqual(fixAllEdits([fix([first]), overlapping]), [first]);
  });

  it('keeps edits that only touch, and insertions at the same point in finding order', () => {
    const replace = edit(2, 0, 2, 4, 'x');
    const touching = edit(2, 4, 2, 4, 'y');
    const samePoint = edit(2, 4, 2, 4, 'z');
    assert.deepStrictEqual(fixAllEdits([fix([replace]), fix([touching]), fix([samePoint])]), [replace, touching, samePoint]);
  });

  it('drops an insertion strictly inside a replaced range', () => {
    const replace = edit(2, 0, 2, 10, 'x');
    assert.deepStrictEqual(fixAllEdits([fix([replace]), fix([edit(2, 5, 2, 5, 'inside')])]), [replace]);
  });

  it('drops duplicates (two findings asking for the same scaffold)', () => {
    const scaffold = edit(4, 10, 4, 10, '\n\nUsers see: ...');
    assert.deepStrictEqual(fixAllEdits([fix([scaffold]), fix([{ ...scaffold, range: { ...scaffold.range } }])]), [scaffold]);
  });

  it('drops a fix whose own edits overlap', () => {
    assert.deepStrictEqual(fixAllEdits([fix([edit(1, 0, 1, 5, 'a'), edit(1, 2, 1, 3, 'b')])]), []);
  });
});
