// Shared helpers for rule tests: run the real analyze() and keep one rule's findings.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyze, analyzeDetailed, fixesFor } from '../../server/src/analysis';
import type { AnalyzeOptions, Finding, Fix, TextEdit } from '../../server/src/analysis';

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

/** Applies the first quick fix offered for a finding (which must be the rule's own scaffold, one edit). */
export function applyFirstRuleFix(text: string, finding: Finding): { fix: Fix; edit: TextEdit; at: number; result: string } {
  const { doc } = analyzeDetailed(text);
  assert.ok(doc, 'the document was analysed');
  const fix = fixesFor(doc, finding)[0];
  assert.ok(fix && !fix.title.startsWith('Disable'), 'the rule offers its own fix first');
  assert.strictEqual(fix.edits.length, 1, 'the scaffold is one edit');
  const edit = fix.edits[0];
  const at = doc.lines.offsetAt(edit.range.start);
  return { fix, edit, at, result: text.slice(0, at) + edit.newText + text.slice(doc.lines.offsetAt(edit.range.end)) };
}
