// Bytes allocated by one full analysis of a bench document (a young-generation GC mid-run costs 2-10 ms):
// `node --expose-gc --max-semi-space-size=128 bench/allocation.mjs [KB=250] [RUNS=10] [--core BUNDLE] [--edit]`.
// The large semi-space keeps collections out of a run, so the heap growth across it is what the run allocated.
// --edit: a cached re-analysis after a one-word edit mid-document (the server's didChange), alternating the two
// versions through one cache; also prints the heap still live after each (what every scavenge has to walk).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCore } from './build.mjs';
import { benchDocument, middleProsePosition } from './documents.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc --max-semi-space-size=128');
const coreAt = process.argv.indexOf('--core');
const bundle = coreAt >= 0 ? path.resolve(process.argv[coreAt + 1]) : await buildCore();
const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--core');
const kb = Number(args[0] ?? 250);
const runs = Number(args[1] ?? 10);
const core = await import(pathToFileURL(bundle).href);
const editMode = process.argv.includes('--edit');
const text = benchDocument(kb);
const { offset } = middleProsePosition(text);
const edited = `${text.slice(0, offset)}clearly ${text.slice(offset)}`;
const cache = core.createAnalysisCache();
// Full mode analyses `text` from scratch; edit mode alternates the two versions through one cache.
const analyzeStep = editMode ? (i) => core.analyze(i % 2 ? text : edited, { cache }) : () => core.analyze(text);
if (editMode) core.analyze(text, { cache });
for (let i = 0; i < 4; i++) analyzeStep(i); // warm-up: allocation of optimised code, not of the interpreter
const samples = [];
const live = [];
for (let i = 0; i < runs; i++) {
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  analyzeStep(i);
  samples.push(process.memoryUsage().heapUsed - before);
  globalThis.gc();
  live.push(process.memoryUsage().heapUsed);
}
samples.sort((a, b) => a - b);
live.sort((a, b) => a - b);
const mb = (n) => (n / 1024 / 1024).toFixed(2);
const what = editMode ? 'edit re-analysis' : 'analysis';
console.log(`${kb} KB: allocated per ${what} median ${mb(samples[runs >> 1])} MB (min ${mb(samples[0])}, max ${mb(samples[runs - 1])}); heap live after it median ${mb(live[runs >> 1])} MB`);
