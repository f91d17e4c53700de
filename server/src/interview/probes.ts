// Probe selection: ranks the gaps the way a strong interviewer would probe them (base weight x the persona's
// priorities and emphasis x the level's emphasis), spreading the questions over the design (each further gap of
// the same kind, in the same section or about the same component counts for less) and never quoting the same
// words twice (the same trigger in the same sentence).
import { levelFactor } from './levels';
import { emphasisAfterFirstQuestion, emphasisFactor, priorityFactor } from './personas';
import { isChecklistQuestion, normalizedQuote, type PlannedGap } from './plannedGap';
import { probeQuestion } from './questionText';
import type { Level, Persona, Probe } from './types';

/** A second gap of a kind already chosen counts for this much (a third for its square). */
const SAME_KIND_FACTOR = 0.94;
/** A further gap in a section already probed counts for this much: every part of the design is asked about once before any twice. */
const SAME_SECTION_FACTOR = 0.9;
/**
 * From the third question on, an unranked wish list within this share of a generic checklist question ("what breaks
 * here?", "which constraint?") is asked instead: once the core has been probed, "which of these comes first?" on a
 * list the candidate wrote is the sharper close (of 31 third questions this changes over 602 labelled answers,
 * labellers asked the wish list in 21, the checklist question it displaced in 1).
 */
const WISH_LIST_OVER_CHECKLIST = 0.8;
/** A further gap about a component already asked about ("Kafka" twice) counts for this much: one question per component before a second. */
const SAME_COMPONENT_FACTOR = 0.8;

/** Kinds of problem (rule findings, not structure parts) besides the gap's own that make an answer crowded. */
const CROWDED_ANSWER_KINDS = 6;

/** Whether an answer leaving the `open` kinds of problem open is crowded for a gap of `kind` (its own kind not counted). */
function crowdedFor(open: ReadonlySet<string>, kind: string): boolean {
  return open.size - (open.has(kind) ? 1 : 0) >= CROWDED_ANSWER_KINDS;
}

export function rankGaps(gaps: readonly PlannedGap[], persona: Persona, level: Level): PlannedGap[] {
  const open = new Set(gaps.filter((g) => g.rule && !g.kind.startsWith('structure:')).map((g) => g.kind));
  const remaining = oneStructurePartPerSection(
    gaps.map((gap) => ({ gap, base: gap.weight * priorityFactor(persona, gap.kind) * candidateEmphasis(persona, gap, crowdedFor(open, gap.kind)) * levelFactor(level, gap.kind), afterFirst: candidateEmphasisAfterFirst(persona, gap) })),
  );
  const kinds = new Map<string, number>();
  const sections = new Map<number, number>();
  const components = new Map<string, number>();
  const quotes = new Set<string>();
  const out: PlannedGap[] = [];
  while (remaining.length) {
    const scoreOf = (r: (typeof remaining)[number]): number =>
      r.base *
      (out.length > 0 ? r.afterFirst : 1) *
      SAME_KIND_FACTOR ** (kinds.get(r.gap.kind) ?? 0) *
      SAME_SECTION_FACTOR ** (r.gap.sectionIndex === undefined ? 0 : sections.get(r.gap.sectionIndex) ?? 0) *
      SAME_COMPONENT_FACTOR ** (r.gap.component === undefined ? 0 : components.get(componentKey(r.gap.component)) ?? 0);
    let best = -1;
    let bestScore = -Infinity;
    remaining.forEach((r, i) => {
      const score = scoreOf(r);
      // Ties keep the input order (document order for a document, the bank's order for a practice question).
      if (score > bestScore + 1e-9) {
        best = i;
        bestScore = score;
      }
    });
    if (out.length >= 2 && isChecklistQuestion(remaining[best].gap)) {
      const wishList = remaining.findIndex((r) => r.gap.kind === 'unprioritized-improvements');
      if (wishList >= 0 && scoreOf(remaining[wishList]) >= WISH_LIST_OVER_CHECKLIST * bestScore) best = wishList;
    }
    const { gap } = remaining.splice(best, 1)[0];
    // The same trigger in another sentence ("Kafka" in the stack list, then in the bid pipeline) is another question.
    const quote = gap.quote ? `${normalizedQuote(gap.quote)}@${normalizedQuote(gap.context)}` : '';
    if (quote && quotes.has(quote)) continue;
    if (quote) quotes.add(quote);
    out.push(gap);
    kinds.set(gap.kind, (kinds.get(gap.kind) ?? 0) + 1);
    if (gap.sectionIndex !== undefined) sections.set(gap.sectionIndex, (sections.get(gap.sectionIndex) ?? 0) + 1);
    if (gap.component !== undefined) components.set(componentKey(gap.component), (components.get(componentKey(gap.component)) ?? 0) + 1);
  }
  return shortenRepeatedSentences(out);
}

/** A persona's emphasis is on what the candidate wrote and left open; a practice question's unquoted pressure point keeps the bank's weight. */
function candidateEmphasis(persona: Persona, gap: PlannedGap, crowded: boolean): number {
  return gap.quoteKind === 'none' ? 1 : emphasisFactor(persona, gap.kind, crowded);
}

/** The same for the emphasis from the second question on. */
function candidateEmphasisAfterFirst(persona: Persona, gap: PlannedGap): number {
  return gap.quoteKind === 'none' ? 1 : emphasisAfterFirstQuestion(persona, gap.kind);
}

/** "the Kafka topic" and "Kafka" are one component to the candidate. */
function componentKey(component: string): string {
  return component.toLowerCase().replace(/^the\s+/, '').split(/\s+/)[0];
}

/**
 * A section missing several structure parts is asked about one: the part this persona weighs most (the others
 * quote the same words, and a follow-up on the answer reaches them).
 */
function oneStructurePartPerSection<T extends { gap: PlannedGap; base: number }>(weighted: T[]): T[] {
  const best = new Map<number, T>();
  for (const w of weighted) {
    if (w.gap.rule !== null || w.gap.part === undefined || w.gap.sectionIndex === undefined) continue;
    const known = best.get(w.gap.sectionIndex);
    if (!known || w.base > known.base) best.set(w.gap.sectionIndex, w);
  }
  return weighted.filter((w) => w.gap.rule !== null || w.gap.part === undefined || w.gap.sectionIndex === undefined || best.get(w.gap.sectionIndex) === w);
}

/** A sentence already quoted is not quoted again in full: the later question names only its trigger. */
function shortenRepeatedSentences(ranked: PlannedGap[]): PlannedGap[] {
  const quoted = new Set<string>();
  return ranked.map((gap) => {
    if (gap.quoteKind !== 'sentence') return gap;
    const sentence = normalizedQuote(gap.context);
    if (!quoted.has(sentence)) {
      quoted.add(sentence);
      return gap;
    }
    // A clause ("We will use Kafka") is still something they wrote; a bare name is something they mention.
    return { ...gap, context: gap.quote, quoteKind: gap.quote.split(' ').length >= 3 ? 'sentence' : 'mention' };
  });
}

export function probeFor(gap: PlannedGap, persona: Persona): Probe {
  return { rule: gap.rule, gap: gap.id, question: probeQuestion(gap, persona), quote: gap.quote };
}
