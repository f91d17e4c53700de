// Part B: edit latency over the real protocol. Opens the document in `dist/server.js --stdio` with
// debounceMs 0, then times incremental didChange -> publishDiagnostics for that version, one edit at a
// time. The peer, timed in this process after the edits, is a full uncached analyze() of the same text.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { middleProsePosition } from './documents.mjs';
import { median, percentile } from './stats.mjs';

// A word no rule or concept reacts to, inserted at the start of a word mid-sentence and removed again.
const WORD = 'clearly ';

/**
 * @param {{ core: any, LspTestClient: any, serverPath: string, rootDir: string, text: string, edits: number,
 *   warmupEdits: number, peerEvery: number }} plan
 */
export async function measureEditLatency({ core, LspTestClient, serverPath, rootDir, text, edits, warmupEdits, peerEvery }) {
  // No `settings`: the client then lacks workspace/configuration and the initializationOptions apply.
  const client = await LspTestClient.start({ serverPath, workspaceFolder: rootDir, initializationOptions: { debounceMs: 0 }, waitTimeoutMs: 60000 });
  try {
    const sync = client.initializeResult.capabilities.textDocumentSync;
    const changeKind = typeof sync === 'number' ? sync : sync?.change;
    if (changeKind !== 2) throw new Error(`the server does not take incremental changes (textDocumentSync.change = ${changeKind})`);
    const uri = pathToFileURL(path.join(rootDir, 'bench', 'results', 'edit-latency.md')).href;
    const t0 = performance.now();
    await client.open(uri, text);
    await client.diagnosticsForVersion(uri, 1);
    const openMs = performance.now() - t0;

    const pos = middleProsePosition(text);
    const withWord = text.slice(0, pos.offset) + WORD + text.slice(pos.offset);
    const at = { line: pos.line, character: pos.character };
    const past = { line: pos.line, character: pos.character + WORD.length };
    const cache = core.createAnalysisCache();

    const latencies = [];
    const fullMs = [];
    const cachedMs = [];
    let diagnosticsCount = 0;
    for (let i = 0; i < warmupEdits + edits; i++) {
      const inserting = i % 2 === 0;
      // Wait for exactly the version this edit creates (the client numbers versions one up per change).
      const published = client.diagnosticsForVersion(uri, client.version(uri) + 1);
      const sent = performance.now();
      await client.replace(uri, inserting ? { start: at, end: at } : { start: at, end: past }, inserting ? WORD : '');
      const { diagnostics } = await published;
      const received = performance.now();
      if (i >= warmupEdits) latencies.push(received - sent);
      diagnosticsCount = diagnostics.length;
    }
    // The peer runs after the edits, not between them: a full analysis in this process between two edits
    // left garbage whose collection then landed inside the next edit's measurement.
    const peerRuns = Math.max(5, Math.ceil(edits / peerEvery));
    for (let r = 0; r < peerRuns; r++) {
      const inserting = r % 2 === 0;
      const after = inserting ? withWord : text;
      const before = inserting ? text : withWord;
      let s = performance.now();
      core.analyze(after);
      fullMs.push(performance.now() - s);
      core.analyze(before, { cache }); // the cache holds the text before this edit, as the server's does
      s = performance.now();
      core.analyze(after, { cache });
      cachedMs.push(performance.now() - s);
    }
    const p50 = percentile(latencies, 50);
    const fullMedian = median(fullMs);
    return {
      chars: text.length,
      edits,
      warmupEdits,
      openToDiagnosticsMs: openMs,
      p50Ms: p50,
      p95Ms: percentile(latencies, 95),
      maxMs: Math.max(...latencies),
      fullAnalyzeMs: fullMedian,
      cachedAnalyzeMs: median(cachedMs),
      p50OverFull: p50 / fullMedian,
      diagnosticsAfterLastEdit: diagnosticsCount,
      samplesMs: latencies,
    };
  } finally {
    await client.stop();
  }
}
