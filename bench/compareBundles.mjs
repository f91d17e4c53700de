// Full-analysis timing of saved core bundles (e.g. before and after a change), with markdownlint between
// runs as in part A: `node bench/compareBundles.mjs BUNDLE... [--kb 250] [--runs 20] [--rounds 3]`.
// Each bundle runs in its own process (a shared heap would let one bundle's garbage trigger GCs in the
// other's runs), and the processes alternate round by round, so machine noise hits all alike.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { benchDocument } from './documents.mjs';
import { median } from './stats.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : fallback; };
const bundles = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
const kb = option('--kb', 250);
const runs = option('--runs', 20);

if (argv.includes('--child')) {
  const { lint: markdownlint } = await import('markdownlint/sync');
  const core = await import(pathToFileURL(path.resolve(bundles[0])).href);
  const text = benchDocument(kb);
  const lint = () => markdownlint({ strings: { doc: text } });
  for (let i = 0; i < 3; i++) { core.analyze(text); lint(); }
  // GC pauses (their start times) are collected to count the runs a collection landed in.
  const gcStarts = [];
  const observer = new PerformanceObserver((list) => gcStarts.push(...list.getEntries().map((e) => e.startTime)));
  observer.observe({ entryTypes: ['gc'] });
  const ms = [];
  const windows = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    core.analyze(text);
    const t1 = performance.now();
    ms.push(t1 - t0);
    windows.push([t0, t1]);
    lint();
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const withGc = windows.filter(([a, b]) => gcStarts.some((t) => t >= a && t <= b)).length;
  console.log(JSON.stringify({ ms, withGc }));
} else {
  const rounds = option('--rounds', 3);
  const samples = bundles.map(() => []);
  const gcRuns = bundles.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    for (let b = 0; b < bundles.length; b++) {
      const order = r % 2 ? bundles.length - 1 - b : b;
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), bundles[order], '--child', '--kb', String(kb), '--runs', String(runs)], { encoding: 'utf8' });
      const { ms, withGc } = JSON.parse(out);
      samples[order].push(...ms);
      gcRuns[order] += withGc;
    }
  }
  bundles.forEach((b, i) => {
    const s = samples[i].sort((x, y) => x - y);
    console.log(`${b}: median ${median(s).toFixed(2)} ms, p25 ${s[Math.floor(s.length / 4)].toFixed(2)}, p75 ${s[Math.floor((3 * s.length) / 4)].toFixed(2)} (${s.length} runs, ${gcRuns[i]} with a GC)`);
  });
}
