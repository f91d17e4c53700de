// Part A: full analysis time of our analyze() (no cache) against markdownlint's default rules on the same
// text, interleaved in one process so machine noise hits both alike; reports medians and their ratio.
import { performance } from 'node:perf_hooks';
import { lint as markdownlint } from 'markdownlint/sync';
import { median } from './stats.mjs';

/**
 * @param {{ analyze: (text: string) => { findings: unknown[] } }} core
 * @param {string} text
 * @param {{ warmup: number, runs: number }} plan
 */
export function compareFullAnalysis(core, text, { warmup, runs }) {
  const ours = () => core.analyze(text).findings.length;
  const theirs = () => markdownlint({ strings: { doc: text } }).doc.length;
  // No forced gc() between runs: a full GC flushes compiled code and made markdownlint ~3x slower here.
  const timed = (fn) => {
    const t0 = performance.now();
    const count = fn();
    return { ms: performance.now() - t0, count };
  };
  for (let i = 0; i < warmup; i++) { ours(); theirs(); }
  const oursMs = [];
  const theirsMs = [];
  let oursFindings = 0;
  let theirsFindings = 0;
  for (let i = 0; i < runs; i++) {
    // Alternate who goes first, so neither side always runs right after the other's work.
    const pair = i % 2 === 0 ? [['ours', ours], ['theirs', theirs]] : [['theirs', theirs], ['ours', ours]];
    for (const [who, fn] of pair) {
      const r = timed(fn);
      if (who === 'ours') { oursMs.push(r.ms); oursFindings = r.count; } else { theirsMs.push(r.ms); theirsFindings = r.count; }
    }
  }
  const oursMedian = median(oursMs);
  const theirsMedian = median(theirsMs);
  return {
    chars: text.length,
    runs,
    oursMs: oursMedian,
    markdownlintMs: theirsMedian,
    ratio: oursMedian / theirsMedian,
    oursFindings,
    markdownlintFindings: theirsFindings,
    oursSamplesMs: oursMs,
    markdownlintSamplesMs: theirsMs,
  };
}
