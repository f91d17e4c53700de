// How far two strong interviewers agree: for twelve sets, a second labeller, who saw neither the first labels nor
// the engine, labelled the same answers (labels.second.json). Read as an opening plan, the second labeller's three
// gaps are judged by the quality bar against the first labeller's, with the very matching the interviewer is
// judged by. This is the ceiling the bar is measured against: what a person meets on someone else's labels.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../../../server/src/analysis/document/model';
import type { Probe } from '../../../server/src/interview/types';
import { firstThreeHits, GAP_IDS, hitIndex, meetsBar, readLabels, type Label, type PlacedProbe } from './qualityMatching';

const ROOT = path.join(__dirname, '../../fixtures/interview');
const SETS = ['setk', 'setm', 'setq', 'sets', 'setu', 'setw', 'setx', 'setz', 'setac', 'setag', 'setah', 'setai'];

/** A labeller's three gaps as the opening plan they would follow. */
function asPlan(label: Label): PlacedProbe[] {
  return label.topGaps.map((g) => {
    const probe = { gap: g.gap, rule: g.gap.startsWith('structure:') ? null : g.gap, question: g.why, quote: '' } as unknown as Probe;
    return { probe, section: g.section };
  });
}

interface Tally {
  first: number;
  twoOfThree: number;
}

describe('labeller agreement: a second strong interviewer on the same answers', () => {
  const second = { first: 0, twoOfThree: 0 } as Tally;
  const engineOnSecond = { first: 0, twoOfThree: 0 } as Tally;
  let answers = 0;
  for (const set of SETS) {
    const dir = path.join(ROOT, set);
    const firstLabels = readLabels(dir);
    const secondLabels: Label[] = JSON.parse(fs.readFileSync(path.join(dir, 'labels.second.json'), 'utf8'));

    it(`${set}: one second label per answer, three distinct real gaps in real sections`, () => {
      assert.deepStrictEqual(secondLabels.map((l) => l.file).sort(), firstLabels.map((l) => l.file).sort());
      for (const label of secondLabels) {
        const doc = parseDocument(fs.readFileSync(path.join(dir, label.file), 'utf8'));
        assert.strictEqual(label.topGaps.length, 3, label.file);
        assert.strictEqual(new Set(label.topGaps.map((g) => `${g.gap}@${g.section}`)).size, 3, label.file);
        for (const g of label.topGaps) {
          assert.ok(GAP_IDS.has(g.gap), `${label.file}: unknown gap id ${g.gap}`);
          if (g.section !== null) assert.ok(doc.sections.some((s) => s.heading?.text.trim() === g.section), `${label.file}: no section "${g.section}"`);
        }
      }
    });

    for (const first of firstLabels) {
      const other = secondLabels.find((l) => l.file === first.file);
      if (!other) continue;
      answers++;
      const doc = parseDocument(fs.readFileSync(path.join(dir, first.file), 'utf8'));
      const verdict = meetsBar(asPlan(other).map((p) => hitIndex(doc, first, p)));
      second.first += +verdict.first;
      second.twoOfThree += +verdict.twoOfThree;
      const engine = meetsBar(firstThreeHits(dir, other).hits);
      engineOnSecond.first += +engine.first;
      engineOnSecond.twoOfThree += +engine.twoOfThree;
    }
  }

  // Measured when the second labels were written (2026-11-28): 90 and 93 of 96. The labels are data: the figure
  // moves only if the matching does, which this holds still.
  it(`the second labeller's plan meets the bar on the first labeller's labels: first ${second.first}/${answers}, two of three ${second.twoOfThree}/${answers}`, () => {
    assert.strictEqual(answers, 96);
    assert.deepStrictEqual(second, { first: 90, twoOfThree: 93 });
  });

  // The interviewer judged against the second labeller instead: labels no weight was ever tuned on.
  it(`the interviewer's plan on the second labeller's labels: first ${engineOnSecond.first}/${answers}, two of three ${engineOnSecond.twoOfThree}/${answers} (floor 89, 80)`, () => {
    assert.ok(engineOnSecond.first >= 89 && engineOnSecond.twoOfThree >= 80, JSON.stringify(engineOnSecond));
  });
});
