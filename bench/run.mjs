// The Tradeoff benchmark (`npm run bench`): full analysis vs markdownlint, edit latency over LSP, and peak
// server memory. Every figure has a peer measured in the same run, because this machine is shared and noisy.
// Prints PASS/MISS per target; exits non-zero only when a part fails to run.
// Options (for working on the bench itself): --server <path> (default dist/server.js), --only A,B,C.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCore, buildLspClient } from './build.mjs';
import { benchDocument } from './documents.mjs';
import { measureEditLatency } from './editLatency.mjs';
import { compareFullAnalysis } from './fullAnalysis.mjs';
import { measureIdleNode, measureServerMemory } from './peakMemory.mjs';
import { round } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'bench', 'results', 'latest.json');
const argv = process.argv.slice(2);
const option = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const SERVER = path.resolve(option('--server') ?? path.join(ROOT, 'dist', 'server.js'));
const ONLY = new Set((option('--only') ?? 'A,B,C').toUpperCase().split(','));

const TARGETS = {
  fullRatio250: 0.1, // ours / markdownlint at 250 KB
  editP95Ms: 30,
  serverPeakMb: 150,
};
// Fewer runs for bigger documents keeps the whole bench around a minute or two on two shared cores.
const FULL_PLAN = [
  { kb: 25, warmup: 5, runs: 25 },
  { kb: 250, warmup: 2, runs: 13 },
  { kb: 1000, warmup: 1, runs: 5 },
];
const EDITS = { kb: 250, edits: 200, warmupEdits: 10, peerEvery: 20 };
const MEMORY_KB = 1000;

const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '-');
const lpad = (s, n) => String(s).padStart(n);

async function fullAnalysisPart(core, documents) {
  console.log('A. Full analysis (fresh, no cache) vs markdownlint default rules: same text, same process, interleaved, medians');
  console.log(`   ${'size'.padEnd(9)}${lpad('runs', 5)}${lpad('ours ms', 10)}${lpad('mdlint ms', 11)}${lpad('ratio', 8)}${lpad('findings', 10)}${lpad('mdlint', 8)}  target`);
  const rows = [];
  for (const { kb, warmup, runs } of FULL_PLAN) {
    const r = compareFullAnalysis(core, documents.get(kb), { warmup, runs });
    rows.push({ kb, ...roundAll(r) });
    const target = kb === 250 ? `<= ${TARGETS.fullRatio250.toFixed(2)}  ${verdict(r.ratio <= TARGETS.fullRatio250)}` : '';
    console.log(`   ${`${kb} KB`.padEnd(9)}${lpad(runs, 5)}${lpad(ms(r.oursMs), 10)}${lpad(ms(r.markdownlintMs), 11)}${lpad(r.ratio.toFixed(3), 8)}${lpad(r.oursFindings, 10)}${lpad(r.markdownlintFindings, 8)}  ${target}`);
  }
  return rows;
}

async function editLatencyPart(core, documents) {
  console.log(`B. Edit latency over LSP: ${EDITS.kb} KB document, ${EDITS.edits} incremental edits mid-document (+${EDITS.warmupEdits} warm-up), debounceMs 0`);
  requireServer();
  const r = await measureEditLatency({ core, LspTestClient: await lspClient(), serverPath: SERVER, rootDir: ROOT, text: documents.get(EDITS.kb), ...EDITS });
  console.log(`   didChange -> publishDiagnostics   p50 ${ms(r.p50Ms)} ms   p95 ${ms(r.p95Ms)} ms   max ${ms(r.maxMs)} ms   target p95 <= ${TARGETS.editP95Ms} ms  ${verdict(r.p95Ms <= TARGETS.editP95Ms)}`);
  console.log(`   peer: full uncached analyze() in-process, median ${ms(r.fullAnalyzeMs)} ms   -> p50 / full = ${r.p50OverFull.toFixed(3)}`);
  console.log(`   info: cached analyze() in-process ${ms(r.cachedAnalyzeMs)} ms; didOpen -> diagnostics ${ms(r.openToDiagnosticsMs)} ms; ` +
    `${r.diagnosticsAfterLastEdit} diagnostics`);
  return roundAll(r);
}

async function memoryPart(documents) {
  console.log(`C. Peak RSS (VmHWM) of the server with the ${MEMORY_KB} KB document open, after its diagnostics arrive`);
  requireServer();
  const server = await measureServerMemory({ LspTestClient: await lspClient(), serverPath: SERVER, rootDir: ROOT, text: documents.get(MEMORY_KB) });
  const idle = await measureIdleNode();
  console.log(`   server  peak ${server.peakMb.toFixed(1)} MB (now ${server.currentMb.toFixed(1)} MB, ${server.diagnostics} diagnostics)   target <= ${TARGETS.serverPeakMb} MB  ${verdict(server.peakMb <= TARGETS.serverPeakMb)}`);
  console.log(`   peer: idle \`node -e\` peak ${idle.peakMb.toFixed(1)} MB   -> server / idle = ${(server.peakMb / idle.peakMb).toFixed(2)}`);
  return { server: roundAll(server), idleNode: roundAll(idle), peakOverIdle: round(server.peakMb / idle.peakMb) };
}

/** The tests' LSP client (test/helpers/lspClient.ts), bundled for plain Node. */
async function lspClient() {
  return (await import(pathToFileURL(await buildLspClient()).href)).default.LspTestClient;
}

function requireServer() {
  if (!existsSync(SERVER)) throw new Error(`${path.relative(ROOT, SERVER)} is missing (run \`npm run build\`; does server/src/server.ts exist yet?)`);
}

/** Rounds every number (and number array) in a flat result object for the JSON report. */
function roundAll(obj) {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, typeof v === 'number' ? round(v, 3) : Array.isArray(v) ? v.map((x) => round(x, 2)) : v]));
}

const started = Date.now();
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  loadAverage: os.loadavg().map((x) => round(x)),
  targets: TARGETS,
  fullAnalysis: null,
  editLatency: null,
  memory: null,
  errors: {},
};
console.log(`Tradeoff bench: node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);

const core = await import(pathToFileURL(await buildCore()).href);
const documents = new Map([25, 250, 1000].map((kb) => [kb, benchDocument(kb)]));
const parts = [
  ['A', 'fullAnalysis', () => fullAnalysisPart(core, documents)],
  ['B', 'editLatency', () => editLatencyPart(core, documents)],
  ['C', 'memory', () => memoryPart(documents)],
];
for (const [letter, key, run] of parts) {
  if (!ONLY.has(letter)) continue;
  try {
    results[key] = await run();
  } catch (err) {
    results.errors[key] = String(err?.stack ?? err);
    console.log(`   FAILED TO RUN: ${String(err?.message ?? err).split('\n').join('\n   ')}`);
  }
  console.log();
}

results.seconds = round((Date.now() - started) / 1000, 1);
mkdirSync(path.dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
const failures = Object.keys(results.errors);
console.log(`${failures.length ? `FAILED TO RUN: ${failures.join(', ')}. ` : ''}Took ${results.seconds} s. Figures: ${path.relative(ROOT, RESULTS)}`);
process.exitCode = failures.length ? 1 : 0;
