// One fold of the interviewer's weight fit, run inside the tunable copy made by run.mjs: coordinate descent over
// every tunable weight on the training sets (multiplicative steps, a change kept only when it strictly raises
// first questions plus opening plans that meet the bar), then the held-out fold scored before and after.
// FOLD=k holds out fold k; no FOLD fits on every set. SETS lists the sets in the order they were written.
import * as path from 'path';
import { readLabels, firstThreeHits, meetsBar } from '../../test/server/interview/qualityMatching';
import { GAP_KINDS } from '../../server/src/interview/gapCatalog';

const ROOT = 'test/fixtures/interview';
const SETS = (process.env.SETS ?? '').split(',').filter(Boolean);
const FOLDS = Number(process.env.FOLDS ?? 6);
const STEPS = [0.6, 0.8, 0.9, 1.1, 1.25, 1.6];
const SWEEPS = Number(process.env.SWEEPS ?? 3);

// Contiguous folds of near-equal size, the first ones one set larger (31 sets in six: 6, 5, 5, 5, 5, 5).
const fold = process.env.FOLD === undefined ? -1 : Number(process.env.FOLD);
const base = Math.floor(SETS.length / FOLDS);
const extra = SETS.length % FOLDS;
const from = fold * base + Math.min(fold, extra);
const test = fold >= 0 ? SETS.slice(from, from + base + (fold < extra ? 1 : 0)) : [];
const train = SETS.filter((s) => !test.includes(s));
const W: Record<string, number> = ((globalThis as any).__W ??= {});

function score(sets: string[]): { first: number; two: number; n: number; total: number } {
  let first = 0;
  let two = 0;
  let n = 0;
  for (const set of sets) {
    for (const label of readLabels(path.join(ROOT, set))) {
      const bar = meetsBar(firstThreeHits(path.join(ROOT, set), label).hits);
      n++;
      if (bar.first) first++;
      if (bar.twoOfThree) two++;
    }
  }
  return { first, two, n, total: first + two };
}

const before = { train: score(train), test: score(test) };
for (const kind of Object.keys(GAP_KINDS)) W[`base:${kind}`] = 1;
W.PRIORITY_SPREAD = 0.6;
W.MISSING_STEP = 0.1;
const start = { ...W };
let best = before.train.total;
for (let sweep = 0; sweep < SWEEPS; sweep++) {
  let changed = false;
  for (const p of Object.keys(start)) {
    const current = W[p];
    let bestValue = current;
    for (const step of STEPS) {
      W[p] = Math.round(current * step * 1000) / 1000;
      const total = score(train).total;
      if (total > best) {
        best = total;
        bestValue = W[p];
      }
    }
    W[p] = bestValue;
    changed ||= bestValue !== current;
  }
  if (!changed) break;
}
const after = { train: score(train), test: score(test) };
const moved = Object.fromEntries(Object.keys(start).filter((p) => W[p] !== start[p]).map((p) => [p, [start[p], W[p]]]));
console.log(JSON.stringify({ fold, test, before, after, moved }));
