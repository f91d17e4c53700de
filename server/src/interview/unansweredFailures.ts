// A failure the candidate names and then leaves ("Sometimes the car may not receive the unlock command, for
// example in underground parking"): the sharpest "what do you do then?" an interviewer has, because the
// candidate raised it. A failure stated as a condition with its handling ("If the primary fails, the standby
// takes over") or followed by what is done about it is answered, even when the analysis names no mitigation.
import type { ConceptMatcher } from '../analysis/concepts/matcher';
import type { DesignDocument, Section } from '../analysis/document/model';
import { cellInColumn, columnTitled, isPlaceholderCell, RESPONSE_COLUMN, tablesIn } from '../analysis/tableColumns';
import { isTitledForFailures } from './sectionRoles';

/** Concepts that say what is done about a failure (a dead-letter queue and a replay are handling too; a recovery term such as "snapshot" is too often a noun). */
const RESPONSE_CONCEPTS = ['mitigationLanguage', 'mitigationPurpose', 'fallbackBehaviour', 'degradationPath', 'queuePoisonMessage', 'queueReplay', 'queueIdempotency', 'queueBacklog', 'queueObservability', 'concurrencyControl'] as const;

/** A failure raised as something that can happen ("the car may not receive", "sometimes the ack comes back late"), not a setting or a rule. */
const POSSIBILITY = /\b(?:may|might|could|can(?!['’]t|not)|sometimes|occasionally|at\s+times|possibly|risks?|chance|it\s+is\s+possible)\b/i;

/** Words by which the candidate accepts a failure ("losing it is acceptable", "rare"). */
const ACCEPTING = String.raw`acceptable|fine|ok|okay|tolerable|harmless|no-?op|rare|rarely|unlikely`;
/** A failure the candidate has judged ("losing it is acceptable", "so two gateways can't race", "we can revisit"): a decision, not an open question. */
const JUDGED = new RegExp(String.raw`\b(?:${ACCEPTING}|only|never|cannot|can['’]t|won['’]t|revisit)\b`, 'i');

/**
 * The reason for a choice, told by what the rejected option would break ("Why Postgres and not Redis for counters:
 * ... losing an increment on a Redis failover means ..."): the choice is the answer.
 */
const REJECTED_ALTERNATIVE = /^\W*why\b[^.:;]{0,80}?\b(?:and\s+not|not|rather\s+than|instead\s+of|over)\b|\b(?:rather\s+than|instead\s+of)\b/i;

/** A clause that goes on to handle the failure the sentence raised ("...; we keep the parser separate and alert on ...", "if the constraint rejects it, we refund ..."). */
const RESPONSE_CLAUSE = /(?:[;:\u2013\u2014]\s*(?:so\s+|and\s+)?|\b(?:if|when)\b[^,;.]{3,120},\s*(?:then\s+)?)(?:we|I)\s+(?:will\s+|would\s+|also\s+|then\s+)?(?!lose|lost|miss|see|get|have|are|were|can['’]?t|cannot|don['’]t|do\s+not|would\s+not|won['’]t)[a-z]+/i;

/**
 * A failure named as what a measure watches for ("we log each email so we can see if Mailgun is failing", "Raise
 * alerts: frost risk, boiler not responding"), prevents ("... so nobody can hold seats early") or falls back from
 * ("... the volunteer can search by phone number instead"): the sentence is the handling.
 */
const WATCHED_OR_REPLACED = /\bso(?:\s+that)?\s+(?:we|I|ops|staff|the\s+[\w-]+|[\w-]+s)\s+(?:can|could|will)\s+(?:see|tell|know|detect|spot|notice|check)\s+(?:if|whether|when|how\s+(?:often|many|much))\b|\bso(?:\s+that)?\s+(?:nobody|no\s+one|no-one)\s+can\b|\binstead\s*[.!]?\s*$|^\W*(?:\d+\.\s*)?(?:raise|send|fire|trigger)\s+(?:an?\s+)?alerts?\b/i;

/** A sentence that states its failure as a condition and goes on to its consequence or handling ("If X fails, Y ..."); the match ends where the main clause starts. */
const CONDITION_WITH_CLAUSE = /^\W*(?:if|when|whenever|once|in case|should|on|after|during)\b[^,;:]{3,120}[,;:](?=\s*\S)/i;

/** A sentence that goes on to handle what the previous one raised ("We retry ...", "In that case ...", "To handle this ..."). */
const RESPONSE_OPENING = /^\W*(?:we|I|in\s+(?:that|this|such\s+a)\s+case|then|to\s+(?:handle|avoid|prevent|fix|mitigate|deal\s+with|cope\s+with|recover)|the\s+(?:fix|mitigation|answer|workaround)|our\s+(?:fix|answer))\b/i;

export interface UnansweredFailure {
  start: number;
  end: number;
}

/**
 * The first failure the section's own text names and leaves: a row of a failure table whose response column is
 * empty ("| Two robots deadlock in a narrow aisle | both wait forever | |"), else a sentence no sentence answers.
 */
export function firstUnansweredFailure(doc: DesignDocument, concepts: ConceptMatcher, section: Section, sourceLength: number): UnansweredFailure | undefined {
  const end = Math.min(section.ownEnd, sourceLength);
  const from = section.heading ? section.heading.end : section.start;
  // A section titled for a protection ("Rate limiting") opens with the risks it answers: they are its motivation.
  if (section.heading && concepts.spansInText('protectionHeading', section.heading.text).length > 0) return undefined;
  // Under "Risks" every item is a possibility: the title says so, whether or not the sentence does ("may").
  const listedAsRisks = isTitledForFailures(concepts, section);
  const sentence = sentenceWithoutResponse(doc, concepts, from, end, listedAsRisks);
  const item = listedAsRisks ? riskItemWithoutResponse(doc, concepts, from, end) : undefined;
  return rowWithoutResponse(doc, from, end) ?? (item && (!sentence || item.start < sentence.start) ? item : sentence);
}

/** A risk the candidate accepted ("acceptable", "rare", "we accept it"), not left open. */
const ACCEPTED = new RegExp(String.raw`\b(?:${ACCEPTING}|accept|accepted)\b`, 'i');
/** A risk item's first sentence this short is its label. */
const LABEL_WORDS = 5;

/**
 * Under "Risks" every item is a risk, whether or not its words name a failure the vocabulary knows ("Last-minute
 * drop-outs: a shift can end up with nobody"): the first item that raises a failure or a possibility and that
 * nothing in it answers (a measure, a fallback, a response sentence) or accepts.
 */
function riskItemWithoutResponse(doc: DesignDocument, concepts: ConceptMatcher, from: number, end: number): UnansweredFailure | undefined {
  for (const item of doc.items) {
    if (item.end <= from) continue;
    if (item.start >= end) break;
    if (item.start < from || item.blockEnd <= item.blockStart) continue;
    const first = doc.blocks[item.blockStart];
    if (first.sentenceEnd <= first.sentenceStart) continue;
    const to = Math.min(item.end, end);
    const text = doc.evidence.slice(item.start, to);
    // An item that names no failure and no possibility ("**Margaret is away.** A second admin gets the same rights") states its handling.
    if ((!POSSIBILITY.test(text) && !concepts.has('failureMode', item.start, to)) || ACCEPTED.test(text) || handledIn(concepts, text, item.start, to)) continue;
    const sentences = doc.sentences.slice(first.sentenceStart, doc.blocks[item.blockEnd - 1].sentenceEnd);
    if (sentences.slice(1).some((x) => RESPONSE_OPENING.test(doc.evidence.slice(x.start, x.end)))) continue;
    // Past the sentence that raises it, the item goes on to what is done ("Requests queue up in our table; patients still see 'received'").
    if (itemAnswered(doc, concepts, first.sentenceStart, to)) continue;
    // A bold label ("**Saturday rush.**") names the risk; the sentence after it says what happens, and is quoted.
    const label = sentences[0];
    const said = sentences.length > 1 && doc.evidence.slice(label.start, label.end).trim().split(/\s+/).length <= LABEL_WORDS ? sentences[1] : label;
    return { start: said.start, end: said.end };
  }
  return undefined;
}

/** A failure table's row the candidate left open ("| Walker doesn't turn up | ... | — |"), even where other rows are answered. */
export function firstOpenTableRow(doc: DesignDocument, section: Section, sourceLength: number): UnansweredFailure | undefined {
  return rowWithoutResponse(doc, section.heading ? section.heading.end : section.start, Math.min(section.ownEnd, sourceLength));
}

/**
 * A table row whose response column ("Mitigation", "Handling") is empty or holds a placeholder ("—", "TBD"): the
 * parser keeps no block for an empty cell, so a row short of the header misses its last cells.
 */
function rowWithoutResponse(doc: DesignDocument, from: number, end: number): UnansweredFailure | undefined {
  for (const t of tablesIn(doc, from, end)) {
    const table = doc.tables[t];
    const response = columnTitled(doc, t, RESPONSE_COLUMN);
    if (response < 0) continue;
    const row = table.rows.slice(1).find((cells) => {
      if (cells.length === 0) return false;
      const cell = cellInColumn(doc, t, cells, response);
      return cell === undefined ? response === table.rows[0].length - 1 : isPlaceholderCell(doc, cell);
    });
    if (row) return { start: doc.blocks[row[0]].start, end: doc.blocks[row[row.length - 1]].end };
  }
  return undefined;
}

function sentenceWithoutResponse(doc: DesignDocument, concepts: ConceptMatcher, from: number, end: number, listedAsRisks: boolean): UnansweredFailure | undefined {
  let checked = -1;
  for (const m of concepts.in('failureMode', from, end)) {
    const index = m.sentence;
    if (index < 0 || index === checked) continue;
    checked = index;
    const sentence = doc.sentences[index];
    const text = doc.evidence.slice(sentence.start, sentence.end);
    if (doc.blocks[sentence.block]?.kind === 'heading' || /\?\s*$/.test(text)) continue;
    // A table's cells answer each other across the row (rowWithoutResponse reads them): only prose is a listed risk.
    const listed = listedAsRisks && doc.blocks[sentence.block]?.kind !== 'tableCell';
    // "If Stripe is down, those renewals fail": a condition whose main clause is another failure is raised and left, not handled.
    const condition = CONDITION_WITH_CLAUSE.exec(text);
    const failureFollows = condition !== null && IF_CONDITION.test(condition[0]) && failureInMainClause(concepts, text, sentence.start, condition[0].length);
    if (!(listed || failureFollows || POSSIBILITY.test(text)) || JUDGED.test(text) || REJECTED_ALTERNATIVE.test(text) || WATCHED_OR_REPLACED.test(text) || (condition && !failureFollows) || handledIn(concepts, text, sentence.start, sentence.end)) continue;
    const next = doc.sentences[index + 1];
    if (next && next.start < end && (RESPONSE_OPENING.test(doc.evidence.slice(next.start, next.end)) || respondsIn(concepts, next.start, next.end))) continue;
    if (listed && itemAnswered(doc, concepts, index, end)) continue;
    return { start: sentence.start, end: sentence.end };
  }
  return undefined;
}

/** A sentence that tells what a failure leads to ("This would upset parents"), not what is done about it. */
const CONSEQUENCE = /\b(?:would|means|meaning|leads?\s+to|results?\s+in|causes?)\b/i;

/**
 * Under "Failure handling" an item that names its failure and goes on ("**The VPS dies**: the board is down. There's
 * a nightly pg_dump and a README to rebuild ...") goes on to what is done: after the item's first sentence that raises
 * a failure or a possibility, a sentence (before `end`) that raises none and tells no consequence.
 */
function itemAnswered(doc: DesignDocument, concepts: ConceptMatcher, sentenceIndex: number, end: number): boolean {
  const itemIndex = doc.blocks[doc.sentences[sentenceIndex].block]?.listItem ?? -1;
  const item = itemIndex >= 0 ? doc.items[itemIndex] : undefined;
  if (!item || item.blockEnd <= item.blockStart) return false;
  let raised = false;
  for (let i = doc.blocks[item.blockStart].sentenceStart; i < doc.blocks[item.blockEnd - 1].sentenceEnd && doc.sentences[i].start < end; i++) {
    const { start, end: stop } = doc.sentences[i];
    const text = doc.evidence.slice(start, stop);
    const raises = POSSIBILITY.test(text) || concepts.has('failureMode', start, stop);
    if (raised && !raises && !CONSEQUENCE.test(text)) return true;
    raised ||= raises;
  }
  return false;
}

/** A condition proper ("If Stripe is down", "when the broker fails"), not a time or a label ("On-sale runbook:", "After payment,"). */
const IF_CONDITION = /^\W*(?:if|when|whenever|in case|should)\b/i;

/** A failure in the main clause before any further condition ("those renewals fail"; not "if that fails the customer is asked ..."). */
function failureInMainClause(concepts: ConceptMatcher, text: string, sentenceStart: number, clauseStart: number): boolean {
  const nested = /\b(?:if|when|whenever|unless)\b/i.exec(text.slice(clauseStart));
  const clauseEnd = nested ? clauseStart + nested.index : text.length;
  return concepts.has('failureMode', sentenceStart + clauseStart, sentenceStart + clauseEnd);
}

/** Whether `text` (at start..end in the document) says what is done about its failure: a clause, a recovery verb or a response concept. */
function handledIn(concepts: ConceptMatcher, text: string, start: number, end: number): boolean {
  return RESPONSE_CLAUSE.test(text) || concepts.spansInText('recoveryVerb', text).length > 0 || respondsIn(concepts, start, end);
}

function respondsIn(concepts: ConceptMatcher, start: number, end: number): boolean {
  return RESPONSE_CONCEPTS.some((id) => concepts.has(id, start, end));
}
