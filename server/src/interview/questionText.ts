// What the built-in interviewer says: per gap kind and persona style, ONE pointed question that quotes the
// candidate's words and never names the answer; sharper follow-ups that name what is still missing; hints at
// the persona's level. Deterministic: the same gap and persona give the same words.
import type { PlannedGap } from './plannedGap';
import type { Persona, PersonaId } from './types';
import { gapKindInfo } from './gapCatalog';

export type QuestionStyle = 'neutral' | 'clarity' | 'operations' | 'failureSemantics' | 'iteration';

export const QUESTION_STYLE: Readonly<Record<PersonaId, QuestionStyle>> = {
  neutral: 'neutral',
  google: 'clarity',
  meta: 'clarity',
  amazon: 'operations',
  stripe: 'failureSemantics',
  bytedance: 'iteration',
};

/** What a template fills in: the component ("Cassandra", "the gateway"), as is and capitalised, and how it fails when the text says. */
interface Slots {
  c: string;
  C: string;
  failure?: string;
  /** The verb agreeing with the component: "the read replicas are", "Redis is". */
  v: Verbs;
}

interface Verbs {
  is: string;
  goes: string;
  gets: string;
  fails: string;
  degrades: string;
}

const SINGULAR: Verbs = { is: 'is', goes: 'goes', gets: 'gets', fails: 'fails', degrades: 'degrades' };
const PLURAL: Verbs = { is: 'are', goes: 'go', gets: 'get', fails: 'fail', degrades: 'degrade' };

/** "the read replicas", "the availability zones" take a plural verb; a product ("Redis") or "the cache" do not. */
function isPlural(component: string): boolean {
  return /^the\s/i.test(component) && /[^siu]s$/i.test(component.trim()) && !/\bstatus$/i.test(component);
}

type Template = (s: Slots) => string;
type StyledTemplates = Record<QuestionStyle, Template>;

const TEMPLATES: Readonly<Record<string, StyledTemplates>> = {
  'eventual-consistency-unqualified': {
    neutral: () => 'A user writes something and reloads the page: what do they see, and for how long?',
    clarity: () => 'Walk me through the exact sequence: a user writes, then reads from another replica a second later. What do they see?',
    operations: () => 'Replicas start lagging: which number tells you, and what do users see while it lasts?',
    failureSemantics: () => 'A client writes, times out, retries and reads back from another replica: what exactly does the caller see?',
    iteration: () => 'What ships in week one: do users ever notice the stale reads, and what would tell you it is hurting them?',
  },
  'queue-without-failure-semantics': {
    neutral: ({ c }) => `The consumers of ${c} fall behind by an hour: what happens to the backlog, and how would you know?`,
    clarity: ({ c }) => `Walk me through one message on ${c} that a consumer cannot process: what happens to it, and to the messages behind it?`,
    operations: ({ c }) => `Consumer lag on ${c} keeps growing: what alarm fires, who gets paged, and what degrades for users?`,
    failureSemantics: ({ c }) => `A consumer crashes after applying a message from ${c} but before acknowledging it: what happens when it is delivered again?`,
    iteration: ({ c }) => `What ships in week one without ${c}, and what number tells you it is time to add it?`,
  },
  'shard-before-hotspot': {
    neutral: () => 'What exactly is overloaded before you shard, and which number shows it?',
    clarity: () => 'Walk me through the hottest key: what happens to its shard when one key takes 10% of all traffic?',
    operations: () => 'Which metric shows that one node cannot keep up, and at what value does that alarm fire?',
    failureSemantics: () => 'Before you shard: which table or key is overloaded, and what do callers see when it is?',
    iteration: () => 'What ships in week one on a single node, and what number tells you it is time to shard?',
  },
  'availability-without-resilience': {
    neutral: () => 'One availability zone goes down: what still works for users while you fail over?',
    clarity: () => 'Walk me through the exact sequence when the primary\'s zone goes dark: what happens to the writes in flight?',
    operations: () => 'A zone goes down at 3 a.m.: what alarm fires, who gets paged, and what degrades for users?',
    failureSemantics: () => 'A write is in flight when the failover starts: does the caller see an error, a timeout or a success?',
    iteration: () => 'Do you need this redundancy in week one, and what outage or number would tell you to add it?',
  },
  'missing-failure-mode': {
    neutral: ({ C, failure, v }) => `${C} ${failure ?? `${v.goes} down or ${v.gets} slow`}: what breaks, and what do users see?`,
    clarity: ({ c, failure, v }) => (failure ? `Walk me through the exact sequence when ${c} ${failure}: what does the user see, and for how long?` : `Walk me through the exact sequence when ${c} ${v.is} slow: what times out first, and what does the user see?`),
    operations: ({ C, failure, v }) => `${C} ${failure ?? `${v.is} down`}: what alarm fires, who gets paged, and what degrades?`,
    failureSemantics: ({ c, failure }) => (failure ? `${capitalise(c)} ${failure}: what does the caller see, and what puts it right?` : `A call to ${c} times out and the client retries: what does the caller see, and can the operation happen twice?`),
    iteration: ({ c, failure, v }) => `When ${c} ${failure ?? v.fails} in week one, what do users see, and what would make you harden it?`,
  },
  'structure:failureMode': {
    neutral: ({ c, v }) => `What breaks first here when ${c} ${v.is} down, slow or full, and what do users see?`,
    clarity: ({ c, v }) => `Walk me through the exact sequence when ${c} ${v.is} slow: what times out first, and what does the user see?`,
    operations: ({ C, v }) => `${C} ${v.degrades}: what alarm fires, who gets paged, and what degrades for users?`,
    failureSemantics: ({ c }) => `A request to ${c} times out: what does the caller see, and is it safe to retry?`,
    iteration: ({ c, v }) => `In week one, when ${c} ${v.fails}, what do users see?`,
  },
  'mitigation-without-cost': {
    neutral: ({ c }) => `What does ${c} make worse?`,
    clarity: ({ c }) => `What edge case does ${c} introduce that was not there before?`,
    operations: ({ c }) => `What new thing can page you because of ${c}?`,
    failureSemantics: ({ c }) => `With ${c} in place, what can a caller now see that they could not before?`,
    iteration: ({ c }) => `What does carrying ${c} cost you every week after it ships?`,
  },
  'structure:newCost': {
    neutral: () => 'What does this choice cost you: what gets worse?',
    clarity: () => 'What is the trade-off here: what gets worse because of this choice?',
    operations: () => 'What new operational burden does this add, and who owns it?',
    failureSemantics: () => 'What does this choice make worse for the callers of your API?',
    iteration: () => 'What does this choice slow down for the team later?',
  },
  'missing-operational-metrics': {
    neutral: () => 'Which numbers would you watch in production, and at what value would you alert?',
    clarity: () => 'How would you know the system is slow for 1% of users before they tell you?',
    operations: () => 'It is launch day: which dashboard do you open first, and which alarm fires at what threshold?',
    failureSemantics: () => 'How would you know callers are getting errors or timeouts before they open a ticket?',
    iteration: () => 'After week one ships, which number tells you whether to keep iterating or to scale?',
  },
  'structure:constraint': {
    neutral: () => 'Which constraint drives this part of the design: what number or limit?',
    clarity: () => 'Which requirement would make this part of the design wrong if it changed?',
    operations: () => 'Which number does this have to hold at peak, and how do you know it does?',
    failureSemantics: () => 'What does the caller need from this part: which latency or correctness guarantee?',
    iteration: () => 'What load does this have to handle in week one, and at what load does it stop working?',
  },
  'unprioritized-improvements': {
    neutral: () => 'You have time for one of these this quarter: which one, and what bottleneck does it relieve?',
    clarity: () => 'If only one of these ships, which is it, and what breaks if you skip the rest?',
    operations: () => 'Which of these removes the most pages, and how would you measure that?',
    failureSemantics: () => 'Which of these changes what a caller sees when something fails, and why is it first?',
    iteration: () => 'Which one ships this week, and what would tell you the next one is needed?',
  },
  'missing-rollout-path': {
    neutral: () => 'What is the simplest version that ships first, and what number tells you to add the rest?',
    clarity: () => 'Walk me through the design on day one, before any of that: what is the first thing to break?',
    operations: () => 'Which metric crossing which threshold makes you add it?',
    failureSemantics: () => 'You add it with live traffic: what do callers see if the migration fails halfway?',
    iteration: () => 'What ships in week one, and what tells you to add it?',
  },
  'unjustified-components': {
    neutral: () => 'Take them one at a time: which constraint forces each of these, with a number?',
    clarity: () => 'Which of these could you remove without breaking a requirement?',
    operations: () => 'Each of these is a system someone gets paged for: which constraint justifies each one?',
    failureSemantics: () => 'Which requirement forces each of these, rather than what you already run?',
    iteration: () => 'Which of these ship in week one, and what tells you to add the rest?',
  },
  'structure:mitigation': {
    neutral: () => 'When this part hits its limit, what is your primary fix, and why that one first?',
    clarity: () => 'When this part hits its limit, what is the one change you would make first?',
    operations: () => 'When this part degrades, what is the first step in the runbook?',
    failureSemantics: () => 'When this part fails, what do you do so the caller gets a clear answer rather than a hang?',
    iteration: () => 'When this stops scaling, what is the first thing you change, and what tells you it is time?',
  },
};

/** The mitigation question on a failure the candidate named and left ("the car may not receive the unlock command"). */
const NAMED_FAILURE_TEMPLATES: StyledTemplates = {
  neutral: () => 'When that happens, what does the user see, and what is your primary fix?',
  clarity: () => 'Walk me through that case: what does the user see, and what does the system do next?',
  operations: () => 'When that happens, how do you find out, and what is the first step in the runbook?',
  failureSemantics: () => 'When that happens, what does the caller see, and what do you do so it gets a clear answer?',
  iteration: () => 'When that happens in week one, what do users see, and what is the first fix you ship?',
};

/** "What breaks here?" of a section whose part at risk is a job run on a schedule: it does not go "down or full", it dies halfway or runs late. */
const SCHEDULED_JOB_TEMPLATES: StyledTemplates = {
  neutral: ({ c }) => `What breaks first here when ${c} fails halfway through or runs late, and what do users see?`,
  clarity: ({ c }) => `Walk me through the exact sequence when ${c} dies halfway through: what state is left, and what does the user see?`,
  operations: ({ C }) => `${C} does not finish: what alarm fires, who gets paged, and what degrades for users?`,
  failureSemantics: ({ c }) => `${capitalise(c)} dies halfway through and is run again: is anything done twice, and what does the caller see?`,
  iteration: ({ c }) => `In week one, when ${c} fails halfway through, what do users see?`,
};

/** "the scheduled job", "the nightly batch", "the cron job": a component that runs on a schedule rather than serving requests. */
function isScheduledJob(component: string | undefined): boolean {
  return component !== undefined && /\b(?:cron|jobs?|batch(?:es)?)$/i.test(component.trim());
}

/** A kind the templates do not know (a bank pressure point aimed elsewhere). */
const GENERIC_TEMPLATES: StyledTemplates = {
  neutral: () => 'What breaks first here, and what do users see?',
  clarity: () => 'Walk me through the exact sequence when this fails: what does the user see?',
  operations: () => 'When this fails, what alarm fires, who gets paged, and what degrades?',
  failureSemantics: () => 'When this fails, what exactly does the caller see?',
  iteration: () => 'What ships in week one here, and what tells you to harden it?',
};

/** What a question calls the component when the text names none. */
function unnamedComponent(kind: string): string {
  if (kind === 'mitigation-without-cost') return 'that';
  return kind.startsWith('structure:') ? 'this part' : 'it';
}

function slots(gap: PlannedGap): Slots {
  const c = gap.component ?? unnamedComponent(gap.kind);
  return { c, C: capitalise(c), v: isPlural(c) ? PLURAL : SINGULAR, ...(gap.failure ? { failure: gap.failure } : {}) };
}

/** How the question brings in the candidate's words. */
function quoteLead(gap: Pick<PlannedGap, 'context' | 'quoteKind' | 'kind'>): string {
  if (!gap.context) return '';
  switch (gap.quoteKind) {
    case 'sentence':
      return `You wrote '${gap.context}'.`;
    case 'heading':
      return `Look at your section '${gap.context}'.`;
    case 'mention':
      if (gap.kind === 'missing-rollout-path') return `You add '${gap.context}'.`;
      return gap.kind === 'missing-operational-metrics' ? `You talk about '${gap.context}'.` : `You mention '${gap.context}'.`;
    case 'none':
      return '';
  }
}

/** The pointed question alone, without the quote. */
function bareQuestion(gap: PlannedGap, persona: Persona): string {
  if (gap.fixedQuestion) return gap.fixedQuestion;
  return templatesFor(gap)[QUESTION_STYLE[persona.id]](slots(gap));
}

/** The templates a gap is asked with: a named failure, a scheduled job or a section with no component to name have their own. */
function templatesFor(gap: PlannedGap): StyledTemplates {
  if (gap.namedFailure) return NAMED_FAILURE_TEMPLATES;
  if (gap.kind === 'structure:failureMode') {
    if (isScheduledJob(gap.component)) return SCHEDULED_JOB_TEMPLATES;
    // "when this part is down, slow or full" says nothing the section's title does not.
    if (gap.component === undefined) return GENERIC_TEMPLATES;
  }
  return TEMPLATES[gap.kind] ?? GENERIC_TEMPLATES;
}

/** The probe as the interviewer asks it: the candidate's words, then one question. */
export function probeQuestion(gap: PlannedGap, persona: Persona): string {
  return join(quoteLead(gap), bareQuestion(gap, persona));
}

/** The pointed question for a part a gap still misses (the catalog's own, or a plain ask). */
function missingQuestion(kind: string, missing: string): string {
  const part = gapKindInfo(kind).parts.find((p) => p.matches.test(missing));
  return part ? part.followUp : `You have not said ${plainName(missing)} yet: what is it?`;
}

/** How a follow-up opens, by persona style and how many times the gap was already pushed on. */
const FOLLOW_UP_OPENERS: Readonly<Record<QuestionStyle, readonly [string, string, string]>> = {
  neutral: ['Not yet.', 'Still not there.', 'One more time, concretely.'],
  clarity: ['Be precise.', 'Walk me through it step by step.', 'Exactly, please.'],
  operations: ['Dive deeper.', 'I need the mechanism, not the intent.', 'Concretely: a number and an owner.'],
  failureSemantics: ['Be precise.', 'From the caller\'s side, exactly.', 'The exact behaviour, please.'],
  iteration: ['Keep it short.', 'Concretely.', 'One sentence.'],
};

/** A sharper follow-up on the same gap: the persona's push, then the question on the first part still missing. */
export function followUpQuestion(persona: Persona, kind: string, stillMissing: readonly string[], sharpness: number): { opener: string; question: string } {
  const opener = FOLLOW_UP_OPENERS[QUESTION_STYLE[persona.id]][Math.min(sharpness, 2)];
  const question = stillMissing.length ? missingQuestion(kind, stillMissing[0]) : 'What breaks first, and what do users see?';
  return { opener, question };
}

export const INTERRUPTION = "Let me stop you: what's the constraint here, and what breaks first?";

export function hintText(gap: PlannedGap | null, persona: Persona, stillMissing: readonly string[], currentQuestion: string): string {
  if (!gap || persona.hints === 'none') return `Let me restate the question. ${currentQuestion}`;
  const info = gapKindInfo(gap.kind);
  if (persona.hints === 'nudge') return `Think about ${info.dimension}. ${currentQuestion}`;
  const names = (stillMissing.length ? stillMissing : gap.missing).map((m) => plainName(info.parts.find((p) => p.matches.test(m))?.name ?? m)).slice(0, 2);
  if (names.length < 2) return `Think about ${info.dimension}; I am listening for ${names[0] ?? 'what breaks first'}. ${currentQuestion}`;
  return `I am listening for two things: ${names[0]}, and ${names[1]}. ${currentQuestion}`;
}

/** A missing part's name without its parenthesised examples: a hint names the part, not the answer. */
function plainName(missing: string): string {
  return missing.replace(/\s*\(.*\)$/, '');
}

/** Why the interviewer moves to the next question. */
export type Transition = 'strong' | 'movedOn' | 'skipped' | 'timeUp' | 'lastQuestion' | 'sketchRead';

/** The next question, with what moved the interview on. */
export function nextQuestionText(transition: Transition, question: string): string {
  switch (transition) {
    case 'strong':
      return `Good. Next: ${question}`;
    case 'movedOn':
      return `Let's move on; I'll note that one for the debrief. Next: ${question}`;
    case 'skipped':
      return `OK, skipping that. Next: ${question}`;
    case 'timeUp':
      return `We're at time on this; moving on: ${question}`;
    case 'lastQuestion':
      return `We're close to time; last question: ${question}`;
    case 'sketchRead':
      return `Thanks. Let's dig in. ${question}`;
  }
}

const CHANGE_LEADS: Readonly<Record<Transition, string>> = {
  strong: 'Good.',
  movedOn: "Let's move on.",
  skipped: 'OK, skipping that.',
  timeUp: "We're at time on this.",
  lastQuestion: "We're close to time.",
  sketchRead: 'Thanks.',
};

export function requirementChangeTurnText(transition: Transition, change: string): string {
  return `${CHANGE_LEADS[transition]} Now a change of requirements: ${change}`;
}

export const WRAP_UP = {
  noMoreGaps: "That's everything I wanted to probe. End the session when you are ready for the debrief.",
  timeOver: "We're out of time, so let's stop here. End the session for your debrief.",
};

export function join(...parts: string[]): string {
  return parts.filter((p) => p.length > 0).join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
