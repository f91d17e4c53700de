// Bytes allocated by one full analysis of a bench document (a young-generation GC mid-run costs 2-10 ms):
// `node --expose-gc --max-semi-space-size=128 bench/allocation.mjs [KB=250] [RUNS=10] [--core BUNDLE]`.
// The large semi-space keeps collections out of a run, so the heap growth across it is what the run allocated.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCore } from './build.mjs';
import { benchDocument } from './documents.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc --max-semi-space-size=128');
const coreAt = process.argv.indexOf('--core');
const bundle = coreAt >= 0 ? path.resolve(process.argv[coreAt + 1]) : await buildCore();
const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--core');
const kb = Number(args[0] ?? 250);
const runs = Number(args[1] ?? 10);
const core = await import(pathToFileURL(bundle).href);
const text = benchDocument(kb);
for (let i = 0; i < 4; i++) core.analyze(text); // warm-up: allocation of optimised code, not of the interpreter
const samples = [];
for (let i = 0; i < runs; i++) {
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  core.analyze(text);
  samples.push(process.memoryUsage().heapUsed - before);
}
samples.sort((a, b) => a - b);
const mb = (n) => (n / 1024 / 1024).toFixed(2);
console.log(`${kb} KB: allocated per analysis median ${mb(samples[runs >> 1])} MB (min ${mb(samples[0])}, max ${mb(samples[runs - 1])})`);
