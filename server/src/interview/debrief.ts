// The debrief: per answer the four structure parts found (with quotes) or missing; the mistakes, most costly
// first; the two fixes to practise first, with a why tied to the persona and to what happened in the session;
// an overall seniority signal with its reasons; the gaps never probed.
import type { Finding, StructurePart } from '../analysis/types';
import { STRUCTURE_PARTS } from '../analysis/types';
import { GAP_KINDS, gapKindInfo } from './gapCatalog';
import { priorityFactor } from './personas';
import type { PlannedGap } from './plannedGap';
import type { Debrief, InterviewConfig, Persona, Turn } from './types';

export interface GapOutcome {
  status: 'open' | 'strong' | 'weak' | 'skipped' | 'timed-out';
  answers: number;
  followUps: number;
  hints: number;
  stillMissing: string[];
}

export interface DebriefInput {
  config: InterviewConfig;
  persona: Persona;
  transcript: readonly Turn[];
  gaps: readonly PlannedGap[];
  /** Gap keys in the opening plan's order. */
  plan: readonly string[];
  outcomes: Readonly<Record<string, GapOutcome>>;
  /** Rules that fired on the candidate's answers, with their words, in the order they showed. */
  answerMistakes: ReadonlyArray<{ rule: string; quote: string }>;
  /** The document's findings and lint score (null for a practice question). */
  document: DocumentFacts | null;
}

export interface DocumentFacts {
  findings: readonly Finding[];
  score: number;
}

export function buildDebrief(input: DebriefInput): Debrief {
  const answers = answersOf(input.transcript);
  return {
    answers,
    mistakes: mistakesOf(input),
    fixesFirst: fixesFirst(input, answers),
    signal: signalOf(input, answers),
    unprobed: unprobedOf(input),
  };
}

function answersOf(transcript: readonly Turn[]): Debrief['answers'] {
  const out: Debrief['answers'] = [];
  let question = '';
  for (const turn of transcript) {
    if (turn.role === 'interviewer') {
      // A hint restates the question; the answer still answers the question.
      if (turn.kind !== 'hint') question = turn.text;
    } else if (turn.verdict) out.push({ question, answer: turn.text, verdict: turn.verdict });
  }
  return out;
}

/** How much a mistake costs: what a strong interviewer thinks of the gap, doubled when it showed again under questioning. */
function mistakesOf(input: DebriefInput): Debrief['mistakes'] {
  const tally = new Map<string, { document: number; answers: number; documentExample?: string; answerExample?: string }>();
  const entry = (rule: string) => {
    let e = tally.get(rule);
    if (!e) tally.set(rule, (e = { document: 0, answers: 0 }));
    return e;
  };
  for (const f of input.document?.findings ?? []) {
    const e = entry(f.rule);
    e.document++;
    e.documentExample ??= (f.data.trigger ?? '').replace(/\s+/g, ' ').trim();
  }
  for (const m of input.answerMistakes) {
    const e = entry(m.rule);
    e.answers++;
    e.answerExample ??= m.quote;
  }
  const cost = (rule: string, e: { document: number; answers: number }) => gapKindInfo(rule).weight * (e.document + 2 * e.answers);
  return [...tally.entries()]
    .sort(([a, ea], [b, eb]) => cost(b, eb) - cost(a, ea) || a.localeCompare(b))
    .map(([rule, e]) => ({ rule, count: e.document + e.answers, example: e.answerExample ?? e.documentExample ?? '' }));
}

interface FixCandidate {
  kind: string;
  score: number;
  /** What happened in the session, the strongest evidence first. */
  evidence: Array<{ score: number; text: string }>;
}

function fixesFirst(input: DebriefInput, answers: Debrief['answers']): Debrief['fixesFirst'] {
  const byTitle = new Map<string, FixCandidate>();
  const add = (kind: string, raw: number, text: string) => {
    if (kind === 'requirement-change' || raw <= 0) return;
    const score = raw * priorityFactor(input.persona, kind);
    const title = gapKindInfo(kind).title;
    const c = byTitle.get(title) ?? { kind, score: 0, evidence: [] };
    c.score += score;
    c.evidence.push({ score, text });
    byTitle.set(title, c);
  };
  const gaps = new Map(input.gaps.map((g) => [g.key, g]));
  for (const [key, outcome] of Object.entries(input.outcomes)) {
    const gap = gaps.get(key);
    if (!gap) continue;
    const w = gap.weight || gapKindInfo(gap.kind).weight;
    const about = aboutWords(gap);
    const still = outcome.stillMissing.length ? plain(outcome.stillMissing[0]) : 'the point';
    if (outcome.status === 'weak') add(gap.kind, 3 * w, `you were asked about ${about} and, after ${count(outcome.followUps, 'follow-up')}, still had not said ${still}`);
    else if (outcome.status === 'skipped') add(gap.kind, 2.5 * w, `you skipped the question about ${about}`);
    else if (outcome.status === 'timed-out' && outcome.answers > 0) add(gap.kind, 2 * w, `time ran out on ${about} before you said ${still}`);
    else if (outcome.status === 'strong' && outcome.followUps > 0) add(gap.kind, w, `${about} took ${count(outcome.followUps, 'follow-up')} to answer`);
    if (outcome.hints > 0) add(gap.kind, 0.5 * w * outcome.hints, `you needed ${count(outcome.hints, 'hint')} on ${about}`);
  }
  const repeated = new Map<string, { n: number; quote: string }>();
  for (const m of input.answerMistakes) {
    const r = repeated.get(m.rule) ?? { n: 0, quote: m.quote };
    r.n++;
    repeated.set(m.rule, r);
  }
  for (const [rule, r] of repeated) add(rule, 2 * gapKindInfo(rule).weight * r.n, `the same mistake showed in your answers (${r.quote ? `'${r.quote}'` : rule})`);
  for (const gap of unprobedGaps(input)) add(gap.kind, 0.5 * gap.weight, `it was never probed, yet your ${input.document ? 'document' : 'design'} shows it (${aboutWords(gap)})`);
  if (answers.length >= 2) {
    for (const part of STRUCTURE_PARTS) {
      const stated = answers.filter((a) => a.verdict.structure[part].present).length;
      if (stated * 2 >= answers.length) continue;
      const kind = `structure:${part}`;
      add(kind, 1.5 * gapKindInfo(kind).weight * (1 - stated / answers.length), `you named ${PART_WORDS[part]} in ${stated} of ${answers.length} answers`);
    }
  }
  const fixes = [...byTitle.entries()]
    .sort(([ta, a], [tb, b]) => b.score - a.score || ta.localeCompare(tb))
    .slice(0, 2)
    .map(([title, c], i) => ({ gap: c.kind, title, why: whyText(input.persona, c, i === 0) }));
  return [...fixes, ...whatThisPersonaProbesFirst(input.persona, fixes)].slice(0, 2);
}

/** When the session showed fewer than two things to fix: what this interviewer probes first anyway. */
function whatThisPersonaProbesFirst(persona: Persona, chosen: Debrief['fixesFirst']): Debrief['fixesFirst'] {
  const titles = new Set(chosen.map((f) => f.title));
  const kinds = persona.priorities.length ? persona.priorities : Object.keys(GAP_KINDS).filter((k) => k !== 'requirement-change');
  const out: Debrief['fixesFirst'] = [];
  for (const kind of kinds) {
    const title = gapKindInfo(kind).title;
    if (titles.has(title)) continue;
    titles.add(title);
    const who = persona.id === 'neutral' ? 'a strong interviewer probes this first on any design' : `${article(persona.label)} ${persona.label} probes this first (${lowerFirst(persona.focus.replace(/\.$/, ''))})`;
    out.push({ gap: kind, title, why: `Nothing else stood out in this session; ${who}.` });
  }
  return out;
}

function article(label: string): string {
  return /^[AEIOU]/.test(label) ? 'an' : 'a';
}

const PART_WORDS: Record<StructurePart, string> = {
  constraint: 'a constraint',
  failureMode: 'a failure mode',
  mitigation: 'a primary mitigation',
  newCost: 'a new cost',
};

/** `withFocus`: the persona's focus is said once, with the first fix, not repeated under the second. */
function whyText(persona: Persona, c: FixCandidate, withFocus: boolean): string {
  const evidence = c.evidence.slice().sort((a, b) => b.score - a.score)[0].text;
  return `In this session ${evidence}. ${personaReason(persona, c.kind, withFocus)}`;
}

function personaReason(persona: Persona, kind: string, withFocus: boolean): string {
  if (persona.id === 'neutral') {
    // The second fix says why in other words than the first, which may be of the same weight.
    const askedEarly = gapKindInfo(kind).weight >= 8;
    if (withFocus) return askedEarly ? 'A strong interviewer probes this before anything else.' : 'A strong interviewer gets to this once the bigger gaps are closed, and it decides senior from mid.';
    return askedEarly ? 'It is among the first things a strong interviewer asks.' : 'It is the kind of follow-up that tells a senior answer from a mid one.';
  }
  const who = `${article(persona.label)} ${persona.label}`;
  const rank = persona.priorities.findIndex((p) => kind === p || kind.startsWith(p));
  const focus = withFocus ? ` ${persona.focus}` : '';
  if (rank >= 0 && rank <= 1) return `It is what ${who} probes first.${focus}`;
  if (rank >= 0) return `${capitalise(who)} probes it early.${focus}`;
  return `It is not ${who}'s main focus (${lowerFirst(persona.focus.replace(/\.$/, ''))}), but it cost you here.`;
}

/** Overall signal: answers judged under questioning weigh most; the document and the structure of the answers add to it. */
function signalOf(input: DebriefInput, answers: Debrief['answers']): Debrief['signal'] {
  const probed = Object.entries(input.outcomes).filter(([, o]) => o.status !== 'open');
  const credit = probed.map(([, o]) => outcomeCredit(o));
  const answerRate = credit.length ? credit.reduce((a, b) => a + b, 0) / credit.length : 0;
  const structureRate = answers.length ? answers.reduce((n, a) => n + STRUCTURE_PARTS.filter((p) => a.verdict.structure[p].present).length / 4, 0) / answers.length : 0;
  const penalty = Math.min(20, 4 * input.answerMistakes.length);
  const documentScore = input.document ? input.document.score : null;
  const raw = documentScore !== null ? 0.25 * documentScore + 50 * answerRate + 25 * structureRate : 10 + 60 * answerRate + 30 * structureRate;
  const score = Math.max(0, Math.min(100, Math.round(raw - penalty)));
  const label: Debrief['signal']['label'] = score >= 80 ? 'staff' : score >= 60 ? 'senior' : 'mid';

  const reasons: string[] = [];
  const status = (s: GapOutcome['status']) => probed.filter(([, o]) => o.status === s);
  const strongAtOnce = status('strong').filter(([, o]) => o.followUps === 0).length;
  const strongLater = status('strong').length - strongAtOnce;
  if (probed.length === 0) reasons.push('No question was answered, so the signal rests on the material alone.');
  else {
    const parts = [`${strongAtOnce} of ${probed.length} ${probed.length === 1 ? 'probe' : 'probes'} answered strongly at once`];
    if (strongLater) parts.push(`${strongLater} after follow-ups`);
    if (status('weak').length) parts.push(`${status('weak').length} still weak after ${count(input.persona.pressure, 'follow-up')}`);
    if (status('skipped').length) parts.push(`${status('skipped').length} skipped`);
    if (status('timed-out').length) parts.push(`${status('timed-out').length} cut short by the clock`);
    reasons.push(`${parts.join(', ')}.`);
  }
  if (answers.length) {
    const stated = STRUCTURE_PARTS.map((p) => `${PART_WORDS[p].replace(/^an? /, '')} in ${answers.filter((a) => a.verdict.structure[p].present).length}`);
    reasons.push(`Across your ${count(answers.length, 'answer')}: ${stated.join(', ')}.`);
  }
  if (input.answerMistakes.length) {
    const rules = [...new Set(input.answerMistakes.map((m) => m.rule))];
    reasons.push(`Mistakes that showed in your answers: ${rules.join(', ')}.`);
  }
  if (input.document) reasons.push(`The document itself scores ${input.document.score}/100 with ${count(input.document.findings.length, 'finding')}.`);
  const hints = Object.values(input.outcomes).reduce((n, o) => n + o.hints, 0);
  if (hints) reasons.push(`You asked for ${count(hints, 'hint')}.`);
  if (label !== input.config.level) reasons.push(`You chose the ${input.config.level} bar; this session reads as ${label}.`);
  return { score, label, reasons };
}

/** Credit per probed gap: strong at once 1, strong after follow-ups less, weak or skipped little or nothing. */
function outcomeCredit(o: GapOutcome): number {
  switch (o.status) {
    case 'strong':
      return o.followUps === 0 ? 1 : o.followUps === 1 ? 0.75 : 0.55;
    case 'weak':
      return 0.15;
    case 'timed-out':
      return o.answers > 0 ? 0.3 : 0;
    default:
      return 0;
  }
}

/** Planned gaps never asked, in plan order (then gaps found later). */
function unprobedGaps(input: DebriefInput): PlannedGap[] {
  const byKey = new Map(input.gaps.map((g) => [g.key, g]));
  const keys = [...input.plan, ...input.gaps.map((g) => g.key).filter((k) => !input.plan.includes(k))];
  return keys.filter((k) => k !== 'requirement-change' && !(k in input.outcomes)).map((k) => byKey.get(k)).filter((g): g is PlannedGap => g !== undefined);
}

function unprobedOf(input: DebriefInput): string[] {
  return [...new Set(unprobedGaps(input).map((g) => g.id))];
}

/** How the debrief refers to a gap: the candidate's words when there are some. */
function aboutWords(gap: PlannedGap): string {
  return gap.quote ? `'${gap.quote}'` : gapKindInfo(gap.kind).topic;
}

function plain(missing: string): string {
  return missing.replace(/\s*\(.*\)$/, '');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
