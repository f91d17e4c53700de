// Findings the interviewer adds to the analysis's own: what a strong interviewer asks about that the linter,
// judging the whole document, lets pass. Shaped as analysis findings so they become gaps the same way.
import type { ConceptMatcher } from '../analysis/concepts/matcher';
import { sectionAt, sentenceAt, type DesignDocument } from '../analysis/document/model';
import { headingNames, inHeading } from '../analysis/rules/mentionContext';
import { splitsNoLoad } from '../analysis/rules/shardBeforeHotspot';
import { evidenceWithInlineCode, quote } from '../analysis/structure';
import type { Finding } from '../analysis/types';
import type { AnalysedText } from './analysedText';
import { componentIn } from './componentNames';
import { gapKindInfo } from './gapCatalog';
import { isGoalsTitle, isOverviewTitle, isTitledForFailureStory, mayHoldDesign } from './sectionRoles';

/** A list item that is only a link ("* [SQL write master-slave failover](...)"): a reading list, not a design. */
function inLinkOnlyItem(doc: DesignDocument, offset: number): boolean {
  const line = doc.lines.lineOf(offset);
  const start = doc.lines.lineStarts[line];
  const end = line + 1 < doc.lines.lineStarts.length ? doc.lines.lineStarts[line + 1] : doc.text.length;
  return /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/.test(doc.text.slice(start, end));
}

const MISSING_HOT_KEY = 'a named hotspot (where the hot key lands once it is split)';

/** Whether the sentence of a sharding proposal shards by a key one of which can draw most of the load ("by `channel_id`"). */
function skewProneKey(doc: DesignDocument, concepts: ConceptMatcher, offset: number): boolean {
  const sentence = doc.sentences[sentenceAt(doc, offset)];
  return !!sentence && concepts.spansInText('skewProneShardKey', evidenceWithInlineCode(doc, sentence.start, sentence.end)).length > 0;
}

/**
 * A sharding proposal whose own section never says where the load concentrates. The rule is satisfied by a
 * hotspot named anywhere earlier ("a popular concert" in the requirements), but the question an interviewer
 * asks of a shard key is whether it spreads that hotspot ("shard by event_id": the hot event is one shard).
 */
export function unflaggedShardFindings(source: AnalysedText, flagged: readonly Finding[]): Finding[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return [];
  const flaggedSections = new Set(flagged.filter((f) => f.rule === 'shard-before-hotspot').map((f) => sectionAt(doc, f.data.start).index));
  const out: Finding[] = [];
  const judged = new Set<number>();
  for (const m of concepts.all('shardingProposal')) {
    if (m.start >= source.sourceLength) break;
    const section = sectionAt(doc, m.start);
    if (judged.has(section.index) || flaggedSections.has(section.index) || inLinkOnlyItem(doc, m.start) || splitsNoLoad(doc, m)) continue;
    judged.add(section.index);
    const report = source.analysis.sections[section.index];
    if (!report?.describesDesign || !section.heading || m.start < section.heading.end) continue;
    // A shard key that is itself a thing that goes viral ("by channel_id": one channel of 1.2M viewers) needs its
    // hot key named; for any other key a bottleneck figure in the section ("a node handles about 5k messages/s") will do.
    const ownEnd = Math.min(section.ownEnd, source.sourceLength);
    const answered = skewProneKey(doc, concepts, m.start) ? concepts.spansIn('hotKey', section.start, ownEnd).length > 0 : concepts.has('hotspot', section.start, section.ownEnd);
    if (answered) continue;
    const keyword = /(?:consistent hash\w*|shard\w*|partition\w*)/i.exec(doc.text.slice(m.start, m.end));
    const start = keyword ? m.start + keyword.index : m.start;
    const end = keyword ? start + keyword[0].length : m.end;
    const trigger = doc.text.slice(start, end);
    out.push({
      rule: 'shard-before-hotspot',
      severity: 'warning',
      message: `"${trigger}" does not say where the hotspot lands.`,
      range: doc.lines.rangeOf(start, end),
      data: { start, end, trigger, missing: [MISSING_HOT_KEY], interviewSide: true },
    });
  }
  return out;
}

const MISSING_DURING_FAILOVER = ['a degradation path', 'a fallback behaviour'];

/**
 * A section that designs redundancy ("a replica in another zone with Sentinel failover") but never says what
 * users get while it fails over. The rule reports one unqualified claim per document and accepts a recovery
 * plan alone; the interviewer asks about the minutes during the failover where the failover is designed.
 */
export function unflaggedFailoverFindings(source: AnalysedText, flagged: readonly Finding[]): Finding[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return [];
  const flaggedSections = new Set(flagged.filter((f) => f.rule === 'availability-without-resilience').map((f) => sectionAt(doc, f.data.start).index));
  // A section the candidate titled for failures or availability ("Region failure") holds their failover story: ask it there only.
  if ([...flaggedSections].some((index) => isTitledForFailureStory(concepts, doc.sections[index]))) return [];
  const out: Finding[] = [];
  const judged = new Set<number>();
  for (const m of concepts.all('availabilityClaim')) {
    if (m.start >= source.sourceLength) break;
    const section = sectionAt(doc, m.start);
    if (judged.has(section.index) || flaggedSections.has(section.index) || inLinkOnlyItem(doc, m.start)) continue;
    judged.add(section.index);
    const report = source.analysis.sections[section.index];
    if (!report?.isDesign || !section.heading || m.start < section.heading.end) continue;
    if (concepts.has('requirementsHeading', section.heading.start, section.heading.end) || isGoalsTitle(section.heading.text)) continue;
    if (concepts.has('degradationPath', section.start, section.ownEnd) || concepts.has('fallbackBehaviour', section.start, section.ownEnd)) continue;
    const trigger = doc.text.slice(m.start, m.end);
    out.push({
      rule: 'availability-without-resilience',
      severity: 'warning',
      message: `"${trigger}" does not say what users get during the failover.`,
      range: doc.lines.rangeOf(m.start, m.end),
      data: { start: m.start, end: m.end, trigger, missing: [...MISSING_DURING_FAILOVER], interviewSide: true },
    });
  }
  return out;
}

const LOST_MESSAGE = 'drops a message published while a subscriber is disconnected';

/**
 * A channel that keeps no messages (Redis pub/sub, core NATS): the linter does not treat it as a queue (it has no
 * backlog to fall behind on or replay), but what it loses is what a strong interviewer asks about: a message
 * published while a subscriber is disconnected. One per design section that names the channel and tells no
 * failure story of its own (where it does, that story's gaps are the questions).
 */
export function unflaggedBroadcastFindings(source: AnalysedText): Finding[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return [];
  const out: Finding[] = [];
  const judged = new Set<number>();
  for (const channel of concepts.spansIn('fireAndForgetChannel', 0, source.sourceLength)) {
    const section = sectionAt(doc, channel.start);
    const report = source.analysis.sections[section.index];
    if (judged.has(section.index) || !report?.describesDesign || report.structure.failureMode.present) continue;
    judged.add(section.index);
    const trigger = doc.text.slice(channel.start, channel.end).replace(/\s+/g, ' ');
    out.push({
      rule: 'missing-failure-mode',
      severity: 'warning',
      message: `"${trigger}" ${LOST_MESSAGE}: what breaks is not said.`,
      range: doc.lines.rangeOf(channel.start, channel.end),
      data: { start: channel.start, end: channel.end, trigger, missing: whatBreaksMissing(), interviewSide: true, component: trigger, failure: LOST_MESSAGE },
    });
  }
  return out;
}

/** What a "what breaks?" question asks for, as the catalog names its parts. */
function whatBreaksMissing(): string[] {
  return gapKindInfo('missing-failure-mode').parts.map((p) => p.name);
}

/** Steps run in a consumer ("The Balance service consumes `transfers`: ..."): designs say "consume" of queues and topics. */
const CONSUMED_FROM_QUEUE = /\bconsum(?:es|e|ed|ing)\b/i;

/** The document up to `end` with only inline code's text kept (everything else blank), offsets unchanged. */
function inlineCodeOnly(doc: DesignDocument, end: number): string {
  const withCode = evidenceWithInlineCode(doc, 0, end);
  const codes = new Uint16Array(end).fill(32);
  for (let i = 0; i < end; i++) {
    if (doc.evidence.charCodeAt(i) === 32 && withCode.charCodeAt(i) !== 32) codes[i] = withCode.charCodeAt(i);
    else if (doc.text.charCodeAt(i) === 10) codes[i] = 10;
  }
  return new TextDecoder('utf-16le').decode(codes);
}

/** Whether two offsets are in one paragraph, or in items of one list (a numbered flow's steps). */
function inOneFlow(doc: DesignDocument, a: number, b: number): boolean {
  const blockA = doc.sentences[sentenceAt(doc, a)]?.block;
  const blockB = doc.sentences[sentenceAt(doc, b)]?.block;
  if (blockA === undefined || blockB === undefined) return false;
  if (blockA === blockB) return true;
  const itemA = doc.blocks[blockA].listItem;
  const itemB = doc.blocks[blockB].listItem;
  return itemA >= 0 && itemB >= 0 && doc.items[itemA].list === doc.items[itemB].list;
}

const RACE_COMPONENT = 'two requests';
const RACE_FAILURE = 'pass that check at the same moment for the last one';

/**
 * A step that checks what is left ("checks the time is still available and gets a free table") and a later step
 * that takes it ("inserts a row with that table_id"), with nothing that stops two requests from both passing the
 * check: the double booking a strong interviewer asks about first. The linter cannot tell a check-then-write
 * from any two sentences; the interviewer asks, once per section, and only when the document names no lock,
 * transaction, atomic or conditional write and no unique constraint anywhere.
 */
export function unflaggedRaceFindings(source: AnalysedText): Finding[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return [];
  // An affirmed one anywhere ("a unique index on (table_id, slot)" in the data model) answers it; "without a lock" does not.
  // Also in inline code alone: "a `SELECT ... FOR UPDATE` on the row" names its lock in code. Not in a heading alone:
  // "## Locking and charging" is about a box locked at the cutoff, and a real lock is described under its heading.
  if (concepts.firstWhere('concurrencyControl', 0, source.sourceLength, (m) => !inHeading(doc, m.start)) !== undefined || concepts.spansInText('concurrencyControl', inlineCodeOnly(doc, source.sourceLength)).length > 0) return [];
  const out: Finding[] = [];
  source.analysis.sections.forEach((report, index) => {
    // A numbered flow in plain present tense ("The API inserts a row") names no component the vocabulary knows,
    // but a section that may hold design and writes what it checked is a flow all the same.
    const section = doc.sections[index];
    if (!mayHoldDesign(doc, concepts, report.describesDesign, section)) return;
    const from = section.heading ? section.heading.end : section.start;
    const end = Math.min(section.ownEnd, source.sourceLength);
    // A check and a take are often written in code ("checks the slot is `free`", "sets the slot to `booked`").
    const own = evidenceWithInlineCode(doc, from, end);
    const shift = (m: { start: number; end: number }) => ({ start: m.start + from, end: m.end + from });
    // An overview describes one component per paragraph ("Availability service: reads the inventory";
    // "Redemption service: debits miles"): a check and a take there are steps of one flow only within one block or list.
    const overview = isOverviewTitle(section.heading?.text);
    const takes = concepts.spansInText('claimingWrite', own).map(shift);
    let check: { start: number; end: number } | undefined;
    let taken: { start: number; end: number } | undefined;
    for (const c of concepts.spansInText('capacityCheck', own).map(shift)) {
      taken = takes.find((t) => t.start >= c.start && (!overview || inOneFlow(doc, c.start, t.start)));
      if (taken) {
        check = c;
        break;
      }
    }
    if (!check || !taken) return;
    // Work a queue's consumer does is ordered (or not) by that queue: its question is the queue's, asked there.
    const takenIn = doc.sentences[sentenceAt(doc, taken.start)];
    if (CONSUMED_FROM_QUEUE.test(doc.evidence.slice(from, check.end)) || (takenIn && CONSUMED_FROM_QUEUE.test(doc.evidence.slice(takenIn.start, takenIn.end)))) return;
    const trigger = quote(doc, check.start, check.end);
    out.push({
      rule: 'missing-failure-mode',
      severity: 'warning',
      message: `"${trigger}" is checked, then taken in a later step, with nothing that stops two requests from both passing the check.`,
      range: doc.lines.rangeOf(check.start, check.end),
      data: { start: check.start, end: check.end, trigger, missing: whatBreaksMissing(), interviewSide: true, component: RACE_COMPONENT, failure: RACE_FAILURE, doubleTaken: true, pinpointed: true },
    });
  });
  return out;
}

const HOT_PATH_FAILURE = 'is slow or down while each request waits on it';
/** What a section says when it has thought about the call failing: the dependency down or slow, a fallback, a degradation. */
const HOT_PATH_ANSWERS = ['dependencyOutage', 'fallbackBehaviour', 'degradationPath'];

/** The capitalised name a call is made to ("waits for the Fetcher synchronously": "the Fetcher"), when the vocabulary knows no component there. */
function calledName(call: string): string | undefined {
  const m = /^\S+(?:\s+(?:for|on|from|with|against))?\s+(the\s+)?((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2})\b/.exec(call.replace(/\s+/g, ' '));
  return m ? `${m[1] ? 'the ' : ''}${m[2]}` : undefined;
}

/**
 * A call every request waits on ("each gateway calls a Redis cluster on every request", "calls the Classifier
 * Service synchronously") in a section that never says what happens when that dependency is slow, down or
 * unreachable: fail open or closed, time out, fall back. The question a strong interviewer asks of a hot path;
 * the linter, which is satisfied by any failure the section names ("two gateways can't race"), lets it pass.
 */
export function unflaggedHotPathFindings(source: AnalysedText): Finding[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return [];
  const out: Finding[] = [];
  const judged = new Set<number>();
  // Affirmed only: "to avoid a Redis round trip on every request" keeps the call off the hot path.
  for (const call of concepts.all('hotPathCall')) {
    if (call.start >= source.sourceLength) break;
    const section = sectionAt(doc, call.start);
    if (judged.has(section.index)) continue;
    judged.add(section.index);
    const report = source.analysis.sections[section.index];
    if (!report?.describesDesign || !section.heading || call.start < section.heading.end) continue;
    // Goals state targets, a failure story is already told, and a cost section weighs calls the design does not make.
    if (isGoalsTitle(section.heading.text) || isTitledForFailureStory(concepts, section) || headingNames(concepts, section, 'costHeading')) continue;
    const end = Math.min(section.ownEnd, source.sourceLength);
    if (HOT_PATH_ANSWERS.some((id) => concepts.spansIn(id, section.start, end).length > 0)) continue;
    const component = componentIn(concepts, call.start, call.end) ?? calledName(doc.text.slice(call.start, call.end)) ?? 'this call';
    const trigger = quote(doc, call.start, call.end);
    out.push({
      rule: 'missing-failure-mode',
      severity: 'warning',
      message: `"${trigger}": every request waits on ${component}, and what happens when it is slow or down is not said.`,
      range: doc.lines.rangeOf(call.start, call.end),
      data: { start: call.start, end: call.end, trigger, missing: whatBreaksMissing(), interviewSide: true, component, failure: HOT_PATH_FAILURE, pinpointed: true },
    });
  }
  return out;
}
