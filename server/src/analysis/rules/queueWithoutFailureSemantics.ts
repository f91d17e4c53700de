// queue-without-failure-semantics: a queue, broker, pub/sub topic, stream or async worker pool is added as if
// it were free: nothing about backlog, replay, idempotency, poison messages or how anyone would notice.
import { insertAfterBlock } from '../fixes';
import { sectionAt, type DesignDocument } from '../document/model';
import type { ConceptMatch } from '../concepts/matcher';
import { cuesIn, inBackgroundSection, inHeading, inReadingList, judgedScope, type Scope, spoken } from './mentionContext';
import type { Rule, RuleContext, RuleFinding } from './rule';

interface Part {
  concept: string;
  name: string;
  scaffold: string;
}

const PARTS: readonly Part[] = [
  { concept: 'queueBacklog', name: 'backlog (depth, lag, backpressure)', scaffold: 'Backlog: when depth or consumer lag exceeds ..., producers ... (backpressure / shed / scale consumers)' },
  { concept: 'queueReplay', name: 'replay (retention, reprocessing)', scaffold: 'Replay: messages are retained for ...; we reprocess by ...' },
  { concept: 'queueIdempotency', name: 'idempotency (dedupe keys, delivery semantics)', scaffold: 'Idempotency: delivery is at-least-once; consumers dedupe on ...' },
  { concept: 'queuePoisonMessage', name: 'poison messages (dead-letter queue, max retries)', scaffold: 'Poison messages: after ... retries a message moves to a dead-letter queue; ... reviews it' },
  { concept: 'queueObservability', name: 'observability (lag or depth metric, alert)', scaffold: 'Observability: alert when the oldest message is older than ... or depth exceeds ...' },
];

/** Parts a design must cover (of five) for a queue to count as thought through. */
const REQUIRED_PARTS = 4;

/** How many words before a mention are searched for the determiner that says whether it is new. */
const DETERMINER_WINDOW_WORDS = 4;

export const queueWithoutFailureSemantics: Rule = {
  id: 'queue-without-failure-semantics',
  description: 'A queue, broker, stream or async worker is introduced without backlog, replay, idempotency, poison-message and observability semantics.',
  defaultSeverity: 'warning',
  tags: ['queues', 'reliability'],
  why: 'A queue moves failure in time instead of removing it. Interviewers want to hear what happens when consumers fall behind, how you replay, why duplicates are harmless, where poison messages go and which metric pages you.',
  stronger:
    'Uploads go onto an SQS queue; consumers are idempotent on upload_id (at-least-once delivery), messages that fail 5 times move to a DLQ, we keep 4 days of retention to replay, and we alert when the oldest message is older than 2 minutes.',
  check(ctx) {
    const first = firstIntroduction(ctx);
    if (!first) return [];
    // Failure semantics belong to the queueing design as a whole: one finding, judged on every section that
    // discusses queues or their failure handling, not only the one that introduces it.
    const present = partsDiscussed(ctx);
    const missing = PARTS.filter((p) => !present.has(p.concept));
    if (PARTS.length - missing.length >= REQUIRED_PARTS) return [];
    const section = sectionAt(ctx.doc, first.start);
    const finding: RuleFinding = {
      start: first.start,
      end: first.end,
      message: `"${spoken(ctx.concepts.textOf(first))}" is introduced without ${missing.map((p) => p.name).join(', ')}.`,
      missing: missing.map((p) => p.name),
      section: section.heading?.text ?? null,
    };
    return [finding];
  },
  fixes({ doc, finding }) {
    const missing = new Set(finding.data.missing ?? PARTS.map((p) => p.name));
    const lines = PARTS.filter((p) => missing.has(p.name)).map((p) => p.scaffold);
    if (lines.length === 0) return [];
    return [
      {
        title: 'Insert: backlog, replay, idempotency, poison messages, observability',
        isPreferred: true,
        edits: [insertAfterBlock(doc, finding.data.start, lines)],
      },
    ];
  },
};

/**
 * The first proposing mention that introduces a queue: not a heading or reading list, not background, not a
 * later "the queue" once a queue has been named, and in a sentence that puts it to use in a design.
 */
function firstIntroduction(ctx: RuleContext): ConceptMatch | undefined {
  let named = false;
  for (const m of ctx.concepts.all('messageQueue')) {
    if (inHeading(ctx.doc, m.start) || inReadingList(ctx, m.start) || isBroadcastChannel(ctx, m) || isQueueMetric(ctx, m)) continue;
    const section = sectionAt(ctx.doc, m.start);
    const background = inBackgroundSection(ctx, section);
    const laterMention = named && isDefiniteReference(ctx, m);
    // "the queue" points back to one the status quo named; after a component table's row it is the design's queue put to use.
    if (background || !ctx.isDesignSection(section)) named = true;
    if (laterMention || background || !isProposing(ctx, m)) continue;
    return m;
  }
  return undefined;
}

/** "queue depth", "queue size": a metric of a queue the design already has, watched or scaled on, not one it introduces. */
function isQueueMetric(ctx: RuleContext, m: ConceptMatch): boolean {
  return QUEUE_METRIC.test(ctx.doc.evidence.slice(m.end, m.end + 16));
}

const QUEUE_METRIC = /^[\s-]?(?:depths?|lengths?|size|sizes|age|lag|time|latency)\b/i;

/**
 * Whether the mention is a channel that keeps no messages ("a Redis pub/sub channel per auction"): it has no
 * backlog to replay or dead-letter, so it is not the queue whose failure semantics the rule asks for (what it
 * loses is a failure mode, which the interviewer asks about).
 */
function isBroadcastChannel(ctx: RuleContext, m: ConceptMatch): boolean {
  const sentence = ctx.doc.sentences[m.sentence];
  return ctx.concepts.spansIn('fireAndForgetChannel', sentence.start, sentence.end).some((c) => c.start < m.end && m.start < c.end);
}

/**
 * The parts the document states where it discusses its queues: in the judged scope of every section that
 * names a queue, or of every section whose own text states at least two parts (a "Failure handling" section).
 */
function partsDiscussed(ctx: RuleContext): Set<string> {
  const sections = new Set<number>();
  for (const m of ctx.concepts.all('messageQueue')) {
    if (!inReadingList(ctx, m.start)) sections.add(sectionAt(ctx.doc, m.start).index);
  }
  // Counted in arrays by section index, not in a set per part: the rule re-runs on every keystroke.
  const partsBySection = new Uint8Array(ctx.doc.sections.length);
  const lastPartSeen = new Int32Array(ctx.doc.sections.length).fill(-1);
  for (let k = 0; k < PARTS.length; k++) {
    for (const m of ctx.concepts.all(PARTS[k].concept)) {
      const index = sectionAt(ctx.doc, m.start).index;
      if (lastPartSeen[index] === k) continue;
      lastPartSeen[index] = k;
      partsBySection[index]++;
    }
  }
  for (let index = 0; index < partsBySection.length; index++) if (partsBySection[index] >= 2) sections.add(index);
  const scopes = mergeScopes([...sections].map((index) => judgedScope(ctx.doc, ctx.doc.sections[index])));
  const present = new Set<string>();
  for (const p of PARTS) {
    if (ctx.concepts.all(p.concept).some((m) => inScopes(scopes, m.start) && !inReadingList(ctx, m.start))) present.add(p.concept);
  }
  return present;
}

/** Sorted, disjoint spans covering the given scopes. */
function mergeScopes(scopes: Scope[]): Scope[] {
  const sorted = scopes.slice().sort((a, b) => a.start - b.start);
  const out: Scope[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function inScopes(scopes: readonly Scope[], offset: number): boolean {
  let lo = 0;
  let hi = scopes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < scopes[mid].start) hi = mid - 1;
    else if (offset >= scopes[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether the sentence puts the queue to use in a design that the document proposes. */
function isProposing(ctx: RuleContext, m: ConceptMatch): boolean {
  const sentence = ctx.doc.sentences[m.sentence];
  if (cuesIn(ctx, 'queueHandoff', sentence.start, sentence.end).length === 0) return false;
  return ctx.isDesignProposal || ctx.isDesignSection(sectionAt(ctx.doc, m.start));
}

/** Whether the nearest determiner before the mention points back ("the queue", "our broker's queue"). */
function isDefiniteReference(ctx: RuleContext, m: ConceptMatch): boolean {
  const from = windowStart(ctx.doc, m, DETERMINER_WINDOW_WORDS);
  if (/\w's\b/.test(ctx.doc.evidence.slice(from, m.start))) return true;
  const definite = cuesIn(ctx, 'definiteDeterminer', from, m.start);
  const indefinite = cuesIn(ctx, 'indefiniteDeterminer', from, m.start);
  const lastDefinite = definite.length ? definite[definite.length - 1] : -1;
  if (lastDefinite < 0 || lastDefinite < (indefinite.length ? indefinite[indefinite.length - 1] : -1)) return false;
  // "publishes the gate event to RabbitMQ": a preposition between them means "the" belongs to another noun.
  return !PHRASE_BREAK.test(ctx.doc.evidence.slice(lastDefinite, m.start));
}

/** Words that end the noun phrase a determiner opens, so the determiner does not govern what follows them. */
const PHRASE_BREAK = /\b(?:to|into|onto|on|in|from|via|through|with|for|of|over|by|at|and|or)\b/i;

/** Offset `words` words before the mention, not before its sentence. */
function windowStart(doc: DesignDocument, m: ConceptMatch, words: number): number {
  const floor = doc.sentences[m.sentence].start;
  const ev = doc.evidence;
  let i = m.start;
  for (let n = 0; n < words && i > floor; n++) {
    while (i > floor && !/[\p{L}\p{N}']/u.test(ev[i - 1])) i--;
    while (i > floor && /[\p{L}\p{N}'’-]/u.test(ev[i - 1])) i--;
  }
  return i;
}
