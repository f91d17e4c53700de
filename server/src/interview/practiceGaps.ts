// The gaps of a practice question: its pressure points (each aimed at a gap kind, in the bank's words), and,
// once the candidate has sketched a design, what the analysis finds in that sketch: a pressure point of the
// same kind then quotes the candidate's words, and a finding no pressure point covers becomes a gap of its own.
import { findRule } from '../analysis/rules';
import type { AnalysedText } from './analysedText';
import { findingGaps } from './documentGaps';
import { gapKindInfo } from './gapCatalog';
import { unquotedGap, type PlannedGap } from './plannedGap';
import type { StructurePart } from '../analysis/types';
import { STRUCTURE_PARTS } from '../analysis/types';
import type { PracticeQuestion } from './types';

export function pressurePointGaps(question: PracticeQuestion): PlannedGap[] {
  return question.pressurePoints.map((point, n) => {
    const part = structurePartOf(point.gap);
    const gap: PlannedGap = { ...unquotedGap(`pressure:${question.id}:${n}`, point.gap, findRule(point.gap) ? point.gap : null), fixedQuestion: point.question };
    if (part) gap.part = part;
    return gap;
  });
}

function structurePartOf(kind: string): StructurePart | undefined {
  const m = /^structure:(\w+)$/.exec(kind);
  return m && (STRUCTURE_PARTS as readonly string[]).includes(m[1]) ? (m[1] as StructurePart) : undefined;
}

/**
 * Kinds whose trigger names the very thing a pressure point of that kind asks about (a queue, eventual
 * consistency, sharding, redundancy): its question can quote the candidate. A proposal without its failure mode
 * may name another component than the pressure point's, so it becomes a gap of its own instead.
 */
const QUOTABLE_KINDS: ReadonlySet<string> = new Set(['queue-without-failure-semantics', 'eventual-consistency-unqualified', 'shard-before-hotspot', 'availability-without-resilience']);

/** The gaps with the candidate's design sketch read in (see the file comment); the input is not changed. */
export function withCandidateWords(gaps: readonly PlannedGap[], sketch: AnalysedText): PlannedGap[] {
  const out = gaps.map((g) => ({ ...g }));
  for (const found of findingGaps(sketch)) {
    const point = QUOTABLE_KINDS.has(found.kind) ? out.find((g) => g.kind === found.kind && g.quoteKind === 'none' && g.fixedQuestion !== undefined) : undefined;
    if (point) {
      point.quote = found.quote;
      point.context = found.context;
      point.quoteKind = found.quoteKind;
      if (found.component && !point.component) point.component = found.component;
      continue;
    }
    if (out.some((g) => g.key === `answer:${found.key}`)) continue;
    // Offsets and sections refer to the sketch, not to a document the session judges in: keep only the words.
    const { start: _start, end: _end, sectionIndex: _section, range: _range, ...words } = found;
    out.push({ ...words, key: `answer:${found.key}`, missing: gapKindInfo(found.kind).parts.map((p) => p.name) });
  }
  return out;
}
