// A gap as the session plans it: the public Gap plus what the engine needs to ask about it and to judge an
// answer (where it is in the document, the candidate's sentence, the component). JSON-serialisable.
import { gapKindInfo } from './gapCatalog';
import type { Gap } from './types';

export type QuoteKind = 'sentence' | 'heading' | 'mention' | 'none';

export interface PlannedGap extends Gap {
  /** Unique within a session: the kind plus where it is ("missing-failure-mode@3", "pressure:chat:2"). */
  key: string;
  /** What the catalog, the personas and the question templates key on: a rule id or "structure:<part>". */
  kind: string;
  /** The candidate's words the question quotes: the sentence around the trigger, clipped. */
  context: string;
  /** How the question introduces the quote. */
  quoteKind: QuoteKind;
  /** Offsets of the trigger in the document. */
  start?: number;
  end?: number;
  /** Index of the document section the answer is judged in; absent for document-level gaps. */
  sectionIndex?: number;
  /** The component the gap is about ("Cassandra", "the gateway"), when the text names one. */
  component?: string;
  /** How the component fails, when the text says more than "down or slow" ("drops a message published while a subscriber is disconnected"). */
  failure?: string;
  /** What fails costs work done twice or a unit sold twice, whatever the section's words say (two requests passing one check). */
  doubleTaken?: true;
  /** The interviewer's own finding says which call fails and how (a check two requests pass, a call every request waits on): not the generic "what breaks?". */
  pinpointed?: true;
  /** The gap quotes a failure the candidate named and left ("the ack may come back late"): ask what happens then. */
  namedFailure?: true;
  /** Wording that replaces the templates: a practice question's pressure point, or the fallback probe. */
  fixedQuestion?: string;
}

/** A question any design section raises ("what breaks here?", a missing structure part), not one about something the candidate claimed. */
export function isChecklistQuestion(gap: PlannedGap): boolean {
  return gap.kind === 'missing-failure-mode' || gap.kind.startsWith('structure:');
}

/** Quotes compared for "never ask the same words twice": case and spacing do not matter. */
export function normalizedQuote(text: string): string {
  return text.toLowerCase().replace(/[\s*_`'"“”‘’.,;:!?()-]+/g, ' ').trim();
}

/** A gap with none of the candidate's words behind it: a practice question's pressure point, the requirement change. */
export function unquotedGap(id: string, kind: string, rule: string | null): PlannedGap {
  const info = gapKindInfo(kind);
  return { id, key: id, kind, rule, quote: '', context: '', quoteKind: 'none', section: null, weight: info.weight, missing: info.parts.map((p) => p.name) };
}
