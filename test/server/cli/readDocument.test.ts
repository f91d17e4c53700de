import * as assert from 'assert';
import { readDocument } from '../../../server/src/cli/readDocument';
import { tempTree, type TempTree } from '../config/tempTree';

describe('readDocument', () => {
  let tree: TempTree;
  before(() => (tree = tempTree({ 'dir/inner.md': '# x\n', 'ok.md': '# Title\n', 'nul.md': Buffer.from('# a\u0000b\n') })));
  after(() => tree.remove());

  it('reads UTF-8 text without notices', () => {
    assert.deepStrictEqual(readDocument(tree.path('ok.md'), 1024), { kind: 'text', text: '# Title\n', notices: [] });
  });

  it('skips a file over the size limit from its size on disk', () => {
    const r = readDocument(tree.path('ok.md'), 4);
    assert.deepStrictEqual(r, { kind: 'skipped', reason: 'Tradeoff skipped this file: 8 bytes is over the 4 bytes size limit (maxFileSize).' });
  });

  it('skips a file with NUL bytes as binary', () => {
    assert.strictEqual(readDocument(tree.path('nul.md'), 1024).kind, 'skipped');
  });

  it('reports read errors as a short reason', () => {
    assert.deepStrictEqual(readDocument(tree.path('dir'), 1024 * 1024), { kind: 'error', reason: 'it is a directory' });
    assert.deepStrictEqual(readDocument(tree.path('gone.md'), 1024), { kind: 'error', reason: 'file not found' });
  });
});
