// A failure the candidate names and then leaves ("Sometimes the car may not receive the unlock command, for
// example in underground parking"): the sharpest "what do you do then?" an interviewer has, because the
// candidate raised it. A failure stated as a condition with its handling ("If the primary fails, the standby
// takes over") or followed by what is done about it is answered, even when the analysis names no mitigation.
import type { ConceptMatcher } from '../analysis/concepts/matcher';
import type { DesignDocument, Section } from '../analysis/document/model';

/** Concepts that say what is done about a failure (a dead-letter queue and a replay are handling too). */
const RESPONSE_CONCEPTS = ['mitigationLanguage', 'mitigationPurpose', 'fallbackBehaviour', 'degradationPath', 'recoveryStrategy', 'queuePoisonMessage', 'queueReplay', 'queueIdempotency', 'queueBacklog', 'queueObservability'] as const;

/** A failure raised as something that can happen ("the car may not receive", "sometimes the ack comes back late"), not a setting or a rule. */
const POSSIBILITY = /\b(?:may|might|could|can(?!['’]t|not)|sometimes|occasionally|at\s+times|possibly|risks?|chance|it\s+is\s+possible)\b/i;

/** A failure the candidate has judged ("losing it is acceptable", "so two gateways can't race"): a decision, not an open question. */
const JUDGED = /\b(?:acceptable|fine|ok|okay|tolerable|harmless|no-?op|only|rare|rarely|unlikely|never|cannot|can['’]t|won['’]t)\b/i;

/** A sentence that states its failure as a condition and goes on to its consequence or handling ("If X fails, Y ..."). */
const CONDITION_WITH_CLAUSE = /^\W*(?:if|when|whenever|once|in case|should|on|after|during)\b[^,;:]{3,120}[,;:]\s*\S/i;

/** A sentence that goes on to handle what the previous one raised ("We retry ...", "In that case ...", "To handle this ..."). */
const RESPONSE_OPENING = /^\W*(?:we|I|in\s+(?:that|this|such\s+a)\s+case|then|to\s+(?:handle|avoid|prevent|fix|mitigate|deal\s+with|cope\s+with|recover)|the\s+(?:fix|mitigation|answer|workaround)|our\s+(?:fix|answer))\b/i;

export interface UnansweredFailure {
  start: number;
  end: number;
}

/** The first sentence of the section's own text that names a failure no sentence answers. */
export function firstUnansweredFailure(doc: DesignDocument, concepts: ConceptMatcher, section: Section, sourceLength: number): UnansweredFailure | undefined {
  const end = Math.min(section.ownEnd, sourceLength);
  const from = section.heading ? section.heading.end : section.start;
  let checked = -1;
  for (const m of concepts.in('failureMode', from, end)) {
    const index = m.sentence;
    if (index < 0 || index === checked) continue;
    checked = index;
    const sentence = doc.sentences[index];
    const text = doc.evidence.slice(sentence.start, sentence.end);
    if (doc.blocks[sentence.block]?.kind === 'heading' || /\?\s*$/.test(text)) continue;
    if (!POSSIBILITY.test(text) || JUDGED.test(text) || CONDITION_WITH_CLAUSE.test(text) || respondsIn(concepts, sentence.start, sentence.end)) continue;
    const next = doc.sentences[index + 1];
    if (next && next.start < end && (RESPONSE_OPENING.test(doc.evidence.slice(next.start, next.end)) || respondsIn(concepts, next.start, next.end))) continue;
    return { start: sentence.start, end: sentence.end };
  }
  return undefined;
}

function respondsIn(concepts: ConceptMatcher, start: number, end: number): boolean {
  return RESPONSE_CONCEPTS.some((id) => concepts.has(id, start, end));
}
