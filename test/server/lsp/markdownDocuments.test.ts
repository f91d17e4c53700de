// Which documents the server analyses.
import * as assert from 'assert';
import { isMarkdownDocument } from '../../../server/src/lsp/markdownDocuments';

describe('lsp/markdownDocuments', () => {
  it('accepts the markdown language id whatever the URI', () => {
    assert.ok(isMarkdownDocument({ uri: 'untitled:Untitled-1', languageId: 'markdown' }));
  });

  it('accepts .md and .markdown files whatever the language id', () => {
    assert.ok(isMarkdownDocument({ uri: 'file:///a/b/DESIGN.MD', languageId: 'plaintext' }));
    assert.ok(isMarkdownDocument({ uri: 'file:///a/notes.markdown', languageId: 'plaintext' }));
    assert.ok(isMarkdownDocument({ uri: 'vscode-vfs://github/x/README.md?ref=main', languageId: 'plaintext' }));
  });

  it('rejects other documents', () => {
    assert.ok(!isMarkdownDocument({ uri: 'file:///a/notes.txt', languageId: 'plaintext' }));
    assert.ok(!isMarkdownDocument({ uri: 'file:///a/md.ts', languageId: 'typescript' }));
    assert.ok(!isMarkdownDocument({ uri: 'file:///a/x.txt#.md', languageId: 'plaintext' }));
  });
});
