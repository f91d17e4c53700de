import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze, analyzeDetailed, createAnalysisCache, fixesFor } from '../../../server/src/analysis';
import { LineIndex } from '../../../server/src/analysis/text/lineIndex';
import { markdownDocument } from './document/markdownArbitrary';
import { assertResultInside } from './document/rangeAssertions';

describe('analyze: properties over random markdown', () => {
  it('never throws and reports only ranges inside the document', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const result = analyze(text);
        assertResultInside(text, result);
        assert.ok(result.notices.every((n) => !/failed/.test(n.message)), `a rule failed: ${JSON.stringify(result.notices)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('offers quick fixes whose edits all lie inside the document', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const { doc, findings } = analyzeDetailed(text);
        const lines = new LineIndex(text);
        for (const f of findings) {
          for (const fix of fixesFor(doc!, f)) {
            for (const { range } of fix.edits) {
              for (const p of [range.start, range.end]) {
                assert.ok(p.line >= 0 && p.line < lines.lineCount, `${fix.title}: line ${p.line}`);
                assert.ok(p.character >= 0 && p.character <= lines.lineEnd(p.line) - lines.lineStarts[p.line], `${fix.title}: character ${p.character}`);
              }
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same result with an incremental cache as without, across a sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(markdownDocument, { minLength: 2, maxLength: 4 }), (versions) => {
        const cache = createAnalysisCache();
        for (const text of versions) assert.deepStrictEqual(analyze(text, { cache }), analyze(text));
      }),
      { numRuns: 100 },
    );
  });
});
