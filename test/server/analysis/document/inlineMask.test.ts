import * as assert from 'assert';
import { maskInline } from '../../../../server/src/analysis/document/inlineMask';

/** maskInline's output with blanked characters shown as "_" (spaces stay spaces), for readable expectations. */
const shown = (text: string) => {
  const { masked } = maskInline(text);
  assert.strictEqual(masked.length, text.length);
  return [...masked].map((c, i) => (c === ' ' && text[i] !== ' ' ? '_' : c)).join('');
};

/** `text` with each of `parts` (in order of appearance) shown as blanked. */
const expected = (text: string, ...parts: string[]) => {
  let out = text;
  let from = 0;
  for (const p of parts) {
    const at = out.indexOf(p, from);
    assert.ok(at >= 0, `${p} in ${text}`);
    out = out.slice(0, at) + p.replace(/[^ \r\n]/g, '_') + out.slice(at + p.length);
    from = at + p.length;
  }
  return out;
};

describe('document/inlineMask', () => {
  it('returns the text itself when there is nothing to mask', () => {
    const text = 'Plain prose with no markup.';
    assert.strictEqual(maskInline(text).masked, text);
  });

  it('masks code spans, including ones with longer backtick runs', () => {
    const text = 'Use `SELECT 1` and ``a ` b`` now.';
    assert.strictEqual(shown(text), expected(text, '`SELECT 1`', '``a ` b``'));
  });

  it('leaves an unmatched backtick run as text', () => {
    assert.strictEqual(shown('A ` lone tick and ``x mismatch.'), 'A ` lone tick and ``x mismatch.');
  });

  it('masks link destinations and titles but keeps link text', () => {
    const link = 'See [the doc](https://x.io/a_(b) "Title") now.';
    assert.strictEqual(shown(link), expected(link, '(https://x.io/a_(b) "Title")'));
    const image = '![diagram](img.png) and [a](<my file.md>)';
    assert.strictEqual(shown(image), expected(image, '(img.png)', '(<my file.md>)'));
  });

  it('does not mask a bracketed aside that is not a link', () => {
    assert.strictEqual(shown('Pick [one] (the cheaper) option. [x](has space) stays.'), 'Pick [one] (the cheaper) option. [x](has space) stays.');
  });

  it('masks bare URLs without their trailing punctuation or unbalanced parenthesis', () => {
    const urls = 'Docs: https://x.io/a. More (see www.y.org/p).';
    assert.strictEqual(shown(urls), expected(urls, 'https://x.io/a', 'www.y.org/p'));
    const wiki = 'Wiki https://en.wikipedia.org/wiki/CAP_(theorem), ok';
    assert.strictEqual(shown(wiki), expected(wiki, 'https://en.wikipedia.org/wiki/CAP_(theorem)'));
  });

  it('does not take a URL inside a word as a bare URL', () => {
    assert.strictEqual(shown('xhttp://no'), 'xhttp://no');
  });

  it('masks autolinks and inline HTML tags, not comparisons', () => {
    const html = '<https://a.b/c> is <em>fast</em> when a < b and c > d.';
    assert.strictEqual(shown(html), expected(html, '<https://a.b/c>', '<em>', '</em>'));
  });

  it('masks HTML comments and reports them with their bodies', () => {
    const text = 'Keep <!-- tradeoff-disable-line x --> this <!-- open';
    const { masked, comments } = maskInline(text);
    assert.strictEqual(masked, 'Keep ' + ' '.repeat(32) + ' this ' + ' '.repeat(9));
    assert.deepStrictEqual(comments, [
      { start: 5, end: 37, body: ' tradeoff-disable-line x ' },
      { start: 43, end: text.length, body: ' open' },
    ]);
  });

  it('lets a backslash escape a backtick or bracket', () => {
    assert.strictEqual(shown('Not \\`code\\` and \\](x) kept.'), 'Not \\`code\\` and \\](x) kept.');
  });

  it('keeps line breaks inside masked spans', () => {
    const { masked } = maskInline('A `multi\r\nline` span');
    assert.strictEqual(masked, 'A       \r\n      span');
  });

  it('copes with pathological runs quickly and without changing length', () => {
    for (const text of ['](('.repeat(20000), '](a'.repeat(20000), '`'.repeat(5000) + ' x ' + '``'.repeat(5000), '<a '.repeat(20000), 'http://'.repeat(20000)]) {
      assert.strictEqual(maskInline(text).masked.length, text.length);
    }
  });
});
