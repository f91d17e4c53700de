// A queue finding on a channel that keeps no messages (Redis pub/sub, core NATS): there is no backlog to fall
// behind on, so "the consumers fall behind by an hour" would be the wrong question. What a strong interviewer
// asks is what happens to a message published while a subscriber is disconnected: a failure mode. Where the
// section already tells a failure story, that story's own gaps (its mitigation, its cost) are the questions.
import { sentenceAt } from '../analysis/document/model';
import type { AnalysedText } from './analysedText';
import { gapKindInfo } from './gapCatalog';
import type { PlannedGap } from './plannedGap';

const LOST_MESSAGE = 'drops a message published while a subscriber is disconnected';

export function lostMessagesOnBroadcast(source: AnalysedText, gap: PlannedGap): PlannedGap | undefined {
  const { doc, concepts } = source;
  if (!doc || !concepts || gap.rule !== 'queue-without-failure-semantics' || gap.start === undefined) return gap;
  const index = sentenceAt(doc, gap.start);
  const sentence = index >= 0 ? doc.sentences[index] : undefined;
  const channel = sentence ? concepts.spansIn('fireAndForgetChannel', sentence.start, sentence.end)[0] : undefined;
  if (!channel) return gap;
  if (gap.sectionIndex !== undefined && source.analysis.sections[gap.sectionIndex]?.structure.failureMode.present) return undefined;
  const kind = 'missing-failure-mode';
  return {
    ...gap,
    id: kind,
    kind,
    rule: kind,
    key: `${kind}@${gap.sectionIndex ?? 'doc'}`,
    component: doc.text.slice(channel.start, channel.end).replace(/\s+/g, ' '),
    failure: LOST_MESSAGE,
    missing: gapKindInfo(kind).parts.map((p) => p.name),
  };
}
