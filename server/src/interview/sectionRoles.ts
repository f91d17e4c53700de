// What a part of a design answer is to an interviewer: a side concern (analytics, rollout, future work) that
// waits behind the request path, a place where money or data can be lost or processed twice (asked first), or
// a bare technology list (a stack, not a step of the design, so nothing there runs and fails on its own).
import type { ConceptMatcher } from '../analysis/concepts/matcher';
import { isDesignContext } from '../analysis/designIntent';
import { sentenceAt, type DesignDocument, type Section } from '../analysis/document/model';
import { headingNames } from '../analysis/rules/mentionContext';
import { technologiesIn } from './componentNames';

/** Section titles about side concerns: a strong interviewer probes the read/write path before these. */
const PERIPHERAL_TITLE =
  /\b(?:analytics|monitoring|observability|metrics|dashboards?|rollout|roll-out|migration|future|improvements?|next steps|follow-ups?|open questions|alternatives?|appendix|references|security|anti-cheat|tech(?:nology)? stack|technolog(?:y|ies)|glossary|cost estimates?|summary)\b/i;

export function isPeripheralTitle(title: string | null | undefined): boolean {
  return !!title && PERIPHERAL_TITLE.test(title);
}

/**
 * Whether a section may hold design steps: it describes components, or it is a flow or policy section that names
 * none ("Handling late returns", a numbered booking flow in plain present tense) and is not a side concern.
 */
export function mayHoldDesign(doc: DesignDocument, concepts: ConceptMatcher, describesDesign: boolean, section: Section): boolean {
  return describesDesign || (isDesignContext(doc, concepts, section) && !isPeripheralTitle(section.heading?.text));
}

/**
 * A section titled for goals ("Goals", "Design goals") states targets: "with high availability" there is a goal
 * the design answers later, not a claim to test. Interview-side: the primer's nested "Goals" hold proposals, so
 * the linter's requirements headings leave them out.
 */
const GOALS_TITLE = /^\W*(?:(?:design|project|system)\s+)?(?:goals?|objectives?)(?:\s+(?:and|&)\s+(?:non-goals|measures|metrics|success\s+(?:criteria|metrics|measures)|constraints|scope))?\W*$/i;

export function isGoalsTitle(title: string): boolean {
  return GOALS_TITLE.test(title);
}

/** Titles of a section that lays out the components before later sections design them one by one. */
const OVERVIEW_TITLE = /\b(?:high[- ]level(?:\s+(?:design|architecture|overview))?|architecture|components|overview|building blocks|system design)\b/i;

export function isOverviewTitle(title: string | null | undefined): boolean {
  return !!title && OVERVIEW_TITLE.test(title);
}

/** Titles of a section about redundancy the vocabulary's resilience headings miss ("Multi-region", "Disaster recovery"). */
const REDUNDANCY_TITLE = /\b(?:multi[- ]?(?:region|az|zone|datacenter|dc)s?|disaster recovery|redundancy|replication)\b/i;

export function isRedundancyTitle(title: string): boolean {
  return REDUNDANCY_TITLE.test(title);
}

/**
 * Whether a section puts something at stake, from the analysis vocabulary: an absolute guarantee the design claims
 * for itself ("exactly-once", "never charged twice"), money, lost data or double processing make a failure there
 * cost the most. A requirements or goals section states targets, not claims: nothing is at stake in it until the
 * design answers it.
 */
export function isAtStake(concepts: ConceptMatcher, section: Section, end: number): boolean {
  const heading = section.heading;
  if (heading && concepts.has('requirementsHeading', heading.start, heading.end)) return false;
  const stop = Math.min(section.ownEnd, end);
  return concepts.has('guaranteeClaim', section.start, stop) || concepts.has('atStake', section.start, stop);
}

/** Technologies named in one sentence for it to be a stack list ("We use Kafka, Redis, Cassandra and ..."). */
const STACK_LIST_SIZE = 3;

/** Whether the sentence at an offset is a bare technology list: a stack, not a step of the design. */
export function isStackListAt(concepts: ConceptMatcher, offset: number): boolean {
  const index = sentenceAt(concepts.doc, offset);
  const sentence = index >= 0 ? concepts.doc.sentences[index] : undefined;
  return !!sentence && technologiesIn(concepts, sentence.start, sentence.end).size >= STACK_LIST_SIZE;
}

/** A section titled for what breaks ("Risks", "Failure modes", "Region failure"). */
export function isTitledForFailures(concepts: ConceptMatcher, section: Section): boolean {
  return headingNames(concepts, section, 'failureHeading');
}

/** A section titled for staying up ("Reliability", "High availability", "Failover"). */
export function isTitledForResilience(concepts: ConceptMatcher, section: Section): boolean {
  return headingNames(concepts, section, 'resilienceHeading');
}

/** A section titled for what breaks or for staying up ("Failure handling", "Reliability"): the candidate's failure story. */
export function isTitledForFailureStory(concepts: ConceptMatcher, section: Section): boolean {
  return isTitledForFailures(concepts, section) || isTitledForResilience(concepts, section);
}
