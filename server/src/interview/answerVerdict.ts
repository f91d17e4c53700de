// Judges a typed answer against the gap it answers, with the same analysis the linter uses:
// - a finding in a document: the document is analysed again with the answers appended to the gap's section
//   (at the end for a document-level rule); the gap closes when the finding is gone, or when the answers state
//   every part it still misses (a hotspot named after the shard is still named);
// - a structure part, a practice pressure point, the requirement change: the answers analysed alone must
//   state the gap's parts (a practice question asks about one aspect, so fewer parts are needed).
// Mistakes are the rules that fire on the latest answer read alone ("eventually consistent" again, unqualified).
import { ConceptMatcher } from '../analysis/concepts/matcher';
import type { DesignDocument } from '../analysis/document/model';
import type { AnalyzeOptions, Finding, StructurePart } from '../analysis/types';
import { STRUCTURE_PARTS } from '../analysis/types';
import { findRule } from '../analysis/rules';
import { analyseDocument, analyseText, type AnalysedText } from './analysedText';
import { clauseAround, sentenceAround } from './candidateWords';
import { gapKindInfo, partsFor, type GapPart } from './gapCatalog';
import type { PlannedGap } from './plannedGap';
import type { AnswerVerdict } from './types';

export interface JudgeInput {
  gap: PlannedGap;
  /** The candidate's answers on this gap so far, the latest last: a follow-up answer adds to the earlier ones. */
  answers: readonly string[];
  /** The analysed document, when the session is about one (absent for a practice question). */
  document?: AnalysedText;
  analyzeOptions?: AnalyzeOptions;
}

export interface JudgedAnswer {
  verdict: AnswerVerdict;
  /** Each rule that fired on the latest answer, with the candidate's words. */
  mistakeExamples: Array<{ rule: string; quote: string }>;
}

export function judgeAnswer(input: JudgeInput): JudgedAnswer {
  const latest = input.answers[input.answers.length - 1] ?? '';
  const latestAlone = analyseText(latest, input.analyzeOptions);
  const together = input.answers.length > 1 ? analyseText(input.answers.join('\n\n'), input.analyzeOptions) : latestAlone;
  const stated = statedParts(together);
  const inDocument = input.document?.doc && input.gap.rule && input.gap.start !== undefined && isLinterFinding(input.document, input.gap);
  const closure = inDocument ? closeInDocument(input, stated) : closeAlone(input, stated);
  const mistakeExamples = mistakesIn(latestAlone);
  return {
    verdict: {
      strong: closure.strong,
      structure: structureOf(latestAlone),
      mistakes: [...new Set(mistakeExamples.map((m) => m.rule))],
      stillMissing: closure.stillMissing,
    },
    mistakeExamples,
  };
}

/**
 * Whether the gap is a finding the linter reports where the gap points: only then can its closing be read off
 * the document analysed again. An interviewer-side finding (a race, a shard's hotspot, a failover) or a queue
 * asked where it is used is judged on what the answers state, or any answer would close it.
 */
function isLinterFinding(document: AnalysedText, gap: PlannedGap): boolean {
  return document.analysis.findings.some((f) => f.rule === gap.rule && f.data.start === gap.start);
}

interface Closure {
  strong: boolean;
  stillMissing: string[];
}

/** Which catalog parts a text states: a structure part the analysis found, an affirmed concept mention, or its words. */
function statedParts(source: AnalysedText): (part: GapPart) => boolean {
  const structure = structureOf(source);
  const concepts = source.concepts;
  return (part) =>
    (part.structure !== undefined && structure[part.structure].present) ||
    (concepts !== null && (part.concepts ?? []).some((id) => hasMention(concepts, id))) ||
    (part.words !== undefined && part.words.test(source.text));
}

function hasMention(concepts: ConceptMatcher, id: string): boolean {
  return concepts.all(id).length > 0;
}

function closeAlone(input: JudgeInput, stated: (part: GapPart) => boolean): Closure {
  const info = gapKindInfo(input.gap.kind);
  const parts = partsFor(input.gap.kind, input.gap.missing);
  const missing = parts.filter((p) => !stated(p));
  const needed = Math.min(parts.length, input.document ? info.needed : info.neededInPractice);
  return { strong: parts.length - missing.length >= needed, stillMissing: missing.map((p) => p.name) };
}

function closeInDocument(input: JudgeInput, stated: (part: GapPart) => boolean): Closure {
  const document = input.document!;
  const doc = document.doc!;
  const gap = input.gap;
  const at = gap.sectionIndex !== undefined ? doc.sections[gap.sectionIndex].ownEnd : document.text.length;
  const inserted = input.answers.map(asParagraphs).join('\n\n');
  // Read as the document was (a design answer even where the linter alone would not say so): read otherwise, a
  // finding only the design reading reports is gone whatever the answer says.
  const again = analyseDocument(`${document.text.slice(0, at)}\n\n${inserted}\n\n${document.text.slice(at)}`, input.analyzeOptions);
  const still = again.analysis.findings.find((f) => f.rule === gap.rule && f.data.start === gap.start);
  if (!still) return { strong: true, stillMissing: [] };
  // Names the rule still reports, less those the answers state in words the rule did not count in place.
  const stillMissing = (still.data.missing ?? gap.missing).filter((name) => {
    const part = gapKindInfo(gap.kind).parts.find((p) => p.matches.test(name));
    return !part || !stated(part);
  });
  return { strong: stillMissing.length === 0, stillMissing };
}

/**
 * An answer as paragraphs of the document: its headings become plain lines (it must stay inside the gap's
 * section) and an unclosed code fence is closed (it must not swallow the rest of the document).
 */
function asParagraphs(answer: string): string {
  let text = answer.trim().replace(/^( {0,3})#{1,6}[ \t]+/gm, '$1');
  const fences = text.match(/^ {0,3}(```|~~~)/gm)?.length ?? 0;
  if (fences % 2 === 1) text += '\n```';
  return text;
}

/** Findings on an answer analysed alone. */
function mistakesIn(source: AnalysedText): Array<{ rule: string; quote: string }> {
  return source.analysis.findings.filter((f) => isAnswerMistake(f.rule)).map((f) => ({ rule: f.rule, quote: triggerOf(source.text, f) }));
}

/**
 * Whether a rule firing on an answer is a mistake the candidate made in it. Document-level rules judge a whole
 * design, and the structure rules (a proposal without its failure mode or cost) are what the verdict's four
 * parts already report: a two-sentence answer to one question is not a design section.
 */
export function isAnswerMistake(rule: string): boolean {
  const tags = findRule(rule)?.tags ?? [];
  return !tags.includes('document') && !tags.includes('structure');
}

function triggerOf(text: string, f: Finding): string {
  return (f.data.trigger ?? text.slice(f.data.start, f.data.end)).replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
}

/** The four structure parts an answer states, with the first quote of each, over all its sections. */
export function structureOf(source: AnalysedText): AnswerVerdict['structure'] {
  const out = {} as AnswerVerdict['structure'];
  const stated = STRUCTURE_PARTS.map((part) => {
    const found = firstStated(source, part);
    return { part, ...(part === 'mitigation' && !found.present ? firstMeasureStated(source) : found) };
  });
  // One sentence stating two parts ("if the worker crashes, we retry with an idempotency key") is quoted
  // clause by clause, so the debrief shows where each part is rather than the same words twice; where the
  // clauses coincide too, the sentence stays.
  const clauses = stated.map((s) => (s.span && source.doc && stated.some((o) => o !== s && o.quote === s.quote) ? clauseAround(source.doc, s.span.start, s.span.end) : undefined));
  stated.forEach((s, i) => {
    const clause = clauses[i];
    const quote = clause !== undefined && !clauses.some((c, j) => j !== i && c === clause) ? clause : s.quote;
    out[s.part] = !s.present ? { present: false } : quote ? { present: true, quote } : { present: true };
  });
  return out;
}

interface StatedPart {
  present: boolean;
  quote?: string;
  span?: { start: number; end: number };
}

function firstStated(source: AnalysedText, part: StructurePart): StatedPart {
  for (const section of source.analysis.sections) {
    const report = section.structure[part];
    if (!report.present) continue;
    if (report.range && source.doc) {
      const lines = source.doc.lines;
      return statedAt(source.doc, { start: lines.offsetAt(report.range.start), end: lines.offsetAt(report.range.end) });
    }
    return report.quote ? { present: true, quote: report.quote } : { present: true };
  }
  return { present: false };
}

/** A part stated at a span, quoted by its sentence: the matched word alone ("constraint") tells the candidate nothing in the debrief. */
function statedAt(doc: DesignDocument, span: { start: number; end: number }): StatedPart {
  return { present: true, quote: sentenceAround(doc, span.start, span.end).text, span };
}

/**
 * Measures that are a mitigation in an answer to "what do you do then?" though a design section proposing them
 * would need a stated purpose: a lock or transaction, a fallback, a degraded mode, dedupe, a dead-letter queue, a
 * replay ("the job takes an advisory lock so two runs cannot overlap").
 */
const ANSWER_MEASURES = ['concurrencyControl', 'fallbackBehaviour', 'degradationPath', 'queueIdempotency', 'queuePoisonMessage', 'queueReplay'] as const;

function firstMeasureStated(source: AnalysedText): StatedPart {
  const { doc, concepts } = source;
  if (!doc || !concepts) return { present: false };
  const first = ANSWER_MEASURES.map((id) => concepts.all(id)[0]).filter((m) => m !== undefined).sort((a, b) => a.start - b.start)[0];
  return first ? statedAt(doc, { start: first.start, end: first.end }) : { present: false };
}

/** Words in an answer, for the interruption threshold. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
