// What a part of a design answer is to an interviewer: a side concern (analytics, rollout, future work) that
// waits behind the request path, a place where money or data can be lost or processed twice (asked first), or
// a bare technology list (a stack, not a step of the design, so nothing there runs and fails on its own).
import type { ConceptMatcher } from '../analysis/concepts/matcher';
import { sentenceAt } from '../analysis/document/model';
import { technologiesIn } from './componentNames';

/** Section titles about side concerns: a strong interviewer probes the read/write path before these. */
const PERIPHERAL_TITLE =
  /\b(?:analytics|monitoring|observability|metrics|dashboards?|rollout|roll-out|migration|future|improvements?|next steps|follow-ups?|open questions|alternatives?|appendix|references|security|anti-cheat|tech(?:nology)? stack|technolog(?:y|ies)|glossary|cost estimates?|summary)\b/i;

export function isPeripheralTitle(title: string | null | undefined): boolean {
  return !!title && PERIPHERAL_TITLE.test(title);
}

/** Titles of a section about redundancy the vocabulary's resilience headings miss ("Multi-region", "Disaster recovery"). */
const REDUNDANCY_TITLE = /\b(?:multi[- ]?(?:region|az|zone|datacenter|dc)s?|disaster recovery|redundancy|replication)\b/i;

export function isRedundancyTitle(title: string): boolean {
  return REDUNDANCY_TITLE.test(title);
}

/**
 * Words that put money, data loss or double processing at stake: where they are, a failure costs the most,
 * so that is where a strong interviewer starts (a double charge, an oversold seat, a lost message).
 * Interview-side list: the analysis has no concept for what is at stake (see the report to the lead).
 */
const AT_STAKE =
  /\b(?:exactly[- ]once|at[- ]least[- ]once|double[- ](?:charg|book|spend|pay|sell|process)\w*|(?:charged|booked|sold|run|runs|processed) twice|never (?:be )?lost|not be lost|(?:no|zero) (?:data )?loss|lose (?:data|messages|writes)|oversell\w*|payments?|pays|paid|charg(?:e|es|ed|ing)|card processor|ledger|refunds?|payouts?|billing|money)\b/gi;

/** How many at-stake words a span of text holds. */
export function atStakeCount(text: string): number {
  return [...text.matchAll(AT_STAKE)].length;
}

/** Technologies named in one sentence for it to be a stack list ("We use Kafka, Redis, Cassandra and ..."). */
const STACK_LIST_SIZE = 3;

/** Whether the sentence at an offset is a bare technology list: a stack, not a step of the design. */
export function isStackListAt(concepts: ConceptMatcher, offset: number): boolean {
  const index = sentenceAt(concepts.doc, offset);
  const sentence = index >= 0 ? concepts.doc.sentences[index] : undefined;
  return !!sentence && technologiesIn(concepts, sentence.start, sentence.end).size >= STACK_LIST_SIZE;
}
