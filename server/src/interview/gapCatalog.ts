// What the interviewer knows about each kind of gap (a rule id, a structure part, the requirement change): how
// much a strong interviewer cares, the fix to practise, the dimension a hint names, and the evidence in an
// answer that closes each missing part (vocabulary concept ids, or a structure part the analysis reports).
import type { StructurePart } from '../analysis/types';

/** One thing a gap can be missing, and what in an answer supplies it. */
export interface GapPart {
  /** Plain words, as the rule names it in `missing`. */
  name: string;
  /** Which of a finding's `missing` names this part covers. */
  matches: RegExp;
  /** Concepts (any of them, affirmed) that state the part... */
  concepts?: readonly string[];
  /** ...or the structure part the analysis finds in the answer... */
  structure?: StructurePart;
  /** ...or, where the vocabulary has no concept for it, these words in the answer. */
  words?: RegExp;
  /** The pointed question a follow-up asks when the part is still missing. */
  followUp: string;
}

export interface GapKindInfo {
  /** How the debrief names the gap when there are no candidate words to quote. */
  topic: string;
  /** Base weight before persona weighting: what a strong interviewer probes first (higher first). */
  weight: number;
  /** The fix to practise, as a debrief title. */
  title: string;
  /** The dimension a nudge names, without the answer. */
  dimension: string;
  parts: readonly GapPart[];
  /** Parts a document answer must supply for the gap to close (the rule's own threshold). */
  needed: number;
  /** Parts a practice answer must supply: a pressure-point question asks about one aspect of the gap. */
  neededInPractice: number;
}

const STRUCTURE_NAMES: Record<StructurePart, string> = {
  constraint: 'the constraint (a requirement, limit or load figure)',
  failureMode: 'the failure mode (what breaks, and what users see)',
  mitigation: 'a primary mitigation',
  newCost: 'the new cost (what gets worse)',
};

const STRUCTURE_FOLLOW_UPS: Record<StructurePart, string> = {
  constraint: 'What is the constraint here, with a number?',
  failureMode: 'What breaks, and what does the user see then?',
  mitigation: 'What is the one fix you would make first?',
  newCost: 'What does it make worse?',
};

function structurePart(part: StructurePart, matches: RegExp, followUp = STRUCTURE_FOLLOW_UPS[part], name = STRUCTURE_NAMES[part]): GapPart {
  return { name, matches, structure: part, followUp };
}

const FAILURE_MODE = structurePart('failureMode', /failure mode/i);
const NEW_COST = structurePart('newCost', /new cost/i);

export const GAP_KINDS: Readonly<Record<string, GapKindInfo>> = {
  'missing-failure-mode': {
    topic: "what breaks when a component fails",
    weight: 10,
    title: 'Say what breaks right after each component you add',
    dimension: 'the dependency being slow or full, not only down',
    parts: [FAILURE_MODE],
    needed: 1,
    neededInPractice: 1,
  },
  'queue-without-failure-semantics': {
    topic: "the queue's failure semantics",
    weight: 9.5,
    title: 'Give every queue its failure semantics: backlog, replay, duplicates, poison messages, the alarm',
    dimension: 'the unhappy path of one message',
    parts: [
      { name: 'backlog (depth, lag, backpressure)', matches: /backlog/i, concepts: ['queueBacklog'], followUp: 'What happens when the consumers fall behind?' },
      { name: 'replay (retention, reprocessing)', matches: /replay/i, concepts: ['queueReplay'], followUp: 'A bad deploy corrupted an hour of processing: how do you reprocess those messages?' },
      { name: 'idempotency (dedupe keys, delivery semantics)', matches: /idempoten/i, concepts: ['queueIdempotency'], followUp: 'What happens when the same message is delivered twice?' },
      { name: 'poison messages (dead-letter queue, max retries)', matches: /poison/i, concepts: ['queuePoisonMessage'], followUp: 'Where does a message that always fails go?' },
      { name: 'observability (lag or depth metric, alert)', matches: /observab/i, concepts: ['queueObservability'], followUp: 'Which number tells you the queue is in trouble?' },
    ],
    needed: 4,
    neededInPractice: 1,
  },
  'eventual-consistency-unqualified': {
    topic: "eventual consistency",
    weight: 9,
    title: 'Qualify eventual consistency: what users see, for how long, and what stays strongly consistent',
    dimension: "the user's screen right after a write",
    parts: [
      { name: 'what users see while data is stale', matches: /users see/i, concepts: ['staleUserView'], followUp: 'What exactly does the user see on screen while the data is stale?' },
      { name: 'how long it lasts (a bound)', matches: /how long/i, concepts: ['stalenessBound'], followUp: 'How long does it last at worst? Give me a number.' },
      { name: 'which operation still needs a stronger guarantee', matches: /stronger guarantee/i, concepts: ['strongerGuarantee', 'strongConsistencyModel'], followUp: 'Which operation cannot tolerate stale data, and how do you serve that one?' },
    ],
    needed: 3,
    neededInPractice: 2,
  },
  'shard-before-hotspot': {
    topic: "the hotspot behind sharding",
    weight: 8.5,
    title: 'Name the hotspot, with the number that shows it, before you shard',
    dimension: 'where the load actually concentrates',
    parts: [{ name: 'a named hotspot (what is overloaded and how we know)', matches: /hotspot/i, concepts: ['hotspot'], followUp: 'Which key or table is hot, and what number shows it?' }],
    needed: 1,
    neededInPractice: 1,
  },
  'availability-without-resilience': {
    topic: "what happens during a failover",
    weight: 8,
    title: 'Turn redundancy into a plan: what degrades, what you fall back to, how you recover',
    dimension: 'the minutes during the failover, not after it',
    parts: [
      { name: 'a degradation path', matches: /degradation/i, concepts: ['degradationPath'], followUp: 'What still works for users while it fails over?' },
      { name: 'a fallback behaviour', matches: /fallback/i, concepts: ['fallbackBehaviour'], followUp: 'What does the system fall back to while it is down?' },
      { name: 'a recovery strategy (RTO/RPO, restore, runbook, reconciliation)', matches: /recovery/i, concepts: ['recoveryStrategy'], followUp: 'How do you recover, and how much data can you lose?' },
    ],
    needed: 1,
    neededInPractice: 1,
  },
  'structure:failureMode': {
    topic: "what breaks first",
    weight: 7,
    title: 'Say what breaks right after each component you add',
    dimension: 'the dependency being slow or full, not only down',
    parts: [FAILURE_MODE],
    needed: 1,
    neededInPractice: 1,
  },
  'mitigation-without-cost': {
    topic: "the cost of a mitigation",
    weight: 6.5,
    title: 'Name the new cost of every mitigation',
    dimension: 'what gets worse, not what gets better',
    parts: [NEW_COST],
    needed: 1,
    neededInPractice: 1,
  },
  'missing-operational-metrics': {
    topic: "the metrics you would watch",
    weight: 7,
    title: 'Name the numbers you watch and alert on',
    dimension: 'what a dashboard shows before users notice',
    parts: [
      {
        name: 'an operational metric (p99 latency, queue depth or consumer lag, saturation, error rate, a QPS figure)',
        matches: /operational metric/i,
        concepts: ['latencyPercentile', 'latencyTarget', 'queueDepthMetric', 'lagMetric', 'saturationMetric', 'errorRateMetric', 'errorBudget', 'serviceLevelTarget', 'throughputFigure', 'hitRateMetric'],
        followUp: 'Which number do you alert on, and at what threshold?',
      },
    ],
    needed: 1,
    neededInPractice: 1,
  },
  'structure:constraint': {
    topic: "the constraint",
    weight: 4.5,
    title: 'Lead with the constraint, with a number',
    dimension: 'the number this design has to hold',
    parts: [structurePart('constraint', /constraint/i)],
    needed: 1,
    neededInPractice: 1,
  },
  'structure:newCost': {
    topic: "the new cost",
    weight: 5,
    title: 'Name the new cost of every mitigation',
    dimension: 'what gets worse, not what gets better',
    parts: [NEW_COST],
    needed: 1,
    neededInPractice: 1,
  },
  'unprioritized-improvements': {
    topic: "which improvement comes first",
    weight: 5,
    title: 'Rank your improvements: the first one, and the bottleneck it relieves',
    dimension: 'which bottleneck hurts first',
    parts: [{ name: 'which one comes first and why (the bottleneck it relieves)', matches: /comes first/i, concepts: ['priorityOrder', 'priorityReason'], followUp: 'Which one comes first, and which bottleneck does it relieve?' }],
    needed: 1,
    neededInPractice: 1,
  },
  'missing-rollout-path': {
    topic: "the rollout path",
    weight: 4.5,
    title: 'Give a rollout path: the day-one baseline and the trigger for each added piece',
    dimension: 'day one versus day three hundred',
    parts: [
      { name: 'a baseline (the simplest version that ships on day one)', matches: /baseline/i, concepts: ['rolloutBaseline'], followUp: 'What is the simplest version that ships on day one?' },
      { name: 'a trigger for added complexity (when X exceeds Y, add Z)', matches: /trigger/i, concepts: ['scalingTrigger'], followUp: 'What number tells you to add the next piece?' },
    ],
    needed: 2,
    neededInPractice: 1,
  },
  'unjustified-components': {
    topic: "why each technology",
    weight: 4,
    title: 'Tie each technology to the constraint that forces it',
    dimension: 'the requirement each piece answers',
    parts: [{ name: 'the constraint each technology answers', matches: /^why |constraint/i, concepts: ['componentReason', 'constraint'], followUp: 'Pick the first one: which constraint forces it, with a number?' }],
    needed: 1,
    neededInPractice: 1,
  },
  'structure:mitigation': {
    topic: "your primary mitigation",
    weight: 4,
    title: 'Commit to one primary mitigation, and say why it comes first',
    dimension: 'the one change you would make first',
    parts: [structurePart('mitigation', /mitigation/i)],
    needed: 1,
    neededInPractice: 1,
  },
  'requirement-change': {
    topic: "the requirement change",
    weight: 0,
    title: 'Re-plan under a changed requirement: what breaks first, and what you change first',
    dimension: 'which resource saturates first',
    parts: [
      {
        ...structurePart('failureMode', /breaks first/i, 'What breaks first? Name the component and the number.', 'what breaks first'),
        concepts: ['saturationMetric', 'hotspot'],
        words: /\b(?:breaks?|saturat\w*|falls? over|runs? out of|overload\w*|bottleneck\w*|hits? (?:its|the) limit)\b/i,
      },
      {
        ...structurePart('mitigation', /change first/i, 'What do you change first, and why that?', 'what you change first'),
        concepts: ['mitigationLanguage', 'mitigationMeasure', 'decisionLanguage', 'proposalLanguage', 'scaleOutDecision'],
      },
    ],
    needed: 2,
    neededInPractice: 2,
  },
};

/** A kind the catalog does not know (a bank pressure point aimed elsewhere): judged on the four structure parts. */
const UNKNOWN_KIND: GapKindInfo = {
  topic: 'what breaks first',
  weight: 5,
  title: 'State the constraint, the failure mode, one mitigation and its cost',
  dimension: 'what breaks first, and why',
  parts: [FAILURE_MODE, structurePart('mitigation', /mitigation/i)],
  needed: 1,
  neededInPractice: 1,
};

export function gapKindInfo(kind: string): GapKindInfo {
  return GAP_KINDS[kind] ?? UNKNOWN_KIND;
}

/** The catalog's parts a finding's `missing` names refer to (all of them when the names are not recognised). */
export function partsFor(kind: string, missing: readonly string[]): GapPart[] {
  const info = gapKindInfo(kind);
  const named = info.parts.filter((p) => missing.some((m) => p.matches.test(m)));
  return named.length ? named : [...info.parts];
}
