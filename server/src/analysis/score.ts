// The 0-100 seniority signal shown next to the findings.
import type { Finding, SectionReport, Severity } from './types';
import { STRUCTURE_PARTS } from './types';

const PENALTY: Record<Severity, number> = { error: 8, warning: 5, information: 2, hint: 1 };

/** Score = 60 + 10 per structure part (constraint, failure mode, mitigation, new cost) stated in a design section (any section when none proposes) − 8/5/2/1 per error/warning/information/hint finding, clamped to 0–100. */
export function seniorityScore(sections: readonly SectionReport[], findings: readonly Finding[]): number {
  const design = sections.filter((s) => s.isDesign);
  const scored = design.length ? design : sections;
  const stated = STRUCTURE_PARTS.filter((part) => scored.some((s) => s.structure[part].present)).length;
  const penalty = findings.reduce((sum, f) => sum + PENALTY[f.severity], 0);
  return Math.max(0, Math.min(100, 60 + 10 * stated - penalty));
}
