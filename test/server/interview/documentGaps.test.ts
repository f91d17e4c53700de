import * as assert from 'assert';
import { analyseDocument } from '../../../server/src/interview/analysedText';
import { documentGaps } from '../../../server/src/interview/documentGaps';

/** The weights of a section's structure gaps, by part. */
function structureWeights(text: string, heading: string): Record<string, number> {
  const { gaps } = documentGaps(analyseDocument(text));
  return Object.fromEntries(gaps.filter((g) => g.section === heading && g.part).map((g) => [g.part, g.weight]));
}

describe('document gaps', () => {
  describe('the next link of the chain the candidate started', () => {
    const BASE = [
      '# Build cache',
      '',
      '## Cache keys',
      '',
      'We will key the action cache in Redis by the hash of the declared inputs.',
      '',
    ];

    it('a failure named ("a known risk that we accept") makes the missing mitigation outrank the missing constraint', () => {
      const text = [...BASE.slice(0, 4), `${BASE[4]} Non-hermetic actions produce different outputs for the same key; this is a known risk that we accept for v1.`, ''].join('\n');
      const w = structureWeights(text, 'Cache keys');
      assert.ok(w.mitigation > w.constraint, JSON.stringify(w));
    });

    it('with no failure named, the mitigation is the lesser question', () => {
      const w = structureWeights(BASE.join('\n'), 'Cache keys');
      assert.ok(w.mitigation < w.constraint, JSON.stringify(w));
    });
  });
});
