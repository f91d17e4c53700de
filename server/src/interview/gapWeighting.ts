// Adjustments to a document's gap weights that need the whole document: the core component first, a wish list
// last, and a generic failure-mode question yielding to a specific finding on the same sentence.
import { sentenceAt, type DesignDocument } from '../analysis/document/model';
import { sourceFindings, type AnalysedText } from './analysedText';
import { centralityOf, componentFrequency } from './componentNames';
import type { PlannedGap } from './plannedGap';

/** How much a gap on an item of an unranked list of improvements counts: a wish list is not the design. */
const WISH_LIST_FACTOR = 0.7;

/** Gaps on the items of a list the analysis found unprioritised ("Add a CDN" under "Improvements") come later. */
export function setAsideWishLists(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const doc = source.doc;
  if (!doc) return gaps;
  const lines = new Set(sourceFindings(source).filter((f) => f.rule === 'unprioritized-improvements').map((f) => Number(f.data.listLine)));
  const lists = doc.lists.filter((l) => lines.has(l.line));
  if (lists.length === 0) return gaps;
  const onWishList = (g: PlannedGap) => g.rule !== 'unprioritized-improvements' && g.start !== undefined && lists.some((l) => g.start! >= l.start && g.start! < l.end);
  return gaps.map((g) => (onWishList(g) ? { ...g, weight: round(g.weight * WISH_LIST_FACTOR) } : g));
}

/** Rules whose finding says exactly what is weak about a proposal (a queue, a shard, a consistency or redundancy claim). */
const SPECIFIC_RULES: ReadonlySet<string> = new Set(['queue-without-failure-semantics', 'eventual-consistency-unqualified', 'shard-before-hotspot', 'availability-without-resilience']);

/** How much a generic failure-mode gap counts when a specific finding sits in the same sentence. */
const GENERIC_YIELD_FACTOR = 0.75;

/**
 * "We'll shard the links table across 8 Postgres shards" is a missing failure mode and a shard before its
 * hotspot: the specific question is the sharper one, so the generic failure-mode gap on that sentence yields.
 */
export function yieldToSpecificFindings(doc: DesignDocument, gaps: PlannedGap[]): PlannedGap[] {
  const specificSentences = new Set(gaps.filter((g) => g.rule && SPECIFIC_RULES.has(g.rule) && g.start !== undefined).map((g) => sentenceAt(doc, g.start!)));
  return gaps.map((g) =>
    g.rule === 'missing-failure-mode' && g.start !== undefined && specificSentences.has(sentenceAt(doc, g.start)) ? { ...g, weight: round(g.weight * GENERIC_YIELD_FACTOR) } : g,
  );
}

/**
 * The core of a design is where the components it leans on are discussed: a gap in the most central section
 * counts 20% more, one in a section naming none of them 30% less ("missing failure mode on the core component").
 */
export function weighByCentrality(source: AnalysedText, gaps: PlannedGap[]): PlannedGap[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return gaps;
  const frequency = componentFrequency(concepts);
  const counts = doc.sections.map((s) => centralityOf(concepts, frequency, s.start, Math.min(s.ownEnd, source.sourceLength)));
  const most = Math.max(0, ...gaps.map((g) => (g.sectionIndex === undefined ? 0 : counts[g.sectionIndex])));
  if (most === 0) return gaps;
  return gaps.map((g) => (g.sectionIndex === undefined ? g : { ...g, weight: round(g.weight * (0.7 + (0.5 * counts[g.sectionIndex]) / most)) }));
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
