import * as assert from 'assert';
import * as fc from 'fast-check';
import { parseDocument } from '../../../server/src/analysis/document/model';
import { quote } from '../../../server/src/analysis/structure';

/** quote() as it was before its shortcut for plain words: every quote goes through the clean-up. */
function quoteWithCleanup(text: string, evidence: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    if (evidence.charCodeAt(i) !== 32 || text.charCodeAt(i) === 32) out += evidence[i];
    else if (text[i] === '`') continue;
    else {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const ticks = [...text.slice(lineStart, i)].filter((c) => c === '`').length;
      out += ticks % 2 === 1 ? text[i] : ' ';
    }
  }
  return out
    .replace(/\*\*|__|[[\]]|(?<![\w*])[*_]|[*_](?![\w*])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('structure quote()', () => {
  it('equals the full clean-up on any span of markdown with emphasis, links, code and odd white space', () => {
    // Plain words and single white space more often than markup, so spans without markup come up too.
    const plain = fc.constantFrom('word', 'two words', ' ', '\t', '\n', '\u00a0', '\r\n', 'x.', '\u2003');
    const markup = fc.constantFrom('**bold**', '_em_', '*x*', '[link](http://a.b)', '`code`', '  ', 'snake_case', '- ', '# ', 'a*b');
    const piece = fc.oneof({ arbitrary: plain, weight: 4 }, { arbitrary: markup, weight: 1 });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const doc = parseDocument(text);
        const start = text.length ? a % text.length : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        assert.strictEqual(quote(doc, start, end), quoteWithCleanup(doc.text, doc.evidence, start, end));
      }),
      { numRuns: 1000 },
    );
  });

  it('drops a code span\'s backticks without leaving a space before punctuation ("(`classId`, `freedAt`)")', () => {
    const doc = parseDocument('The service publishes a `SpotFreed` event (`classId`, `freedAt`) to Kafka.');
    assert.strictEqual(quote(doc, 0, doc.text.length), 'The service publishes a SpotFreed event (classId, freedAt) to Kafka.');
  });

  it('collapses a line break inside plain words', () => {
    const doc = parseDocument('one\ntwo\u00a0three\tfour');
    assert.strictEqual(quote(doc, 0, doc.text.length), 'one two three four');
  });
});
