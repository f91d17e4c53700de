// The quality bar of issue 4 on a held-out set: six design answers the interviewer's ranking was never tuned on
// (test/fixtures/interview/heldout/), labelled by reading before the engine ran on them. Same matching as the
// labelled set (qualityMatching.ts): the first probe hits one of the three labelled gaps, the first three two.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../../../server/src/analysis/document/model';
import { describe3, firstThreeHits, GAP_IDS, gapKind, readLabels } from './qualityMatching';

const DIR = path.join(__dirname, '../../fixtures/interview/heldout');
const LABELS = readLabels(DIR);

describe('interviewer quality bar, held-out set', () => {
  describe('the labelled set', () => {
    it('has six labelled design answers, one label per fixture', () => {
      assert.strictEqual(LABELS.length, 6);
      const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md').sort();
      assert.deepStrictEqual(LABELS.map((l) => l.file).sort(), files);
    });

    for (const label of LABELS) {
      it(`${label.file}: three distinct gaps on real gap ids and real sections, each with a reason`, () => {
        const doc = parseDocument(fs.readFileSync(path.join(DIR, label.file), 'utf8'));
        assert.strictEqual(label.persona, 'neutral');
        assert.strictEqual(label.topGaps.length, 3);
        const keys = label.topGaps.map((g) => `${gapKind(g.gap)}@${g.section}`);
        assert.strictEqual(new Set(keys).size, 3, `duplicate gaps: ${keys.join(', ')}`);
        for (const g of label.topGaps) {
          assert.ok(GAP_IDS.has(g.gap), `unknown gap id ${g.gap}`);
          if (g.section !== null) assert.ok(doc.sections.some((s) => s.heading?.text.trim() === g.section), `no section "${g.section}"`);
          assert.ok(g.why.trim().length >= 20, `no reason for ${g.gap}`);
        }
      });
    }
  });

  describe('neutral persona, opening plan', () => {
    const results: Array<{ first: boolean; covered: number }> = [];
    after(() => {
      if (results.length === 0) return;
      const first = results.filter((r) => r.first).length;
      const two = results.filter((r) => r.covered >= 2).length;
      console.log(`      held-out quality bar: first probe hits ${first}/${results.length}; first three cover two: ${two}/${results.length}`);
    });

    for (const label of LABELS) {
      it(`${label.file}: first probe hits a top-3 gap, first three probes cover two of them`, () => {
        const { firstThree, hits } = firstThreeHits(DIR, label);
        assert.ok(firstThree.length > 0, 'the plan is empty');
        const expected = label.topGaps.map((g) => `  - ${g.gap} @ ${g.section ?? '(document)'}`).join('\n');
        const context = `\nplan:\n${describe3(firstThree)}\nlabelled:\n${expected}`;
        const covered = new Set(hits.filter((h) => h >= 0)).size;
        results.push({ first: hits[0] >= 0, covered });
        assert.ok(hits[0] >= 0, `first probe misses the labelled gaps${context}`);
        assert.ok(covered >= 2, `first three probes cover ${covered} of the labelled gaps${context}`);
      });
    }
  });
});
