// Adjustments to a document's gap weights that need the whole document: specific findings before the generic
// "what breaks?", the core component and the request path before side sections, what is at stake (money, data,
// double processing) first, a wish list by how much of the answer it is, failure-mode questions only where
// something runs.
import { sectionAt, sentenceAt, type DesignDocument, type Section } from '../analysis/document/model';
import { sourceFindings, type AnalysedText } from './analysedText';
import { centralityOf, componentFrequency, componentsIn } from './componentNames';
import { isChecklistQuestion, type PlannedGap } from './plannedGap';
import { isOverviewTitle, isPeripheralTitle, isRedundancyTitle, isStackListAt, isTitledForResilience, isAtStake } from './sectionRoles';

/** How much a gap on an item of an unranked list of improvements counts: a wish list is not the design. */
const WISH_LIST_FACTOR = 0.7;

/** Gaps on the items of a list the analysis found unprioritised ("Add a CDN" under "Improvements") come later. */
export function setAsideWishLists(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const doc = source.doc;
  if (!doc) return gaps;
  const lines = new Set(sourceFindings(source).filter((f) => f.rule === 'unprioritized-improvements').map((f) => Number(f.data.listLine)));
  const lists = doc.lists.filter((l) => lines.has(l.line));
  if (lists.length === 0) return gaps;
  const onWishList = (g: PlannedGap) => g.rule !== 'unprioritized-improvements' && g.start !== undefined && lists.some((l) => g.start! >= l.start && g.start! < l.end);
  return gaps.map((g) => (onWishList(g) ? { ...g, weight: round(g.weight * WISH_LIST_FACTOR) } : g));
}

/** Rules whose finding says exactly what is weak about a proposal (a queue, a shard, a consistency or redundancy claim). */
const SPECIFIC_RULES: ReadonlySet<string> = new Set(['queue-without-failure-semantics', 'eventual-consistency-unqualified', 'shard-before-hotspot', 'availability-without-resilience']);

/** How much a generic failure-mode gap counts when a specific finding sits in the same sentence. */
const GENERIC_YIELD_FACTOR = 0.75;

/**
 * "We'll shard the links table across 8 Postgres shards" is a missing failure mode and a shard before its
 * hotspot: the specific question is the sharper one, so the generic failure-mode gap on that sentence yields.
 */
export function yieldToSpecificFindings(doc: DesignDocument, gaps: PlannedGap[]): PlannedGap[] {
  const specificSentences = new Set(gaps.filter((g) => g.rule && SPECIFIC_RULES.has(g.rule) && g.start !== undefined).map((g) => sentenceAt(doc, g.start!)));
  return gaps.map((g) =>
    asksWhatBreaks(g) && g.start !== undefined && specificSentences.has(sentenceAt(doc, g.start)) ? { ...g, weight: round(g.weight * GENERIC_YIELD_FACTOR) } : g,
  );
}

/**
 * A redundancy or consistency finding is itself the section's failure story ("the region is lost: what do
 * users see?"), so the section's generic "what breaks here?" yields to it as the same sentence's would.
 */
export function sectionYieldsToFailureStory(gaps: PlannedGap[]): PlannedGap[] {
  const storied = new Set(gaps.filter((g) => g.rule && FAILURE_STORY_RULES.has(g.rule) && g.sectionIndex !== undefined).map((g) => g.sectionIndex));
  return gaps.map((g) => (g.kind === 'structure:failureMode' && storied.has(g.sectionIndex) ? { ...g, weight: round(g.weight * GENERIC_YIELD_FACTOR) } : g));
}

/** How much a queue question counts in a section that also says, in so many words, that its data is eventually consistent. */
const QUEUE_BESIDE_CONSISTENCY_FACTOR = 0.88;

/**
 * "Because status flows through Kafka, what drivers see is eventually consistent": the section makes a claim about
 * what users see, and that claim is asked before the queue that causes it (labellers chose it 5 times in 7).
 */
export function queueYieldsToConsistencyClaim(gaps: PlannedGap[]): PlannedGap[] {
  const claimed = new Set(gaps.filter((g) => g.kind === 'eventual-consistency-unqualified' && /eventual/i.test(g.quote) && g.sectionIndex !== undefined).map((g) => g.sectionIndex));
  return gaps.map((g) => (g.kind === 'queue-without-failure-semantics' && claimed.has(g.sectionIndex) ? { ...g, weight: round(g.weight * QUEUE_BESIDE_CONSISTENCY_FACTOR) } : g));
}

/** Findings whose question already asks what users see when something fails. */
const FAILURE_STORY_RULES: ReadonlySet<string> = new Set(['availability-without-resilience', 'eventual-consistency-unqualified']);

/**
 * How much the linter's generic failure-mode finding counts in a document: a queue, shard, consistency or
 * redundancy finding names exactly what is weak, so it is asked before the generic "what breaks here?".
 */
const GENERIC_FAILURE_FACTOR = 0.65;

export function specificBeforeGeneric(gaps: PlannedGap[]): PlannedGap[] {
  return gaps.map((g) => (asksWhatBreaks(g) ? { ...g, weight: round(g.weight * GENERIC_FAILURE_FACTOR) } : g));
}

/** The generic "what breaks?" finding (the linter's, or the interviewer's own on a channel that loses messages), not one that pinpoints the call that fails. */
function asksWhatBreaks(g: PlannedGap): boolean {
  return g.rule === 'missing-failure-mode' && !g.pinpointed;
}

/**
 * The core of a design is where the components it leans on are discussed: a gap in the most central section
 * counts 20% more, one in a section naming none of them 30% less ("missing failure mode on the core component").
 */
export function weighByCentrality(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return gaps;
  const frequency = componentFrequency(concepts);
  const counts = doc.sections.map((s) => centralityOf(concepts, frequency, s.start, Math.min(s.ownEnd, source.sourceLength)));
  const most = Math.max(0, ...gaps.map((g) => (g.sectionIndex === undefined ? 0 : counts[g.sectionIndex])));
  if (most === 0) return gaps;
  // A list gap is about the list (its order, its reasons), and a failure the candidate named is about that failure,
  // not about a component: centrality does not apply.
  return gaps.map((g) => (g.sectionIndex === undefined || LIST_KINDS.has(g.kind) || g.namedFailure ? g : { ...g, weight: round(g.weight * (0.7 + (0.5 * counts[g.sectionIndex]) / most)) }));
}

/** Kinds that are about a list itself (its order, its reasons): a list section is where they belong. */
const LIST_KINDS: ReadonlySet<string> = new Set(['unprioritized-improvements', 'unjustified-components']);

/** A wish list up to this share of the answer is an aside; beyond it, it is a big part of what is judged. */
const ASIDE_SHARE = 0.06;
/** How much each share of the answer beyond an aside raises a wish list's gap: a quarter of the answer counts 1.76x. */
const LIST_SHARE_FACTOR = 4;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/**
 * An unranked list of improvements that is a big part of the answer is a big part of what the interviewer
 * judges: its gap counts more the more of the answer it takes.
 */
export function weighWishListsByShare(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const doc = source.doc;
  if (!doc) return gaps;
  const findings = sourceFindings(source).filter((f) => f.rule === 'unprioritized-improvements');
  const total = wordCount(doc.evidence.slice(0, source.sourceLength));
  if (findings.length === 0 || total === 0) return gaps;
  return gaps.map((g) => {
    if (g.rule !== 'unprioritized-improvements' || g.start === undefined) return g;
    const finding = findings.find((f) => f.data.start === g.start);
    const list = finding ? doc.lists.find((l) => l.line === Number(finding.data.listLine)) : undefined;
    if (!list) return g;
    const share = wordCount(doc.evidence.slice(list.start, list.end)) / total;
    return { ...g, weight: round(g.weight * (1 + LIST_SHARE_FACTOR * Math.max(0, share - ASIDE_SHARE))) };
  });
}

/** A gap in a side section (analytics, rollout, future work) counts for this much. */
const PERIPHERAL_FACTOR = 0.72;
/**
 * A gap where money, data or a claimed guarantee is at stake counts for this much. "What breaks it?" under a claimed
 * guarantee counted double until the cross-validated fit (README) found it asked too early: it counts as any other.
 */
const AT_STAKE_FACTOR = 1.2;

/**
 * The request path before the side systems, and where a failure costs money or data before where it costs
 * latency: a gap in a peripheral section counts less, one in a section with something at stake more.
 */
export function weighBySectionRole(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const doc = source.doc;
  if (!doc) return gaps;
  return gaps.map((g) => {
    if (g.sectionIndex === undefined) return g;
    const section = doc.sections[g.sectionIndex];
    let factor = 1;
    if (!LIST_KINDS.has(g.kind) && isPeripheralTitle(section.heading?.text)) factor *= PERIPHERAL_FACTOR;
    if (!LIST_KINDS.has(g.kind) && source.concepts) factor *= g.doubleTaken || isAtStake(source.concepts, section, source.sourceLength) ? AT_STAKE_FACTOR : 1;
    if (g.kind === 'availability-without-resilience' && isResilienceSection(source, section)) factor *= OWN_TOPIC_FACTOR;
    if (isChecklistOrQueue(g) && isResilienceSection(source, section)) factor *= RESILIENCE_CHECKLIST_FACTOR;
    return factor === 1 ? g : { ...g, weight: round(g.weight * factor) };
  });
}

/**
 * An asynchronous replica named in a section about reliability ("an asynchronous replica in the second data
 * centre") is a disaster-recovery copy: what it costs is the writes lost when it is promoted, which that section's
 * availability question asks, not what a reader sees. Its consistency question comes later there.
 */
export function replicaLagInReliabilityWaits(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return gaps;
  return gaps.map((g) => {
    if (g.kind !== 'eventual-consistency-unqualified' || g.sectionIndex === undefined || /eventual/i.test(g.quote)) return g;
    if (!isTitledForResilience(concepts, doc.sections[g.sectionIndex])) return g;
    return { ...g, weight: round(g.weight * REPLICA_IN_RELIABILITY_FACTOR) };
  });
}

const REPLICA_IN_RELIABILITY_FACTOR = 0.45;

/** How much the generic "what breaks?" counts on a sentence that proposes a mitigation the section leaves uncosted. */
const MITIGATION_SENTENCE_FACTOR = 0.85;

/**
 * "To make the map load with bad signal, we put a CDN in front with a 1-hour TTL": the sentence is a mitigation, and
 * what it makes worse is the question (labellers chose it 9 times in 10 where both questions quote one sentence).
 */
export function failureYieldsToMitigationCost(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const doc = source.doc;
  if (!doc) return gaps;
  const costed = new Set(gaps.filter((g) => g.kind === 'mitigation-without-cost' && g.start !== undefined).map((g) => sentenceAt(doc, g.start!)));
  if (costed.size === 0) return gaps;
  return gaps.map((g) => (asksWhatBreaks(g) && g.start !== undefined && costed.has(sentenceAt(doc, g.start)) ? { ...g, weight: round(g.weight * MITIGATION_SENTENCE_FACTOR) } : g));
}

/** How much a section's generic questions count beside its "which constraint forces each of these?". */
const BESIDE_UNJUSTIFIED_FACTOR = 0.8;
/**
 * How much the queue counts in a section that lists its technologies with no reason, where the section is titled
 * for the stack ("Architecture", "Components") or the queue is named in the list itself ("Airflow, Spark, Feast,
 * Kafka for publishing orders"): labels chose the stack 6 times to 0 there. A "High-level design" walks a flow,
 * and its queue is what labels probed.
 */
const QUEUE_IN_STACK_FACTOR = 0.4;
const STACK_TITLE = /\b(?:architecture|components|building\s+blocks|(?:tech(?:nology)?\s+)?stack)\b/i;

/**
 * A section that lists technologies with no reason is asked why each is there before what breaks, what it costs
 * or what drives it: in sections holding both, labellers chose the stack 40 times to 2.
 */
export function sectionYieldsToUnjustifiedStack(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const stacked = new Set(gaps.filter((g) => g.kind === 'unjustified-components' && g.sectionIndex !== undefined).map((g) => g.sectionIndex));
  if (stacked.size === 0) return gaps;
  const generic = (g: PlannedGap) => g.kind.startsWith('structure:') || g.kind === 'mitigation-without-cost' || asksWhatBreaks(g);
  return gaps.map((g) => {
    if (!stacked.has(g.sectionIndex)) return g;
    if (generic(g)) return { ...g, weight: round(g.weight * BESIDE_UNJUSTIFIED_FACTOR) };
    const listed = STACK_TITLE.test(g.section ?? '') || (source.concepts !== null && g.start !== undefined && isStackListAt(source.concepts, g.start));
    return g.kind === 'queue-without-failure-semantics' && listed ? { ...g, weight: round(g.weight * QUEUE_IN_STACK_FACTOR) } : g;
  });
}

/** How much "what does that make worse?" counts when the mitigation is idempotency ("consumers are idempotent on review_id"). */
const IDEMPOTENCY_COST_FACTOR = 0.5;

/**
 * Idempotency is the queue's failure semantics done right: what it costs (a key store, a dedupe window) is a
 * footnote, not what a strong interviewer asks first. Asked in 9 opening plans over 29 labelled sets, it hit no label.
 */
export function idempotencyCostWaits(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const concepts = source.concepts;
  if (!concepts) return gaps;
  return gaps.map((g) => {
    if (g.kind !== 'mitigation-without-cost' || g.start === undefined || g.end === undefined) return g;
    const idempotent = concepts.spansIn('queueIdempotency', g.start, g.end).length > 0;
    return idempotent ? { ...g, weight: round(g.weight * IDEMPOTENCY_COST_FACTOR) } : g;
  });
}

/** An availability gap in a section the candidate devoted to availability counts for this much: it is that section's point. */
const OWN_TOPIC_FACTOR = 1.08;
/**
 * A "what breaks?", a structure-checklist or a queue question in a section about staying up ("Reliability", "High
 * availability") counts for this much: that section is asked what still works while it fails over, and labellers
 * chose those other questions there 0 times in 30 top-three questions.
 */
const RESILIENCE_CHECKLIST_FACTOR = 0.6;

function isResilienceSection(source: AnalysedText, section: Section): boolean {
  return (!!source.concepts && isTitledForResilience(source.concepts, section)) || (!!section.heading && isRedundancyTitle(section.heading.text));
}

/** A checklist question ("what breaks here?", a missing structure part) or a queue's: the ones a section's role can defer. */
function isChecklistOrQueue(g: PlannedGap): boolean {
  return isChecklistQuestion(g) || g.kind === 'queue-without-failure-semantics';
}

/** The "what breaks?" kinds: they need something running to break. */
const FAILURE_MODE_KINDS: ReadonlySet<string> = new Set(['missing-failure-mode', 'structure:failureMode']);
/** A failure-mode gap quoting a bare technology list counts for this much: a stack does not fail, a step does. */
const STACK_LIST_FACTOR = 0.6;
/** "Which constraint forces each of these?" on a bare stack list ("We'll use Kafka, Redis, Cassandra, S3 and Kubernetes"). */
const STACK_REASON_FACTOR = 1.3;
/** A failure-mode gap whose words name no running component ("I'll use a sliding window counter"). */
const NOTHING_RUNNING_FACTOR = 0.88;

/** Failure-mode questions are aimed at running components: on a stack list or on an idea they come later (so do structure questions on a stack list). */
export function deferFailureModesOnNothingRunning(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const concepts = source.concepts;
  if (!concepts) return gaps;
  return gaps.map((g) => {
    // A structure or queue question quoting a stack list asks about no step of the design either (the queue was not
    // found in use elsewhere, or it would have moved there); the list's own gap is "why each".
    const onStack = g.start !== undefined && isChecklistOrQueue(g) && isStackListAt(concepts, g.start);
    if (onStack) return { ...g, weight: round(g.weight * STACK_LIST_FACTOR) };
    // The question a bare stack list does raise is why each piece is there.
    if (g.kind === 'unjustified-components' && g.start !== undefined && isStackListAt(concepts, g.start)) return { ...g, weight: round(g.weight * STACK_REASON_FACTOR) };
    if (!FAILURE_MODE_KINDS.has(g.kind)) return g;
    return g.component ? g : { ...g, weight: round(g.weight * NOTHING_RUNNING_FACTOR) };
  });
}

/** A failure-mode gap in a section that walks through numbered steps counts for this much. */
const STEP_FLOW_FACTOR = 1.3;
/** Steps a numbered list needs to be a flow ("1. The client calls ... 2. The API looks up ..."). */
const STEP_FLOW_MIN_STEPS = 3;

/**
 * A numbered walk through a request or a write ("1. read the inventory 2. insert the reservation 3. charge
 * the card") is where a failure between two steps hurts: "what breaks?" is sharpest there.
 */
export function weighStepFlows(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const doc = source.doc;
  if (!doc) return gaps;
  const flows = new Set<number>();
  for (const list of doc.lists) {
    if (!list.ordered || list.depth > 0 || list.items.length < STEP_FLOW_MIN_STEPS || list.start >= source.sourceLength) continue;
    flows.add(sectionAt(doc, list.start).index);
  }
  return gaps.map((g) => (FAILURE_MODE_KINDS.has(g.kind) && g.sectionIndex !== undefined && flows.has(g.sectionIndex) ? { ...g, weight: round(g.weight * STEP_FLOW_FACTOR) } : g));
}

/** A failure-mode or redundancy gap on an overview of components that later sections design counts for this much. */
const OVERVIEW_FACTOR = 0.71;
/** Components an overview names at least ("Envoy, the auth service, PostgreSQL, Redis, Kafka"). */
const OVERVIEW_MIN_COMPONENTS = 3;
/** Share of them that later sections take up for the section to be their overview. */
const OVERVIEW_COVERED_SHARE = 0.3;

/**
 * "What breaks here?" on a section listing the components ("High-level design") is vaguer than the same question
 * where a component is designed ("Rate limiting: a token bucket in Redis"), and an overview's "all of it runs
 * multi-AZ" is boilerplate next to the flows where money or data moves: the overview's questions come later.
 */
export function deferOverviewQuestions(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return gaps;
  const overview = new Map<number, boolean>();
  const isOverview = (index: number): boolean => {
    const known = overview.get(index);
    if (known !== undefined) return known;
    const section = doc.sections[index];
    const own = componentsIn(concepts, section.start, Math.min(section.ownEnd, source.sourceLength));
    const later = own.size >= OVERVIEW_MIN_COMPONENTS ? componentsIn(concepts, section.end, source.sourceLength) : new Set<string>();
    const covered = [...own].filter((c) => later.has(c)).length;
    const result = isOverviewTitle(section.heading?.text) && own.size >= OVERVIEW_MIN_COMPONENTS && covered >= OVERVIEW_COVERED_SHARE * own.size;
    overview.set(index, result);
    return result;
  };
  return gaps.map((g) => ((FAILURE_MODE_KINDS.has(g.kind) || g.kind === 'availability-without-resilience') && g.sectionIndex !== undefined && isOverview(g.sectionIndex) ? { ...g, weight: round(g.weight * OVERVIEW_FACTOR) } : g));
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
