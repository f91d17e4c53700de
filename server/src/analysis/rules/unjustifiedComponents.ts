// unjustified-components: four or more named technologies chosen in one paragraph or one list with no reason
// tied to a constraint ("because ...", "to handle 20k writes/s", "since we need ...").
import { indexAtOrBefore, sectionAt, type DesignDocument, type MdList } from '../document/model';
import type { ConceptMatch } from '../concepts/matcher';
import type { TextEdit } from '../types';
import { isDesignContext } from '../designIntent';
import { headingNames } from './mentionContext';
import type { Rule, RuleContext, RuleFinding } from './rule';

/** Concept ids of named technologies (one per family, so users extend the right list). */
const TECHNOLOGY_CONCEPTS = [
  'databaseTechnology',
  'cacheTechnology',
  'messagingTechnology',
  'searchTechnology',
  'dataProcessingTechnology',
  'cloudPlatform',
  'cloudService',
  'infrastructureTechnology',
  'applicationFramework',
] as const;

const MIN_TECHNOLOGIES = 4;
/** "Redis or Memcached", "Kafka/Pulsar": the second name is an alternative to the first, not another choice. */
const ALTERNATIVE_JOIN = /^\s*,?\s*(?:or|and\/or|\/)\s*$/i;
/** Vendor prefixes that do not make a different technology ("Amazon S3" = "S3"). */
const VENDOR_PREFIX = /^(?:apache|amazon|aws|azure|microsoft|google|cloud)\s+(?=\S)/i;

/** A paragraph, or a top-level list with everything nested in it. */
interface Cluster {
  kind: 'paragraph' | 'list';
  /** The paragraph's block index, or the top-level list's index. */
  index: number;
  start: number;
  end: number;
  mentions: ConceptMatch[];
}

/** Where a reason can attach in a cluster (a sentence of a paragraph, a top-level item of a list) and where one would go. */
interface ReasonUnit {
  start: number;
  end: number;
  reasonAt: number;
}

export const unjustifiedComponents: Rule = {
  id: 'unjustified-components',
  description: 'Four or more named technologies in one paragraph or list with no reason tied to a constraint.',
  defaultSeverity: 'warning',
  tags: ['components'],
  why: 'Naming Kafka, Redis, Cassandra and Kubernetes in one breath sounds like a shopping list. Interviewers want each component tied to the constraint that forces it: the write rate, the latency budget, the durability need.',
  stronger: 'Cassandra for the event log because we need 20k writes/s across regions; Redis in front of profiles to keep p99 reads under 10 ms; Kafka between them so ingestion survives a slow consumer.',
  check(ctx) {
    const out: RuleFinding[] = [];
    const clusters = clustersWithTechnologies(ctx);
    let chosenBefore: ((key: string, at: number) => boolean) | undefined;
    for (const cluster of clusters) {
      // Most paragraphs name one or two technologies: fewer mentions than the minimum cannot be enough names.
      if (cluster.mentions.length < MIN_TECHNOLOGIES) continue;
      const counted = chosenTechnologies(ctx, cluster.mentions);
      const names = distinctNames(ctx.doc, counted);
      if (names.size < MIN_TECHNOLOGIES) continue;
      // Technologies in requirements, background or alternatives sections are not this design's choices; in
      // a proposal, any other section states the stack, proposing verbs or not ("The stack: Nginx, ...").
      const section = sectionAt(ctx.doc, cluster.start);
      if (!ctx.isDesignProposal || !isDesignContext(ctx.doc, ctx.concepts, section)) continue;
      // A section titled for availability ("Reliability": "the API runs on ECS behind an ALB, Postgres is RDS
      // Multi-AZ") says how the pieces are made redundant, not which pieces the design needs.
      if (headingNames(ctx.concepts, section, 'resilienceHeading')) continue;
      // A section that goes back over the stack ("Postgres is RDS Multi-AZ, Redis is ElastiCache, ...") chose
      // none of what the design already named: only the technologies it brings in count.
      chosenBefore ??= designChoicesBefore(ctx, clusters);
      if ([...names.keys()].filter((key) => !chosenBefore!(key, cluster.start)).length < MIN_TECHNOLOGIES) continue;
      const gap = reasonGap(ctx, cluster, counted);
      if (!gap) continue;
      const first = counted[0];
      const last = counted[counted.length - 1];
      const sameLine = ctx.doc.lines.lineOf(first.start) === ctx.doc.lines.lineOf(last.end);
      const all = [...names.values()];
      out.push({
        start: first.start,
        end: sameLine ? last.end : first.end,
        message: `${all.length} technologies named (${all.join(', ')}) with no reason tied to a constraint: say why each one (e.g. "${gap.names[0]} because we need ...", "... to handle 20k writes/s").`,
        missing: gap.names.map((n) => `why ${n} (the constraint it answers)`),
        technologies: all,
        unjustified: gap.names,
        clusterKind: cluster.kind,
        reasonAt: gap.reasonAt,
      });
    }
    return out;
  },
  fixes({ doc, finding }) {
    const names = (finding.data.unjustified as string[] | undefined) ?? [];
    const at = (finding.data.reasonAt as number[] | undefined) ?? [];
    if (!names.length || !at.length) return [];
    const edits: TextEdit[] =
      finding.data.clusterKind === 'list'
        ? at.map((offset) => insertAt(doc, offset, ' because ... (the constraint it answers: load, latency, durability, cost)'))
        : [insertAt(doc, at[0], ` Why: ${names.map((n) => `${n} because ...`).join('; ')}.`)];
    return [{ title: 'Add a reason for each technology', isPreferred: true, edits }];
  },
};

/** Technology mentions grouped by paragraph or top-level list, longest name winning where names overlap. */
function clustersWithTechnologies(ctx: RuleContext): Cluster[] {
  const { doc, concepts } = ctx;
  // Each list is in text order (at one start the longer first): walked merged, as a stable sort of them all would order them.
  const lists = TECHNOLOGY_CONCEPTS.map((id) => concepts.all(id));
  const next = lists.map(() => 0);
  // Keyed by block index for paragraphs and by -1 - list index for lists: a number per cluster, no key string per mention.
  const clusters = new Map<number, Cluster>();
  let lastEnd = -1;
  for (let l = firstByPosition(lists, next); l >= 0; l = firstByPosition(lists, next)) {
    const m = lists[l][next[l]++];
    if (m.start < lastEnd) continue; // inside a longer name ("Azure" in "Azure Cosmos DB")
    lastEnd = m.end;
    const b = indexAtOrBefore(doc.blocks, m.start);
    const block = doc.blocks[b];
    if (!block || block.kind !== 'paragraph' || block.quoted) continue;
    const cluster = block.listItem >= 0 ? listCluster(doc, clusters, rootList(doc, block.listItem)) : paragraphCluster(doc, clusters, b);
    cluster.mentions.push(m);
  }
  return [...clusters.values()];
}

/**
 * The list whose next mention (at `next`) comes first: by start, at one start the longer first, the earlier list on
 * a tie; -1 when every list is used up. Walks the lists in merged order without building merged copies per edit.
 */
function firstByPosition(lists: readonly ConceptMatch[][], next: readonly number[]): number {
  let best = -1;
  let bestMatch: ConceptMatch | undefined;
  for (let l = 0; l < lists.length; l++) {
    if (next[l] >= lists[l].length) continue;
    const m = lists[l][next[l]];
    if (!bestMatch || m.start < bestMatch.start || (m.start === bestMatch.start && m.end > bestMatch.end)) {
      best = l;
      bestMatch = m;
    }
  }
  return best;
}

function rootList(doc: DesignDocument, item: number): number {
  let list = doc.items[item].list;
  while (doc.lists[list].parentItem >= 0) list = doc.items[doc.lists[list].parentItem].list;
  return list;
}

function listCluster(doc: DesignDocument, clusters: Map<number, Cluster>, listIndex: number): Cluster {
  let c = clusters.get(-1 - listIndex);
  if (!c) {
    const list: MdList = doc.lists[listIndex];
    c = { kind: 'list', index: listIndex, start: list.start, end: list.end, mentions: [] };
    clusters.set(-1 - listIndex, c);
  }
  return c;
}

function paragraphCluster(doc: DesignDocument, clusters: Map<number, Cluster>, blockIndex: number): Cluster {
  let c = clusters.get(blockIndex);
  if (!c) {
    const block = doc.blocks[blockIndex];
    c = { kind: 'paragraph', index: blockIndex, start: block.start, end: block.end, mentions: [] };
    clusters.set(blockIndex, c);
  }
  return c;
}

/** The cluster's reason units, worked out only for the few clusters that name enough technologies. */
function reasonUnits(doc: DesignDocument, cluster: Cluster): ReasonUnit[] {
  if (cluster.kind === 'list') {
    // A reason for an item goes at the end of its first paragraph.
    return doc.lists[cluster.index].items.map((i) => ({ start: doc.items[i].start, end: doc.items[i].end, reasonAt: doc.blocks[doc.items[i].blockStart]?.end ?? doc.items[i].end }));
  }
  const block = doc.blocks[cluster.index];
  return doc.sentences.slice(block.sentenceStart, block.sentenceEnd).map((s) => ({ start: s.start, end: s.end, reasonAt: block.end }));
}

/** The sentence that introduces a list cluster, if any. */
function leadIn(doc: DesignDocument, cluster: Cluster): { start: number; end: number } | undefined {
  if (cluster.kind !== 'list') return undefined;
  const list: MdList = doc.lists[cluster.index];
  const before = indexAtOrBefore(doc.blocks, list.start - 1);
  const leadBlock = before >= 0 && doc.blocks[before].end <= list.start && doc.blocks[before].listItem < 0 ? doc.blocks[before] : undefined;
  const leadSentence = leadBlock ? doc.sentences[leadBlock.sentenceEnd - 1] : undefined;
  return leadSentence && leadBlock?.kind === 'paragraph' ? { start: leadSentence.start, end: leadSentence.end } : undefined;
}

/** Mentions that are choices: not in a sentence of examples or alternatives, not the "or" half of a pair. */
function chosenTechnologies(ctx: RuleContext, mentions: ConceptMatch[]): ConceptMatch[] {
  const out: ConceptMatch[] = [];
  let previous: ConceptMatch | undefined;
  let cueSentence = -1;
  let cued = false;
  for (const m of mentions) {
    const alternativeOfPrevious = previous && previous.sentence === m.sentence && ALTERNATIVE_JOIN.test(ctx.doc.evidence.slice(previous.end, m.start));
    previous = m;
    if (alternativeOfPrevious) continue;
    // Asked once per sentence (several names share one).
    if (m.sentence !== cueSentence) {
      cueSentence = m.sentence;
      cued = ctx.concepts.inSentence('technologyAlternativesCue', m.sentence) !== undefined;
    }
    if (cued) continue;
    out.push(m);
  }
  return out;
}

/**
 * Whether a technology (by its key) was named in a design section before an offset: where it was chosen. Built
 * from the raw mentions; the "alternatives like ..." cue is asked only of the mentions a question reaches.
 */
function designChoicesBefore(ctx: RuleContext, clusters: readonly Cluster[]): (key: string, at: number) => boolean {
  const mentionsByKey = new Map<string, ConceptMatch[]>();
  for (const cluster of clusters) {
    if (!isDesignContext(ctx.doc, ctx.concepts, sectionAt(ctx.doc, cluster.start))) continue;
    for (const m of cluster.mentions) {
      const { key } = nameOf(ctx.doc, m);
      let list = mentionsByKey.get(key);
      if (!list) mentionsByKey.set(key, (list = []));
      list.push(m);
    }
  }
  const cued = new Map<number, boolean>();
  const isCued = (sentence: number) => {
    let v = cued.get(sentence);
    if (v === undefined) cued.set(sentence, (v = ctx.concepts.inSentence('technologyAlternativesCue', sentence) !== undefined));
    return v;
  };
  return (key, at) => {
    for (const m of mentionsByKey.get(key) ?? []) {
      if (m.start >= at) return false;
      if (!isCued(m.sentence)) return true;
    }
    return false;
  };
}

/** Distinct technology names, keyed by a normalised form, in order of first mention. */
function distinctNames(doc: DesignDocument, mentions: ConceptMatch[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of mentions) {
    const { written, key } = nameOf(doc, m);
    if (!names.has(key)) names.set(key, written);
  }
  return names;
}

/** A mention's name as written (white space collapsed) and its normalised key. */
function nameOf(doc: DesignDocument, m: ConceptMatch): { written: string; key: string } {
  const raw = doc.text.slice(m.start, m.end);
  let name = names.get(raw);
  if (!name) {
    const written = raw.replace(/\s+/g, ' ');
    name = { written, key: written.replace(VENDOR_PREFIX, '').toLowerCase().replace(/[^a-z0-9]/g, '') };
    if (names.size >= MAX_NAMES) names.clear();
    names.set(raw, name);
  }
  return name;
}

/**
 * Names by their text: documents name the same few technologies over and over, each cluster asks several
 * times, and every keystroke re-runs the rule. Bounded, since documents can name anything.
 */
const names = new Map<string, { written: string; key: string }>();
const MAX_NAMES = 1000;

/**
 * What lacks a reason: the names never mentioned in a unit (sentence or top-level item) with a reason, and where
 * reasons would go. Null when the lead-in sentence gives a reason or at least half of the names have one.
 */
function reasonGap(ctx: RuleContext, cluster: Cluster, counted: ConceptMatch[]): { names: string[]; reasonAt: number[] } | null {
  const lead = leadIn(ctx.doc, cluster);
  if (lead && ctx.concepts.has('componentReason', lead.start, lead.end)) return null;
  const justified = new Set<string>();
  const bare: ConceptMatch[] = [];
  const reasonAt: number[] = [];
  for (const unit of reasonUnits(ctx.doc, cluster)) {
    const inUnit = counted.filter((m) => m.start >= unit.start && m.start < unit.end);
    if (!inUnit.length) continue;
    if (ctx.concepts.has('componentReason', unit.start, unit.end)) {
      for (const key of distinctNames(ctx.doc, inUnit).keys()) justified.add(key);
    } else {
      bare.push(...inUnit);
      reasonAt.push(unit.reasonAt);
    }
  }
  const unjustified = [...distinctNames(ctx.doc, bare).entries()].filter(([key]) => !justified.has(key));
  const total = distinctNames(ctx.doc, counted).size;
  if (unjustified.length * 2 <= total) return null;
  return { names: unjustified.map(([, name]) => name), reasonAt: cluster.kind === 'list' ? reasonAt : [cluster.end] };
}

/** A zero-width insertion of `text` at an offset. */
function insertAt(doc: DesignDocument, offset: number, text: string): TextEdit {
  const at = doc.lines.positionAt(offset);
  return { range: { start: at, end: at }, newText: text };
}
