// The 0-100 seniority signal: how much of the answer structure the design sections state, minus
// a penalty per finding weighted by severity.
import type { Finding, SectionReport, Severity } from './types';
import { STRUCTURE_PARTS } from './types';

const PENALTY: Record<Severity, number> = { error: 8, warning: 5, information: 2, hint: 1 };

export function seniorityScore(sections: readonly SectionReport[], findings: readonly Finding[]): number {
  const design = sections.filter((s) => s.isDesign);
  const scored = design.length ? design : sections;
  let parts = 0;
  for (const s of scored) parts += STRUCTURE_PARTS.filter((p) => s.structure[p].present).length;
  const coverage = scored.length ? parts / (scored.length * STRUCTURE_PARTS.length) : 0;
  const penalty = findings.reduce((sum, f) => sum + PENALTY[f.severity], 0);
  return Math.max(0, Math.min(100, Math.round(40 * coverage + 60 - penalty)));
}
