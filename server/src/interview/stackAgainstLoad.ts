// A stack far beyond the load the candidate states ("~9,000 checkouts a day" on Kafka, Cassandra, MongoDB,
// Elasticsearch and Kubernetes): the first thing a strong interviewer asks is which constraint forces each piece,
// because one relational database would carry that load. The linter cannot weigh a stack against a load; the
// interviewer can, when the document states its rates.
import { sectionAt } from '../analysis/document/model';
import type { Finding } from '../analysis/types';
import type { AnalysedText } from './analysedText';
import { firstTechnologyIn, technologiesIn } from './componentNames';
import type { PlannedGap } from './plannedGap';
import { isTitledForResilience } from './sectionRoles';
import { round } from './gapWeighting';

/** A peak this small (requests a second) one relational database carries with room to spare. */
const SMALL_LOAD_PER_SECOND = 100;
/** A community this small (members, households, users) is a small load whatever each of them does. */
const SMALL_POPULATION = 5000;
/** Distinct technologies that make a stack, rather than a choice or two. */
const STACK_MIN_TECHNOLOGIES = 5;
/** How much "which constraint forces each of these?" counts when the stack is far beyond the stated load. */
const STACK_BEYOND_LOAD_FACTOR = 2;

const DAY = 86400;
const SECONDS: Readonly<Record<string, number>> = { s: 1, sec: 1, second: 1, min: 60, minute: 60, h: 3600, hr: 3600, hour: 3600, d: DAY, day: DAY, week: 7 * DAY, month: 30 * DAY, quarter: 91 * DAY, term: 91 * DAY, semester: 182 * DAY, year: 365 * DAY };

/** "~9,000 checkouts per day", "40 writes/s", "40k/s at peak", "1M bookings a day", "300k-600k events per day", "5k QPS", "~2,000 applications per term". */
const RATE =
  /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|thousand|million|billion)?(?:\s*[-–]\s*\d[\d,.]*\s*(?:k|m|thousand|million)?)?(?:(?:\s+[a-z][\w-]*){0,3}?(?:\s*\/\s*|\s+per\s+|\s+an?\s+)(second|sec|s|minute|min|hour|hr|h|day|d|week|month|quarter|term|semester|year)\b|\s*(qps|rps|tps)\b)/gi;

const MULTIPLIER: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, billion: 1e9 };

/** "9,000" or "2.5" with its scale word ("k", "million") as written, as a number. */
function scaledNumber(digits: string, scale: string | undefined): number {
  return Number(digits.replace(/,/g, '')) * (scale ? MULTIPLIER[scale.toLowerCase()] : 1);
}

/** The highest rate the text states, per second; undefined when it states none. */
export function statedPeakRate(text: string): number | undefined {
  let peak: number | undefined;
  for (const m of text.matchAll(RATE)) {
    const value = scaledNumber(m[1], m[2]);
    const seconds = m[4] ? 1 : SECONDS[m[3].toLowerCase()];
    if (!Number.isFinite(value) || !seconds) continue;
    const perSecond = value / seconds;
    if (peak === undefined || perSecond > peak) peak = perSecond;
  }
  return peak;
}

/** "about 150 members, maybe 300 with friends", "450 households", "1,200 pupils": the people a design serves. */
const POPULATION =
  /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|thousand|million|billion)?\s+(?:[a-z-]+\s+)?(?:members|users|households|residents|customers|families|subscribers|pupils|students|parents|volunteers|players|patients|clients|staff|employees|people|visitors|borrowers|owners|accounts|applicants|leaders|ringers|runners|swimmers|riders|drivers|guests|tenants|teachers|coaches|carers|donors|attendees|participants|entrants|walkers|scouts|children|kids|learners|candidates|athletes|golfers|climbers|cyclists|singers|musicians|diners|shoppers|passengers|nurses|doctors|clinicians|moderators|officers|farmers|traders|stallholders|hirers|bookers|pickers|readers)\b/gi;

/** The largest number of people the text says the design serves; undefined when it says none. */
export function statedPopulation(text: string): number | undefined {
  let most: number | undefined;
  for (const m of text.matchAll(POPULATION)) {
    const value = scaledNumber(m[1], m[2]);
    if (Number.isFinite(value) && (most === undefined || value > most)) most = value;
  }
  return most;
}

/** The load the document states: its peak rate, or, where it gives no rate, how many people it serves. */
type StatedLoad = { perSecond: number } | { people: number };

interface StackBeyondLoad {
  section: number;
  technologies: string[];
  load: StatedLoad;
}

/** stackBeyondLoad per analysed text: the finding and the weighting of one plan both ask for it. */
const stackByText = new WeakMap<AnalysedText, StackBeyondLoad | null>();

/** The design's technologies and the section that names most of them, when the stated load is small for them. */
function stackBeyondLoad(source: AnalysedText): StackBeyondLoad | undefined {
  let stack = stackByText.get(source);
  if (stack === undefined) stackByText.set(source, (stack = findStackBeyondLoad(source) ?? null));
  return stack ?? undefined;
}

function findStackBeyondLoad(source: AnalysedText): StackBeyondLoad | undefined {
  const { doc, concepts } = source;
  if (!doc || !concepts) return undefined;
  const load = smallLoad(doc.evidence.slice(0, source.sourceLength));
  if (!load) return undefined;
  const all = new Set<string>();
  let best: { section: number; count: number } | undefined;
  source.analysis.sections.forEach((report, index) => {
    if (!report.describesDesign) return;
    const section = doc.sections[index];
    const names = technologiesIn(concepts, section.start, Math.min(section.ownEnd, source.sourceLength));
    for (const n of names) all.add(n);
    // A section titled for availability names the pieces it makes redundant: the stack is asked where it is chosen.
    if (isTitledForResilience(concepts, section)) return;
    if (!best || names.size > best.count) best = { section: index, count: names.size };
  });
  if (!best || all.size < STACK_MIN_TECHNOLOGIES) return undefined;
  return { section: best.section, technologies: [...all], load };
}

/** The stated load when it is small for a stack: a rate one database carries, or, with no rate, a small community. */
function smallLoad(text: string): StatedLoad | undefined {
  const rate = statedPeakRate(text);
  if (rate !== undefined) return rate <= SMALL_LOAD_PER_SECOND ? { perSecond: rate } : undefined;
  const people = statedPopulation(text);
  return people !== undefined && people <= SMALL_POPULATION ? { people } : undefined;
}

/** The stack question where the linter let the stack pass (each piece had a role: "Redis for the hold queues"). */
export function stackBeyondLoadFindings(source: AnalysedText, flagged: readonly Finding[]): Finding[] {
  const stack = stackBeyondLoad(source);
  const doc = source.doc;
  if (!stack || !doc) return [];
  if (flagged.some((f) => f.rule === 'unjustified-components')) return [];
  const section = doc.sections[stack.section];
  const first = firstTechnologyIn(source.concepts!, section.start, Math.min(section.ownEnd, source.sourceLength));
  if (!first) return [];
  const trigger = doc.text.slice(first.start, first.end);
  return [
    {
      rule: 'unjustified-components',
      severity: 'warning',
      message: `${stack.technologies.length} technologies for ${spokenLoad(stack.load)}: which constraint forces each one?`,
      range: doc.lines.rangeOf(first.start, first.end),
      data: { start: first.start, end: first.end, trigger, missing: ['why each (the constraint it answers)'], interviewSide: true, technologies: stack.technologies },
    },
  ];
}

function spokenLoad(load: StatedLoad): string {
  if ('people' in load) return `about ${load.people.toLocaleString('en-US')} people`;
  if (load.perSecond < 1) return 'less than one request a second at peak';
  const n = Math.round(load.perSecond);
  return `about ${n} request${n === 1 ? '' : 's'} a second at peak`;
}

/** A stack far beyond the stated load makes "which constraint forces each of these?" a first question. */
export function weighStackAgainstLoad(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const stack = stackBeyondLoad(source);
  if (!stack || !source.doc) return gaps;
  return gaps.map((g) => (g.kind === 'unjustified-components' && g.start !== undefined && sectionAt(source.doc!, g.start).index === stack.section ? { ...g, weight: round(g.weight * STACK_BEYOND_LOAD_FACTOR) } : g));
}
