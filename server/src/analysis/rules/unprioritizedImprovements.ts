// unprioritized-improvements: a list of four or more improvements, mitigations, next steps or options with no
// order and no reason for an order, in the list or in the sentence that introduces it.
import { indexAtOrBefore, sectionAt, type DesignDocument, type MdList, type TextBlock } from '../document/model';
import type { ConceptMatcher } from '../concepts/matcher';
import { lineBreakOf } from '../fixes';
import type { Rule, RuleFinding } from './rule';

const MIN_ITEMS = 4;
/** An order word counts inside an item only as its first word ("First, ...", "Then ..."), not mid-procedure. */
const ITEM_LEAD_CHARS = 24;
const MISSING = 'which one comes first and why (the bottleneck it relieves)';
const LIST_MARKER = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]*/;
/** An item that is only a link: [text](url), [text][ref] or <url>, optionally with a short trailing note. */
const LINK_ONLY = /^(?:\[[^\]]*\]\([^)]*\)|\[[^\]]*\]\[[^\]]*\]|<[^>]+>)[.,;]?$/;
/** Cues that are verbs ("we could", "ways to") rather than nouns ("improvements"). */
const VERB_CUE = /^(?:we|you|could|ways|things)\b/i;

interface LeadIn {
  block: TextBlock;
  index: number;
  /** The sentence that introduces the list: the lead-in block's last sentence (a heading is one sentence). */
  sentenceStart: number;
  sentenceEnd: number;
}

export const unprioritizedImprovements: Rule = {
  id: 'unprioritized-improvements',
  description: 'A list of four or more improvements, mitigations, next steps or options with no order or reason for one.',
  defaultSeverity: 'warning',
  tags: ['prioritization'],
  why: 'Listing ten improvements reads as brainstorming. Interviewers want to hear which one you would do first and why: the bottleneck it relieves, what it unblocks, and what can wait.',
  stronger: 'First add the read replica, because reads are 90% of the load on the primary; then cache hot profiles; only after writes exceed 5k/s would I shard.',
  check(ctx) {
    const { doc, concepts } = ctx;
    const out: RuleFinding[] = [];
    for (const list of doc.lists) {
      if (list.items.length < MIN_ITEMS) continue;
      const leadIn = leadInOf(doc, list);
      const cue = listCue(doc, concepts, list, leadIn);
      if (!cue) continue;
      // "Options" and "optimizations" in an API reference or README are features, not choices to rank.
      if (!ctx.isDesignProposal && concepts.spansInText('designChoiceListCue', concepts.textOf(cue)).length) continue;
      if (isPrioritized(doc, concepts, list, leadIn)) continue;
      out.push({
        start: cue.start,
        end: cue.end,
        message: `${list.items.length} ${describeCue(concepts.textOf(cue))} listed with no order: say which comes first and why (e.g. "First ..., because it relieves ...; only after ..., ...").`,
        missing: [MISSING],
        items: list.items.length,
        listLine: list.line,
      });
    }
    return out;
  },
  fixes({ doc, finding }) {
    const listLine = Number(finding.data.listLine);
    const list = doc.lists.find((l) => l.line === listLine);
    if (!list) return [];
    const lineStart = doc.lines.lineStarts[list.line];
    const indent = doc.text.slice(lineStart, doc.lines.lineEnd(list.line)).match(/^[ \t>]*/)?.[0] ?? '';
    const eol = lineBreakOf(doc);
    const at = { line: list.line, character: 0 };
    return [
      {
        title: 'Insert a priority line before the list',
        isPreferred: true,
        edits: [
          {
            range: { start: at, end: at },
            newText: `${indent}Priority: first ..., because it relieves ...; then ...; only after ... exceeds ..., ...${eol}${indent.trimEnd()}${eol}`,
          },
        ],
      },
    ];
  },
};

/** The prose that introduces a list: the text of its parent item, or the paragraph or heading just before it. */
function leadInOf(doc: DesignDocument, list: MdList): LeadIn | undefined {
  const b = indexAtOrBefore(doc.blocks, list.start - 1);
  if (b < 0) return undefined;
  const block = doc.blocks[b];
  if (block.end > list.start) return undefined;
  if (list.parentItem >= 0 ? block.listItem !== list.parentItem : block.listItem >= 0 || block.kind === 'tableCell') return undefined;
  if (sectionAt(doc, block.start) !== sectionAt(doc, list.start) && block.kind !== 'heading') return undefined;
  const last = doc.sentences[block.sentenceEnd - 1];
  if (!last) return undefined;
  return { block, index: b, sentenceStart: last.start, sentenceEnd: last.end };
}

/** The phrase that marks the list as improvements/options: in the lead-in sentence, or the heading right above. */
function listCue(doc: DesignDocument, concepts: ConceptMatcher, list: MdList, leadIn: LeadIn | undefined) {
  if (leadIn && leadIn.block.kind !== 'heading') {
    if (concepts.has('readingListCue', leadIn.sentenceStart, leadIn.sentenceEnd)) return undefined;
    // Prefer the noun ("scaling patterns") over the verb ("we might") when the sentence has both.
    const cues = concepts.in('improvementListCue', leadIn.sentenceStart, leadIn.sentenceEnd);
    const cue = cues.find((c) => !VERB_CUE.test(concepts.textOf(c))) ?? cues[0];
    // "We could store media on S3." before a flow list is not a list of options: a verb cue must introduce it.
    if (cue && (!VERB_CUE.test(concepts.textOf(cue)) || introducesList(doc, leadIn))) return cue;
  }
  // A heading cue ("## Next steps") counts only for a list that is the section's opening content and is not
  // a list of links (a reading list under "Next steps" is not a plan).
  if (list.parentItem >= 0 || isLinkList(doc, list)) return undefined;
  const heading = sectionAt(doc, list.start).heading;
  if (!heading || !leadIn || (leadIn.index !== heading.block && leadIn.index !== heading.block + 1)) return undefined;
  return concepts.first('improvementListCue', heading.start, heading.end);
}

/** Whether the lead-in sentence announces a list (ends with a colon, or says "the following"/"below"). */
function introducesList(doc: DesignDocument, leadIn: LeadIn): boolean {
  const sentence = doc.evidence.slice(leadIn.sentenceStart, leadIn.sentenceEnd).trim();
  return sentence.endsWith(':') || /\b(?:following|below|include|includes)\b/i.test(sentence);
}

/** Order words in the lead-in sentence or at the start of an item, or a priority label or reason in the lead-in or the items. */
function isPrioritized(doc: DesignDocument, concepts: ConceptMatcher, list: MdList, leadIn: LeadIn | undefined): boolean {
  if (leadIn && concepts.has('noParticularOrder', leadIn.block.start, leadIn.block.end)) return false;
  if (leadIn && leadIn.block.kind !== 'heading') {
    if (concepts.has('priorityOrder', leadIn.sentenceStart, leadIn.sentenceEnd) || concepts.has('priorityReason', leadIn.block.start, leadIn.block.end)) return true;
  }
  if (concepts.has('priorityReason', list.start, list.end)) return true;
  for (const i of list.items) {
    const item = doc.items[i];
    const first = doc.blocks[item.blockStart];
    if (!first) continue;
    const order = concepts.first('priorityOrder', first.start, Math.min(first.end, first.start + ITEM_LEAD_CHARS));
    if (order && /^[\s\p{P}\d]*$/u.test(doc.evidence.slice(first.start, order.start))) return true;
  }
  // A sentence right after the list may give the order ("Of these, start with the cache because ...").
  const next = doc.blocks[indexAtOrBefore(doc.blocks, list.end) + 1];
  if (next && next.listItem < 0 && next.kind === 'paragraph' && sectionAt(doc, next.start) === sectionAt(doc, list.start)) {
    const s = doc.sentences[next.sentenceStart];
    if (s && (concepts.has('priorityOrder', s.start, s.end) || concepts.has('priorityReason', s.start, s.end))) return true;
  }
  return false;
}

/** Whether most items are nothing but a link (a reading list). */
function isLinkList(doc: DesignDocument, list: MdList): boolean {
  let links = 0;
  for (const i of list.items) {
    const item = doc.items[i];
    const firstLine = doc.text.slice(item.start, doc.lines.lineEnd(item.line)).replace(LIST_MARKER, '').trim();
    if (LINK_ONLY.test(firstLine)) links++;
  }
  return links * 2 > list.items.length;
}

/** A plural noun for the message ("improvements", "options"), from the cue as written. */
function describeCue(cue: string): string {
  const lower = cue.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:we|you|could)\b/.test(lower) || /ways to|things/.test(lower)) return 'options';
  if (/^todo|^to-do/.test(lower)) return 'to-dos';
  return lower.endsWith('s') ? lower : `${lower}s`;
}
