import * as assert from 'assert';
import { analyze } from '../../../server/src/analysis/analyze';
import { seniorityScore } from '../../../server/src/analysis/score';
import type { Finding, SectionReport, Severity, StructurePart } from '../../../server/src/analysis/types';

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function sectionWith(parts: StructurePart[], isDesign = true): SectionReport {
  const part = (p: StructurePart) => (parts.includes(p) ? { present: true, range: RANGE, quote: p } : { present: false });
  return {
    title: 'S',
    level: 2,
    headingRange: RANGE,
    range: RANGE,
    isDesign,
    describesDesign: isDesign,
    structure: { constraint: part('constraint'), failureMode: part('failureMode'), mitigation: part('mitigation'), newCost: part('newCost') },
  };
}

function finding(severity: Severity): Finding {
  return { rule: 'r', severity, message: 'm', range: RANGE, data: { start: 0, end: 1 } };
}

describe('seniority score', () => {
  it('is 60 with no structure and no findings, 100 with all four parts stated', () => {
    assert.strictEqual(seniorityScore([sectionWith([])], []), 60);
    assert.strictEqual(seniorityScore([sectionWith(['constraint', 'failureMode', 'mitigation', 'newCost'])], []), 100);
  });

  it('adds 10 per part stated in any design section, counting each part once', () => {
    const sections = [sectionWith(['constraint']), sectionWith(['constraint', 'failureMode'])];
    assert.strictEqual(seniorityScore(sections, []), 80);
  });

  it('ignores non-design sections when some section is design content', () => {
    const sections = [sectionWith(['constraint', 'failureMode', 'mitigation', 'newCost'], false), sectionWith(['mitigation'])];
    assert.strictEqual(seniorityScore(sections, []), 70);
  });

  it('uses every section when none is design content', () => {
    assert.strictEqual(seniorityScore([sectionWith(['failureMode'], false), sectionWith(['newCost'], false)], []), 80);
  });

  it('takes 8 / 5 / 2 / 1 per error / warning / information / hint and stays within 0..100', () => {
    const full = [sectionWith(['constraint', 'failureMode', 'mitigation', 'newCost'])];
    assert.strictEqual(seniorityScore(full, [finding('error'), finding('warning'), finding('information'), finding('hint')]), 84);
    assert.strictEqual(seniorityScore([sectionWith([])], Array.from({ length: 20 }, () => finding('error'))), 0);
  });

  it('rises when an answer names the failure mode and the cost of its mitigation', () => {
    const weak = '# Feed\n\n## Design\n\nWe will add a Redis cache to reduce read load on the database.\n';
    const strong =
      '# Feed\n\n## Design\n\nWe will add a Redis cache to reduce read load on the database. ' +
      'If Redis is down, reads fall back to the database at twice the latency. The cost is reads up to 30 s stale.\n';
    assert.ok(analyze(strong).score > analyze(weak).score, `${analyze(strong).score} > ${analyze(weak).score}`);
  });
});
