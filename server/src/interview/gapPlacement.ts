// Where a gap is asked: a queue named in a technology list ("We use Kafka, Redis and Cassandra") is asked about
// where the design sends messages through it, the step whose failure the candidate has to explain.
import { sentenceAround } from './candidateWords';
import type { AnalysedText } from './analysedText';
import type { PlannedGap } from './plannedGap';
import { isStackListAt } from './sectionRoles';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The queue gap moved to the design section naming that queue most often outside stack lists, if any. */
export function queueWhereUsed(source: AnalysedText, gap: PlannedGap): PlannedGap {
  const { doc, concepts } = source;
  if (!doc || !concepts || gap.rule !== 'queue-without-failure-semantics' || gap.start === undefined || gap.end === undefined) return gap;
  if (!isStackListAt(concepts, gap.start)) return gap;
  const name = doc.text.slice(gap.start, gap.end).trim();
  if (!name) return gap;
  const pattern = new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi');
  let best: { index: number; count: number; start: number } | undefined;
  source.analysis.sections.forEach((report, index) => {
    if (index === gap.sectionIndex || !report.describesDesign) return;
    const section = doc.sections[index];
    const end = Math.min(section.ownEnd, source.sourceLength);
    const uses = [...doc.evidence.slice(section.start, end).matchAll(pattern)].map((m) => section.start + m.index!).filter((at) => !isStackListAt(concepts, at));
    if (uses.length && (!best || uses.length > best.count)) best = { index, count: uses.length, start: uses[0] };
  });
  if (!best) return gap;
  const start = best.start;
  const end = start + name.length;
  const words = sentenceAround(doc, start, end);
  const section = doc.sections[best.index];
  return {
    ...gap,
    key: `${gap.rule}@${best.index}`,
    context: words.text,
    quoteKind: words.kind,
    range: doc.lines.rangeOf(start, end),
    start,
    end,
    section: section.heading ? section.heading.text : null,
    sectionIndex: best.index,
  };
}
