// Where a gap is asked: a queue is asked about where the design sends messages through it (the transfer flow,
// the resiliency section handling failed messages), the step whose failure the candidate has to explain, not
// where it is first named ("We use Kafka, Redis and Cassandra", "Services communicate over Kafka").
import type { ConceptMatcher } from '../analysis/concepts/matcher';
import { indexAtOrBefore, type DesignDocument } from '../analysis/document/model';
import { sentenceAround } from './candidateWords';
import type { AnalysedText } from './analysedText';
import type { PlannedGap } from './plannedGap';
import { isOverviewTitle, isStackListAt, isTitledForFailureStory } from './sectionRoles';

/** What an overview section gives up on a tie with the section that designs the flow. */
const OVERVIEW_TIE = 0.5;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A sentence taking messages off the queue counts this many sending ones: duplicates, retries and poison messages happen there. */
const TAKEN_WEIGHT = 2;
/** Money or data at stake where the messages are handled ("charges the card") counts as much: a duplicate there costs most. */
const STAKE_BONUS = 2;
/**
 * A guarantee claimed of the queue itself ("Kafka gives us a durable buffer, so nothing is lost") outweighs any
 * flow: the claim is what the question tests.
 */
const CLAIM_BONUS = 20;

/**
 * Words by which a section refers to the queue without its name ("the transfers topic", "the queue", "the message
 * bus"); "queue" and "bus" after a determiner only, since "the meter queues the session locally" is the verb; a word in a slashed list
 * ("types name/town/topic") is a field, not a channel.
 */
const QUEUE_REFERENCE = /(?<![\w/])(?:topics?|streams?|dead[- ]letter|(?<=\b(?:the|a|an|this|that|its|our|their|each|per)\s+(?:[\w-]+\s+){0,2})(?:queues?|(?:message|event|service)\s+bus(?:es)?))\b(?!\/)/gi;

/**
 * The first reference to a queue in the text (at `start` in the document): a "queue" the vocabulary reads as
 * something else ("a waiting room (queue page)", "the make-good queue for sales") is not one.
 */
function firstQueueReference(concepts: ConceptMatcher, text: string, start: number): { at: number; length: number } | undefined {
  for (const m of text.matchAll(QUEUE_REFERENCE)) {
    const at = start + m.index!;
    if (/^queue/i.test(m[0]) && !concepts.has('messageQueue', at, at + m[0].length)) continue;
    return { at, length: m[0].length };
  }
  return undefined;
}

interface QueueUses {
  /** Sentences moving messages through the queue (taking them off counts double), plus STAKE_BONUS when money or data is at stake there. */
  score: number;
  /** The first mention of the queue by name outside stack lists, to quote; else the first reference to it. */
  first: number;
  /** The length of what `first` points at. */
  length: number;
}

/**
 * Vocabulary concepts (extendable like the others): handing a message to a queue (a step of a flow), taking one off
 * or handling one that fails (where its failure semantics live), and a channel that is not the document's queue.
 */
function said(concepts: ConceptMatcher, id: 'messageHandedOff' | 'messageTakenOff' | 'otherMessageChannel', sentence: { start: number; end: number }): boolean {
  return concepts.spansIn(id, sentence.start, sentence.end).length > 0;
}

/** Whether a sentence may be about the named queue: it names it (`names`, not global), or it names no other channel. */
function aboutQueue(concepts: ConceptMatcher, text: string, sentence: { start: number; end: number }, names: RegExp): boolean {
  return names.test(text) || !said(concepts, 'otherMessageChannel', sentence);
}

/** How much a section moves messages through the named queue (`pattern` finds every mention, `names` tests one sentence). */
function queueUses(doc: DesignDocument, concepts: ConceptMatcher, pattern: RegExp, names: RegExp, start: number, end: number): QueueUses | undefined {
  const evidence = doc.evidence.slice(start, end);
  const byName = [...evidence.matchAll(pattern)].map((m) => ({ at: start + m.index!, length: m[0].length })).filter((m) => !isStackListAt(concepts, m.at));
  const reference = firstQueueReference(concepts, evidence, start);
  const first = byName[0] ?? reference;
  if (!first) return undefined;
  let flowing = 0;
  let claimed = false;
  for (let i = Math.max(0, indexAtOrBefore(doc.sentences, start)); i < doc.sentences.length && doc.sentences[i].start < end; i++) {
    const sentence = doc.sentences[i];
    if (sentence.end <= start) continue;
    const text = doc.evidence.slice(sentence.start, sentence.end);
    if (!aboutQueue(concepts, text, sentence, names)) continue;
    if (said(concepts, 'messageTakenOff', sentence)) flowing += TAKEN_WEIGHT;
    else if (said(concepts, 'messageHandedOff', sentence)) flowing++;
    claimed ||= names.test(text) && concepts.has('guaranteeClaim', Math.max(sentence.start, start), Math.min(sentence.end, end));
  }
  return { score: flowing + (concepts.has('atStake', start, end) ? STAKE_BONUS : 0) + (claimed ? CLAIM_BONUS : 0), first: first.at, length: first.length };
}

/** The queue gap moved to the design section that moves messages through that queue most, when that is not where it was found. */
export function queueWhereUsed(source: AnalysedText, gap: PlannedGap): PlannedGap {
  const { doc, concepts } = source;
  if (!doc || !concepts || gap.rule !== 'queue-without-failure-semantics' || gap.start === undefined || gap.end === undefined || gap.sectionIndex === undefined) return gap;
  // "Kafka topics" is found where a flow "consumes report.approved from Kafka": the product is the queue's name.
  const name = doc.text.slice(gap.start, gap.end).trim().replace(/(?<=\S)\s+(?:topics?|queues?|streams?|clusters?|brokers?)$/i, '');
  if (!name) return gap;
  const pattern = new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi');
  const names = new RegExp(pattern.source, 'i');
  const scoreIn = (index: number) => {
    const section = doc.sections[index];
    return queueUses(doc, concepts, pattern, names, section.start, Math.min(section.ownEnd, source.sourceLength));
  };
  // On a tie, a section designing the flow beats an overview of the components that names it in passing.
  const overview = isOverviewTitle(doc.sections[gap.sectionIndex].heading?.text) ? OVERVIEW_TIE : 0;
  const here = isStackListAt(concepts, gap.start) ? -1 : (scoreIn(gap.sectionIndex)?.score ?? 0) - overview;
  let best: { index: number; uses: QueueUses } | undefined;
  source.analysis.sections.forEach((report, index) => {
    // A failure story ("Reliability", "What can go wrong") says how the queue stays up, not what flows through it.
    if (index === gap.sectionIndex || !report.describesDesign || isTitledForFailureStory(concepts, doc.sections[index])) return;
    const uses = scoreIn(index);
    if (uses && uses.score > here && (!best || uses.score > best.uses.score)) best = { index, uses };
  });
  if (!best) return gap;
  const start = best.uses.first;
  const end = start + best.uses.length;
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
