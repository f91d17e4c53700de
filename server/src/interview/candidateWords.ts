// The candidate's own words around a trigger: the sentence it is in, clipped to something a question can quote.
import { sentenceAt, type DesignDocument } from '../analysis/document/model';
import { quote } from '../analysis/structure';
import type { QuoteKind } from './plannedGap';

/** Longest quote a question carries; longer sentences are cut around the trigger. */
const MAX_QUOTE = 150;

export interface CandidateSentence {
  text: string;
  kind: QuoteKind;
}

/** The sentence around [start, end) as written (markup dropped), cut at word boundaries around the trigger. */
export function sentenceAround(doc: DesignDocument, start: number, end: number): CandidateSentence {
  const index = sentenceAt(doc, start);
  const sentence = index >= 0 ? doc.sentences[index] : undefined;
  if (!sentence || sentence.end <= start) return { text: trimQuote(quote(doc, start, end)), kind: 'sentence' };
  const kind: QuoteKind = doc.blocks[sentence.block]?.kind === 'heading' ? 'heading' : 'sentence';
  let from = sentence.start;
  let to = sentence.end;
  if (to - from > MAX_QUOTE) {
    from = Math.max(from, wordStartBefore(doc.text, start - 50, from));
    to = Math.min(to, wordEndAfter(doc.text, Math.max(end, from + MAX_QUOTE - 20), to));
  }
  const text = trimQuote(quote(doc, from, to));
  const cutBefore = from > sentence.start ? '…' : '';
  const cutAfter = to < sentence.end ? '…' : '';
  return { text: `${cutBefore}${text}${cutAfter}`, kind };
}

/** Where a clause stops inside a sentence. */
const CLAUSE_BREAK = /[;:,—()]/;

/** The clause around [start, end): the part of its sentence between clause breaks, for when the sentence says two things. */
export function clauseAround(doc: DesignDocument, start: number, end: number): string {
  const index = sentenceAt(doc, start);
  const sentence = index >= 0 ? doc.sentences[index] : undefined;
  if (!sentence || sentence.end <= start) return trimQuote(quote(doc, start, end));
  let from = start;
  while (from > sentence.start && !CLAUSE_BREAK.test(doc.text[from - 1])) from--;
  let to = end;
  while (to < sentence.end && !CLAUSE_BREAK.test(doc.text[to])) to++;
  return trimQuote(quote(doc, from, to));
}

/** A quote reads inside a sentence: no trailing full stop, colon or list marker. */
export function trimQuote(text: string): string {
  return text
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/[\s.;:,]+$/, '')
    .trim();
}

function wordStartBefore(text: string, at: number, limit: number): number {
  let i = Math.max(at, limit);
  while (i > limit && !/\s/.test(text[i - 1])) i--;
  return i;
}

function wordEndAfter(text: string, at: number, limit: number): number {
  let i = Math.min(at, limit);
  while (i < limit && !/\s/.test(text[i])) i++;
  return i;
}
