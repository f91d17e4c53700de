import * as assert from 'assert';
import * as fc from 'fast-check';
import { CHUNK_EVERY, frontMatterEnd, MIN_CHUNK_LENGTH, splitIntoChunks } from '../../../../server/src/analysis/document/chunks';
import { ChunkCache, parseDocument, type DesignDocument } from '../../../../server/src/analysis/document/model';
import { readFixture } from '../../../helpers/ruleHarness';
import { markdownDocument } from './markdownArbitrary';

/** Everything the rules read, without the chunk bookkeeping. */
function modelOf(doc: DesignDocument) {
  const { chunks: _chunks, lines: _lines, ...model } = doc;
  return model;
}

/** Parses chunked at every heading the scan allows (no minimum size) and as one chunk; both must agree. */
function assertChunkingInvisible(text: string): DesignDocument {
  const chunked = parseDocument(text, undefined, { minChunkLength: 0, chunkEvery: 1 });
  const whole = parseDocument(text, undefined, { singleChunk: true });
  assert.deepStrictEqual(modelOf(chunked), modelOf(whole));
  assert.strictEqual(chunked.chunks.map((c) => c.parsed.text).join(''), text, 'chunks cover the text in order');
  return chunked;
}

const TRICKY: Record<string, string> = {
  'plain sections': '# A\n\nText a.\n\n## B\n\nText b.\n\n# C\n\nText c.\n',
  'heading-like lines inside a fence': 'Intro.\n\n```bash\n# install\nnpm ci\n## build\n```\n\n# Real\n\nText.\n',
  'tilde fence closed only by a long enough run': '~~~~\n# a\n~~~\n# b\n~~~~~\n# Real\n',
  'a fence "closer" indented four spaces does not close': '```\n# a\n    ```\n# b\n```\n# Real\n',
  'backtick line with a backtick in its info string is not a fence': '```not`a`fence\n# Real one\n\ntext\n',
  'unterminated fence swallows later headings': '# A\n\nText.\n\n```\n# not a heading\n\n## neither\n',
  'multi-line HTML comment': '# A\n\n<!--\n# hidden\n## hidden too\n-->\n\n# B\n',
  'comment opened mid-paragraph does not hide a heading': '# A\n\nText <!-- open\n# Real heading\n-->\n',
  'unclosed HTML comment': '# A\n\n<!-- never closed\n# hidden\n\n# hidden\n',
  'HTML block ending at a blank line': '# A\n\n<div>\n# inside the div\n</div>\n\n# B\n',
  'custom element HTML block': '# A\n\n<custom-element>\n# inside\n\n# B\n',
  'script, processing instruction, declaration and CDATA blocks': '<script>\n# in script\n</script>\n# A\n<?php\n# in pi\n?>\n# B\n<!DOCTYPE\n# in decl\n>\n# C\n<![CDATA[\n# in cdata\n]]>\n# D\n',
  'front matter with YAML comments': '---\ntitle: x\n# yaml comment\n---\n# Title\n\nText.\n',
  'front matter then a heading at once': '---\na: 1\n---\n# Title\n## Sub\n',
  'indented headings in list items': '- item\n\n  # heading in item\n\n  ## another\n# Top\n\n- x\n  # y\n',
  'setext headings next to ATX ones': 'Title\n=====\n\nText.\n\n# ATX\n\nSub\n---\n\n# Next\n',
  'heading right after a paragraph and a list': 'para\n# H1\n- item\n# H2\n> quote\n# H3\n| a | b |\n|---|---|\n| c | d |\n# H4\n',
  'fence inside a list item left open by a top-level heading': '- item\n  ```\n  code\n# Heading\n```\n# inside a real fence\n```\n# After\n',
  'fence inside a blockquote left open by a heading': '> ```\n> code\n# Heading\n```\n# inside\n```\n# After\n',
  'HTML block inside a list item closed by a heading': '- <div>\n  text\n# Heading\n<div>\n# inside\n\n# After\n',
  'empty headings and closing hashes': '#\n# #\n## Title ##\n#\ttab\n',
  'CRLF line endings': '# A\r\n\r\n```\r\n# code\r\n```\r\n\r\n# B\r\ntext\r\n',
  'lone CR line endings': '# A\r\r```\r# code\r```\r\r# B\rtext\r',
  'byte order mark': '\uFEFF# A\n\ntext\n\n# B\n',
  'no final line break': '# A\n\ntext\n# B',
  'only headings': '# a\n# b\n## c\n### d\n',
  empty: '',
};

describe('document/chunks', () => {
  for (const [name, text] of Object.entries(TRICKY)) {
    it(`chunked parse equals a whole-document parse: ${name}`, () => {
      assertChunkingInvisible(text);
    });
  }

  it('splits the tricky documents into several chunks (so the comparison means something)', () => {
    const split = Object.values(TRICKY).filter((t) => parseDocument(t, undefined, { minChunkLength: 0, chunkEvery: 1 }).chunks.length > 1);
    assert.ok(split.length >= 15, `only ${split.length} documents were split`);
  });

  it('moves a split the line scan got wrong: a heading inside a fence it took for closed', () => {
    const text = TRICKY['fence inside a list item left open by a top-level heading'];
    const scanned = splitIntoChunks(text, undefined, { minLength: 0, every: 1 });
    const doc = assertChunkingInvisible(text);
    assert.ok(scanned.some((c) => c.text.startsWith('# inside a real fence')), 'the line scan alone splits inside the fence');
    assert.ok(doc.chunks.every((c) => !c.parsed.text.startsWith('# inside')), 'the model moved that split');
    assert.deepStrictEqual(doc.headings.map((h) => h.text), ['Heading', 'After']);
  });

  it('never splits inside front matter, a fence or a comment', () => {
    const text = '---\n# a: yaml\n---\n# T\n\n```\n# c\n```\n\n<!--\n# x\n-->\n\n# U\n';
    assert.deepStrictEqual(splitIntoChunks(text, undefined, { minLength: 0, every: 1 }).map((c) => c.text.split('\n')[0]), ['---', '# T', '# U']);
  });

  it('chunks the real corpus and the bench-like fixture the same way a whole parse reads them', () => {
    assertChunkingInvisible(readFixture('document/feed-design.md'));
    assertChunkingInvisible(readFixture('document/feed-design.md').replace(/\n/g, '\r\n'));
  });

  it('chunked parse equals a whole-document parse for random markdown', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        assertChunkingInvisible(text);
      }),
      { numRuns: 400 },
    );
  });

  it('joins slices shorter than the minimum chunk length to the chunk before them', () => {
    const long = 'x'.repeat(MIN_CHUNK_LENGTH);
    const text = `# A\n\n${long}\n\n# B\n\nshort\n\n# C\n\n${long}\n`;
    assert.deepStrictEqual(splitIntoChunks(text, undefined, { minLength: MIN_CHUNK_LENGTH, every: 1 }).map((c) => c.text.split('\n')[0]), ['# A', '# C']);
    assert.deepStrictEqual(parseDocument(text, undefined, { chunkEvery: 1 }).chunks.map((c) => c.startLine), [0, 8]);
  });

  it('finds where front matter ends', () => {
    assert.strictEqual(frontMatterEnd('---\na: 1\n---\nBody'), 13);
    assert.strictEqual(frontMatterEnd('---\r\na: 1\r\n...\r\nBody'), 16);
    assert.strictEqual(frontMatterEnd('\uFEFF+++\na = 1\n+++'), 14);
    assert.strictEqual(frontMatterEnd('---\nnever closed\n'), 0);
    assert.strictEqual(frontMatterEnd('Body\n---\n'), 0);
  });
});

describe('document/ChunkCache', () => {
  const sections = Array.from({ length: 8 }, (_, i) => `## Section ${i}\n\n${'Replicas serve reads, so the feed is eventually consistent. '.repeat(6)}\n\n- item ${i}\n`);
  const original = `# Title\n\n${sections.join('\n')}`;

  it('reuses unchanged chunks after an edit and yields the model of a fresh parse', () => {
    const cache = new ChunkCache();
    const everyHeading = { chunkEvery: 1 };
    const before = parseDocument(original, cache, everyHeading);
    assert.ok(before.chunks.length >= 4, 'the document has several chunks');
    const edited = original.replace('- item 3', '- item 3 with `code` and a [link](https://x.y)\n\n```\n# code\n```');
    const after = parseDocument(edited, cache, everyHeading);
    assert.deepStrictEqual(modelOf(after), modelOf(parseDocument(edited)));
    const reused = after.chunks.filter((c) => before.chunks.some((b) => b.parsed === c.parsed)).length;
    assert.strictEqual(reused, after.chunks.length - 1, 'only the edited chunk was parsed again');
    // Chunks before the edit keep their placed objects; those after it moved and are placed again.
    assert.strictEqual(after.blocks[0], before.blocks[0]);
    assert.strictEqual(after.sentences[1], before.sentences[1]);
    assert.notStrictEqual(after.blocks[after.blocks.length - 1], before.blocks[before.blocks.length - 1]);
  });

  it('stays correct over a sequence of edits, including ones that add and remove headings', () => {
    const cache = new ChunkCache();
    let text = original;
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('## Section 2', '## Section two'),
      (t) => t.replace('## Section 5\n', '## Section 5\n\n# New top level\n\n'),
      (t) => t.replace('# New top level\n', ''),
      (t) => t.replace('- item 7', '```\n# unterminated fence'),
      (t) => t.replace('```\n# unterminated fence', '- item 7'),
      (t) => t.replace(/\n/g, '\r\n'),
      () => '',
      () => original,
    ];
    for (const edit of edits) {
      text = edit(text);
      assert.deepStrictEqual(modelOf(parseDocument(text, cache)), modelOf(parseDocument(text)));
    }
  });

  it('keeps chunk boundaries away from an edit in place', () => {
    const a = parseDocument(original);
    const b = parseDocument(original.replace('- item 1', '- item 1 is now a little longer'));
    assert.deepStrictEqual(b.chunks.map((c) => c.startLine), a.chunks.map((c) => c.startLine));
  });
});

describe('document/chunks content-defined grouping', () => {
  const sections = Array.from({ length: 200 }, (_, i) => `## Section ${i}\n\n${'We shard the orders table by customer id because one tenant takes 40% of writes. '.repeat(4)}\n`);
  const text = `# Title\n\n${sections.join('\n')}`;

  it('groups about CHUNK_EVERY headings per chunk by default', () => {
    const chunks = splitIntoChunks(text);
    assert.ok(chunks.length > 200 / CHUNK_EVERY / 3 && chunks.length < (200 / CHUNK_EVERY) * 3, `${chunks.length} chunks for 200 sections`);
  });

  it('keeps every other boundary when a section is edited', () => {
    const before = splitIntoChunks(text).map((c) => c.text.split('\n')[0]);
    const edited = text.replace('## Section 100\n\nWe shard', '## Section 100\n\nToday we shard');
    const after = splitIntoChunks(edited).map((c) => c.text.split('\n')[0]);
    assert.deepStrictEqual(after, before);
  });
});
