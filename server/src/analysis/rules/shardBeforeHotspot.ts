// shard-before-hotspot: sharding or partitioning is proposed before the document has said what is overloaded
// and how we know. A global traffic estimate is not a hotspot; a hot key, a skewed tenant, a figure on one
// component or a capacity limit is.
import { insertBeforeLine } from '../fixes';
import { indexAtOrBefore, sectionAt, type DesignDocument } from '../document/model';
import type { ConceptMatch } from '../concepts/matcher';
import { cuesIn, inBackgroundSection, inHeading, inReadingList, spoken } from './mentionContext';
import type { Rule, RuleContext, RuleFinding } from './rule';

const MISSING_HOTSPOT = 'a named hotspot earlier in the document (what is overloaded and how we know)';

export const shardBeforeHotspot: Rule = {
  id: 'shard-before-hotspot',
  description: 'Sharding or partitioning is proposed before the document names the hotspot it relieves.',
  defaultSeverity: 'warning',
  tags: ['scaling', 'sharding'],
  why: 'Sharding is expensive and hard to undo (cross-shard queries, rebalancing, hot shards). Interviewers want the hotspot first: which table, key or tenant is overloaded, and the number that shows it.',
  stronger:
    'The orders table takes 18k writes/s at peak and the primary sits at 85% CPU; read replicas do not help writes, so we shard orders by customer_id (hash), which spreads the top tenant across 64 shards.',
  check(ctx) {
    const firstHotspot = firstNamedHotspot(ctx);
    const out: RuleFinding[] = [];
    const judged = new Set<number>();
    for (const m of ctx.concepts.all('shardingProposal')) {
      const section = sectionAt(ctx.doc, m.start);
      if (judged.has(section.index)) continue;
      if (inHeading(ctx.doc, m.start) || inReadingList(ctx, m.start) || inBackgroundSection(ctx, section) || splitsNoLoad(ctx.doc, m)) continue;
      if (!ctx.isDesignProposal && !ctx.isDesignSection(section)) continue;
      judged.add(section.index);
      if (firstHotspot < m.start || conditionalOnHotspot(ctx, m)) continue;
      const span = keywordSpan(ctx.doc.text, m);
      const trigger = ctx.doc.text.slice(span.start, span.end);
      out.push({
        start: span.start,
        end: span.end,
        message: `"${spoken(trigger)}" is proposed before any hotspot is named: say what is overloaded (table, key, tenant) and how you know (a QPS, CPU, IO or storage figure on that component, or skew).`,
        missing: [MISSING_HOTSPOT],
        trigger,
        section: section.heading?.text ?? null,
      });
    }
    return out;
  },
  fixes({ doc, finding }) {
    const at = paragraphOrListStart(doc, finding.data.start);
    const indent = doc.text.slice(doc.lines.lineStarts[doc.lines.lineOf(at)], at).match(/^[ \t>]*/)?.[0] ?? '';
    return [
      {
        title: 'Insert the hotspot before the sharding proposal',
        isPreferred: true,
        edits: [insertBeforeLine(doc, at, [`${indent}Hotspot: ... is overloaded (... writes/s or ...% CPU on ...), which replicas and caching do not relieve.`, indent.trimEnd()])],
      },
    ];
  },
};

const KEYWORD = /\b(?:consistent hash\w*|hash ring|(?:horizontal(?:ly)?|hash|range)[\s-]+(?:shard|partition)\w*|shard\w*|partition\w*)/i;

/** The sharding keyword inside a proposal match ("sharded" in "sharded [link] across"), so the range stays on prose. */
function keywordSpan(text: string, m: { start: number; end: number }): { start: number; end: number } {
  const k = KEYWORD.exec(text.slice(m.start, m.end));
  return k ? { start: m.start + k.index, end: m.start + k.index + k[0].length } : m;
}

/**
 * Whether the proposal's own sentence makes it conditional on a hotspot named after it ("we will partition
 * the key space once a single group cannot keep up"): the trigger and its evidence are stated together.
 */
function conditionalOnHotspot(ctx: RuleContext, m: ConceptMatch): boolean {
  const sentence = ctx.doc.sentences[m.sentence];
  const hotspot = ctx.concepts.first('hotspot', m.end, sentence.end);
  if (hotspot === undefined) return false;
  const cue = cuesIn(ctx, 'hotspotCondition', m.end, hotspot.start)[0] as number | undefined;
  // "shard by team, and add nodes when memory is above 80%": the condition belongs to the next clause's step.
  return cue !== undefined && !NEXT_CLAUSE.test(ctx.doc.text.slice(m.end, cue));
}

/** Partitioning by time so old data can be dropped ("partition it by day and drop partitions older than 10 days"). */
const BY_TIME = /\bby\s+(?:the\s+)?(?:day|date|week|month|hour|year|time|created_at|timestamp)\b/i;
const DROPS_OLD = /\b(?:drop\w*|detach\w*|archiv\w*|expir\w*|purg\w*|retention|older\s+than)\b/i;

/** Whether the proposal partitions by time for retention: a lifecycle choice, not the relief of a hotspot (the interviewer asks the same). */
function isRetentionPartitioning(doc: DesignDocument, m: ConceptMatch): boolean {
  const sentence = doc.sentences[m.sentence];
  const after = doc.evidence.slice(m.start, sentence.end);
  return BY_TIME.test(after.slice(0, 60)) && DROPS_OLD.test(after);
}

/** A purpose of ordering ("so that operations on one key stay ordered", "to preserve per-account order"). */
const FOR_ORDERING = /\bso(?:\s+that)?\b[^.;!?]{0,80}?\b(?:in\s+order|ordered|in\s+sequence)\b|\b(?:keeps?|preserv(?:e|es|ing)|guarantee[sd]?)\s+(?:the\s+)?(?:[\w-]+\s+)?order(?:ing)?\b/i;

/** Whether the proposal partitions a log or queue so one key's operations stay in order: ordering, not load. */
function isOrderingPartitioning(doc: DesignDocument, m: ConceptMatch): boolean {
  const sentence = doc.sentences[m.sentence];
  return FOR_ORDERING.test(doc.evidence.slice(m.start, sentence.end));
}

/** An option left for later with no trigger ("Later we can shard bookings by restaurant_id", "if needed", "if we expand nationally"). */
const DEFERRED = /\b(?:later(?:\s+on)?|(?:if|when|as)\s+(?:ever\s+)?needed|if\s+(?:we\s+)?(?:ever\s+)?need\s+(?:to|it)|if\s+(?:it|traffic|data|usage|load|volume|telemetry)\s+grows|if\s+we\s+(?:ever\s+)?(?:grow|expand|scale)\w*|down\s+the\s+(?:line|road)|in\s+the\s+future)\b/i;

/**
 * Whether the proposal is an option for later, not a step of the design ("we can shard the loans collection by
 * patron_id later"): nothing is split yet, so there is no hotspot to name; what is missing is the trigger, which
 * the rollout rule asks for. Labellers probed 1 of 10 such sentences as sharding before the hotspot.
 */
function isDeferredOption(doc: DesignDocument, m: ConceptMatch): boolean {
  const sentence = doc.sentences[m.sentence];
  // Its own clause only: "..., so we can move big apps later" defers something else.
  const after = doc.evidence.slice(m.end, sentence.end);
  const clauseEnd = /[,;:]|\b(?:so|to|and)\b/.exec(after);
  return DEFERRED.test(doc.evidence.slice(sentence.start, clauseEnd ? m.end + clauseEnd.index : sentence.end));
}

/** Files in an object store or a lake table format ("Parquet in the object store", "Iceberg tables on S3"). */
const DATA_LAKE = /\b(?:parquet|orc|avro|iceberg|delta\s+(?:lake|tables?)|hudi|hive|object\s+stor(?:e|age)|data\s+lake|lakehouse|S3|GCS|blob\s+storage)\b/i;
/** Where the clause holding the proposal starts: after a semicolon, or after ", and we" / "and then". */
const CLAUSE_START = /(?:;|\band\s+(?:then\s+)?(?:we|I|it|they)\b)(?![\s\S]*(?:;|\band\s+(?:then\s+)?(?:we|I|it|they)\b))/i;

/**
 * Whether the proposal lays out files in an object store or lake table by a key ("the YLTs are Parquet in the
 * object store, partitioned by run id"): a layout for pruning reads, not a database split to relieve a hotspot.
 */
function isDataLakeLayout(doc: DesignDocument, m: ConceptMatch): boolean {
  const sentence = doc.sentences[m.sentence];
  const before = doc.evidence.slice(sentence.start, m.start);
  const clause = CLAUSE_START.exec(before);
  return DATA_LAKE.test(clause ? before.slice(clause.index + clause[0].length) : before);
}

/**
 * Whether the partitioning relieves no load now: by time for retention, for per-key order, a lake's file layout, or
 * an option left for later. The rule and the interviewer's own shard question skip the same proposals.
 */
export function splitsNoLoad(doc: DesignDocument, m: ConceptMatch): boolean {
  return isRetentionPartitioning(doc, m) || isOrderingPartitioning(doc, m) || isDataLakeLayout(doc, m) || isDeferredOption(doc, m);
}

/** A clause that starts another step between a proposal and a condition: ", and", "; ", ", then". */
const NEXT_CLAUSE = /,\s*(?:and|then|plus)\b|;/i;

/** Offset of the first hotspot named outside reading lists, or Infinity. */
function firstNamedHotspot(ctx: RuleContext): number {
  for (const h of ctx.concepts.all('hotspot')) {
    if (!inReadingList(ctx, h.start)) return h.start;
  }
  return Infinity;
}

/** Start of the paragraph holding the offset, or of the whole list when it is in a list item. */
function paragraphOrListStart(doc: DesignDocument, offset: number): number {
  const b = indexAtOrBefore(doc.blocks, offset);
  const block = b >= 0 ? doc.blocks[b] : undefined;
  if (!block) return doc.lines.lineStarts[doc.lines.lineOf(offset)];
  if (block.listItem < 0) return doc.lines.lineStarts[doc.lines.lineOf(block.start)];
  let list = doc.lists[doc.items[block.listItem].list];
  while (list.parentItem >= 0) list = doc.lists[doc.items[list.parentItem].list];
  return doc.lines.lineStarts[doc.lines.lineOf(list.start)];
}
