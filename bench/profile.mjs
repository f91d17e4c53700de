// CPU profile of the analysis core on a bench document:
// `node bench/profile.mjs [KB=250] [RUNS=20] [--edit] [--core BUNDLE] [--with-markdownlint]`.
// Default: full uncached analyze(). --edit: cached re-analysis after a one-word edit mid-document, the work
// behind every keystroke in the editor. --core: profile a saved copy of dist/bench/core.mjs (kept in dist/bench/
// with its .map beside it) instead of building the current sources, to compare before and after a change.
// --with-markdownlint: markdownlint runs between our runs as in part A (only our runs' samples count).
// Profiles only the timed loop (via the inspector, after warm-up), writes the .cpuprofile to bench/results/
// (open it in Chrome DevTools) and prints the top functions and files by self time, mapped back to the
// TypeScript sources through the bundle's source map.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCore } from './build.mjs';
import { benchDocument, middleProsePosition } from './documents.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const coreAt = process.argv.indexOf('--core');
const savedCore = coreAt >= 0 ? path.resolve(process.argv[coreAt + 1]) : undefined;
const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--core');
const editMode = process.argv.includes('--edit');
const withMarkdownlint = process.argv.includes('--with-markdownlint');
const kb = Number(args[0] ?? 250);
const runs = Number(args[1] ?? 20);
const TOP = 25;

const bundle = savedCore ?? (await buildCore());
const bundleUrl = pathToFileURL(bundle).href;
const core = await import(bundleUrl);
const text = benchDocument(kb);
const { offset } = middleProsePosition(text);
const edited = `${text.slice(0, offset)}clearly ${text.slice(offset)}`;
const cache = core.createAnalysisCache();
// Full mode analyses `text` from scratch; edit mode alternates the two versions through one cache.
const analyzeStep = editMode ? (i) => core.analyze(i % 2 ? text : edited, { cache }) : () => core.analyze(text);
const markdownlint = withMarkdownlint ? (await import('markdownlint/sync')).lint : null;
/** Monotonic µs spans of our runs (the profiler's clock): only samples inside them are counted. */
const oursUs = [];
const nowUs = () => Number(process.hrtime.bigint() / 1000n);
const step = markdownlint
  ? (i) => {
      const from = nowUs();
      analyzeStep(i);
      oursUs.push([from, nowUs()]);
      markdownlint({ strings: { doc: text } });
    }
  : analyzeStep;
if (editMode) core.analyze(text, { cache });
for (let i = 0; i < 4; i++) step(i); // warm-up: profile steady state, not JIT tiers

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 }); // µs
await session.post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < runs; i++) step(i);
const wallMs = markdownlint ? oursUs.slice(-runs).reduce((sum, [a, b]) => sum + (b - a) / 1000, 0) : performance.now() - t0;
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const outDir = path.join(ROOT, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, `core-${kb}kb${editMode ? '-edit' : ''}.cpuprofile`);
writeFileSync(outFile, JSON.stringify(profile));

// Count only samples inside analyze() (frames under a bundle frame) plus GC; the inspector's own start/stop
// work would otherwise show up as a hotspot.
const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
const inCore = new Set();
const mark = (id, inside) => {
  const n = nodeById.get(id);
  const here = inside || n.callFrame.url === bundleUrl || n.callFrame.functionName === '(garbage collector)';
  if (here) inCore.add(id);
  for (const c of n.children ?? []) mark(c, here);
};
mark(profile.nodes[0].id, false);
// Self time per node: each sample's time delta belongs to the node on top of the stack.
const selfUs = new Map();
let sampleAt = profile.startTime;
let span = 0;
const inOurRun = (at) => {
  if (!markdownlint) return true;
  while (span < oursUs.length && oursUs[span][1] < at) span++;
  return span < oursUs.length && oursUs[span][0] <= at;
};
profile.samples.forEach((id, i) => {
  sampleAt += profile.timeDeltas[i] ?? 0;
  if (inCore.has(id) && inOurRun(sampleAt)) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
const where = (frame) => {
  if (frame.url !== bundleUrl) return frame.url ? `${path.relative(ROOT, fileURLToPath(frame.url.startsWith('file:') ? frame.url : pathToFileURL(frame.url)))}:${frame.lineNumber + 1}` : '';
  const e = map.findEntry(frame.lineNumber, frame.columnNumber);
  if (!e || !e.originalSource) return `bundle:${frame.lineNumber + 1}`;
  const src = e.originalSource.startsWith('file:') ? fileURLToPath(e.originalSource) : path.resolve(path.dirname(bundle), e.originalSource);
  return `${path.relative(ROOT, src)}:${e.originalLine + 1}`;
};

const byFunction = new Map();
const byFile = new Map();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id);
  if (!us) continue;
  const loc = where(node.callFrame);
  const key = `${node.callFrame.functionName || '(anonymous)'}  ${loc}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const file = loc ? loc.replace(/:\d+$/, '').replace(/^node_modules\/([^/]+)\/.*/, 'node_modules/$1') : node.callFrame.functionName;
  byFile.set(file, (byFile.get(file) ?? 0) + us);
}

const table = (title, entries) => {
  console.log(`\n${title}`);
  console.log(`   ${'self ms/run'.padStart(11)} ${'%'.padStart(6)}  what`);
  for (const [k, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`   ${(us / 1000 / runs).toFixed(2).padStart(11)} ${((100 * us) / totalUs).toFixed(1).padStart(6)}  ${k}`);
  }
};
console.log(`Profiled ${editMode ? 'cached re-analysis after a mid-document edit' : 'full uncached analyze()'}${markdownlint ? ' (markdownlint between runs)' : ''} on the ${kb} KB bench document, ${runs} runs: ${(wallMs / runs).toFixed(1)} ms/run wall, ${(totalUs / 1000 / runs).toFixed(1)} ms/run sampled`);
table('Top functions by self time', byFunction);
table('Self time by source file', byFile);
console.log(`\nProfile: ${path.relative(ROOT, outFile)}`);
