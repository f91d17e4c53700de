// A channel that keeps no messages (Redis pub/sub, core NATS): the linter does not treat it as a queue (it has no
// backlog to fall behind on or replay), but what it loses is exactly what a strong interviewer asks about: a
// message published while a subscriber is disconnected. One such question per design section that names the
// channel and tells no failure story of its own (where it does, that story's gaps are the questions).
import { sectionAt } from '../analysis/document/model';
import { sourceFindings, type AnalysedText } from './analysedText';
import { sentenceAround } from './candidateWords';
import { gapKindInfo } from './gapCatalog';
import type { PlannedGap } from './plannedGap';

const LOST_MESSAGE = 'drops a message published while a subscriber is disconnected';

export function lostBroadcastGaps(source: AnalysedText): PlannedGap[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return [];
  const out: PlannedGap[] = [];
  const asked = new Set<number>();
  const kind = 'missing-failure-mode';
  // The linter's own "what breaks?" in a section already asks it; the channel's question would repeat it.
  const flagged = new Set(sourceFindings(source).filter((f) => f.rule === kind).map((f) => sectionAt(doc, f.data.start).index));
  for (const channel of concepts.spansIn('fireAndForgetChannel', 0, source.sourceLength)) {
    const section = sectionAt(doc, channel.start);
    const report = source.analysis.sections[section.index];
    if (asked.has(section.index) || flagged.has(section.index) || !report?.describesDesign || report.structure.failureMode.present) continue;
    asked.add(section.index);
    const words = sentenceAround(doc, channel.start, channel.end);
    const name = doc.text.slice(channel.start, channel.end).replace(/\s+/g, ' ');
    out.push({
      id: kind,
      key: `${kind}@${section.index}`,
      kind,
      rule: kind,
      quote: name,
      context: words.text,
      quoteKind: words.kind,
      range: doc.lines.rangeOf(channel.start, channel.end),
      start: channel.start,
      end: channel.end,
      section: section.heading ? section.heading.text : null,
      sectionIndex: section.index,
      weight: gapKindInfo(kind).weight,
      missing: gapKindInfo(kind).parts.map((p) => p.name),
      component: name,
      failure: LOST_MESSAGE,
    });
  }
  return out;
}
