// Shared helpers for rule tests: run the real analyze() and keep one rule's findings.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/analysis';
import type { AnalyzeOptions, Finding } from '../../server/src/analysis';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export function readFixture(relative: string): string {
  return readFileSync(path.join(FIXTURES, relative), 'utf8');
}

export function findingsFor(ruleId: string, text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyze(text, options).findings.filter((f) => f.rule === ruleId);
}

/** The text a finding's range covers (single-line ranges). */
export function rangeText(text: string, f: Finding): string {
  const lines = text.split(/\r?\n/);
  const { start, end } = f.range;
  if (start.line !== end.line) return lines.slice(start.line, end.line + 1).join('\n');
  return lines[start.line].slice(start.character, end.character);
}

/** Asserts exactly one finding of the rule at the given 0-based line, covering `trigger`. */
export function assertSingleFinding(ruleId: string, text: string, line: number, trigger: string, options?: AnalyzeOptions): Finding {
  const found = findingsFor(ruleId, text, options);
  assert.strictEqual(found.length, 1, `expected one ${ruleId} finding, got ${JSON.stringify(found.map((f) => [f.range.start.line, f.message]))}`);
  const f = found[0];
  assert.strictEqual(f.rule, ruleId);
  assert.strictEqual(f.range.start.line, line, 'finding line');
  assert.strictEqual(rangeText(text, f), trigger, 'finding covers the trigger phrase');
  return f;
}
