// Cross-validated fit of the interviewer's weights (README, "The weights are fitted, and the fit is
// cross-validated"). Copies the engine to a scratch directory with its weights made tunable (tunable.mjs), fits
// them on all folds but one of the labelled sets and scores the held-out fold (fit.ts), for every fold, then
// prints the held-out totals and the weight changes most folds agree on (the ones worth shipping).
//   node bench/interviewerFit/run.mjs [--jobs 2] [--sweeps 3] [--fold k]
// The shipped figures (411 -> 422 of 500 held out) were produced on commit 3d8bb40 with the 31 sets below.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from '../stats.mjs';
import { makeTunable } from './tunable.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The labelled sets in the order they were written: folds are contiguous, so each is scored by weights fitted mostly on older sets. */
const SETS = ['quality', 'heldout', 'unseen', 'final', ...'c d e f g h i j k l m n o p q r s t u v w x y z aa ab ac'.split(' ').map((s) => `set${s}`)];
const FOLDS = 6;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const jobs = arg('jobs', Math.max(1, os.cpus().length));
const sweeps = arg('sweeps', 3);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tradeoff-fit-'));
try {
  fs.cpSync(path.join(repo, 'server'), path.join(work, 'server'), { recursive: true });
  fs.mkdirSync(path.join(work, 'test/server/interview'), { recursive: true });
  fs.copyFileSync(path.join(repo, 'test/server/interview/qualityMatching.ts'), path.join(work, 'test/server/interview/qualityMatching.ts'));
  fs.symlinkSync(path.join(repo, 'test/fixtures'), path.join(work, 'test/fixtures'));
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(work, 'node_modules'));
  for (const file of ['package.json', 'tsconfig.json']) fs.copyFileSync(path.join(repo, file), path.join(work, file));
  fs.mkdirSync(path.join(work, 'bench/interviewerFit'), { recursive: true });
  fs.copyFileSync(path.join(repo, 'bench/interviewerFit/fit.ts'), path.join(work, 'bench/interviewerFit/fit.ts'));
  const tunable = makeTunable(work);
  console.log(`${tunable.length} weight constants made tunable in ${work}, plus the base weight of each gap kind; ${SETS.length} sets in ${FOLDS} folds, ${jobs} at a time`);

  // --fold k fits and scores that fold alone (a spot check); otherwise every fold, then every set.
  const only = arg('fold', undefined);
  const runs = only === undefined ? [...[...Array(FOLDS).keys()].map((fold) => ({ fold })), { fold: -1 }] : [{ fold: only }];
  const results = await pool(runs, jobs, ({ fold }) => fitOnce(fold));
  const folds = results.filter((r) => r.fold >= 0);
  for (const r of folds) console.log(`fold ${r.fold} (${r.test.join(', ')}): training ${r.before.train.total} -> ${r.after.train.total}, held out ${r.before.test.total} -> ${r.after.test.total} of ${2 * r.before.test.n}`);
  const sum = (key) => folds.reduce((t, r) => t + r[key].test.total, 0);
  console.log(`held out, all folds: ${sum('before')} -> ${sum('after')} of ${2 * folds.reduce((t, r) => t + r.before.test.n, 0)} (first questions plus opening plans that meet the bar)`);
  console.log('changes most folds agree on (the median of the folds):', JSON.stringify(agreed(folds)));
  const all = results.find((r) => r.fold === -1);
  if (all) console.log(`fitted on every set: ${all.before.train.total} -> ${all.after.train.total}; moved ${JSON.stringify(all.moved)}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

function fitOnce(fold) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, SETS: SETS.join(','), FOLDS: String(FOLDS), SWEEPS: String(sweeps), ...(fold >= 0 ? { FOLD: String(fold) } : {}) };
    const child = spawn(path.join(work, 'node_modules/.bin/tsx'), ['bench/interviewerFit/fit.ts'], { cwd: work, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`fold ${fold} exited with ${code}`))));
  });
}

async function pool(items, size, run) {
  const out = [];
  let next = 0;
  await Promise.all([...Array(Math.min(size, items.length))].map(async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await run(items[i]);
    }
  }));
  return out;
}

/** A weight moved the same way in at least two folds of three, at the median of every fold's value. */
function agreed(folds) {
  const names = new Set(folds.flatMap((r) => Object.keys(r.moved)));
  const out = {};
  for (const name of names) {
    const start = folds.map((r) => r.moved[name]?.[0]).find((v) => v !== undefined);
    const values = folds.map((r) => r.moved[name]?.[1] ?? start);
    const up = values.filter((v) => v > start).length;
    const down = values.filter((v) => v < start).length;
    if (Math.max(up, down) * 3 >= 2 * folds.length) out[name] = { from: start, to: median(values) };
  }
  return out;
}
