// mitigation-without-cost: a mitigation is proposed (cache, replicas, queue, retries, "to mitigate this")
// and the section never says what it costs.
import { enclosingSection, isDesignContext } from '../designIntent';
import { insertAfterBlock } from '../fixes';
import type { DesignDocument, Section } from '../document/model';
import { dedicatedSections, firstCostStatement, firstMitigationProposal } from '../structure';
import type { Rule, RuleFinding } from './rule';

const MISSING = ['new cost'];

export const mitigationWithoutCost: Rule = {
  id: 'mitigation-without-cost',
  description: 'A mitigation is proposed without the new cost it brings.',
  defaultSeverity: 'warning',
  tags: ['structure', 'trade-off'],
  why: 'No mitigation is free: a cache serves stale data, replicas lag, a queue adds a backlog to watch, retries can storm. Interviewers want the trade-off named with the fix; an answer that adds components as if they were free reads as junior.',
  stronger: 'We add a read-through cache to take 90% of reads off the primary, at the cost of profiles being up to 60 s stale and one more cluster to operate.',
  check(ctx) {
    if (!ctx.isDesignProposal) return [];
    const { doc, concepts } = ctx;
    const costIn = (start: number, end: number) => firstCostStatement(doc, concepts, start, end);
    // A section dedicated to costs ("Drawbacks", "Trade-offs") answers for the mitigations it talks about.
    const costSections = dedicatedSections(doc, concepts, 'costHeading');
    const out: RuleFinding[] = [];
    // One finding per part of the answer ("Use case: ...", "Users+++"): its mitigations share one cost check.
    const reportedParts = new Set<number>();
    for (const section of doc.sections) {
      if (!isDesignContext(doc, concepts, section)) continue;
      const part = enclosingSection(doc, section, 1);
      if (reportedParts.has(part.index)) continue;
      // The section's own text: a mitigation in a subsection is found when that subsection comes up.
      const mitigation = firstMitigationProposal(doc, concepts, section.start, section.ownEnd);
      if (!mitigation || costIn(part.start, part.scopeEnd)) continue;
      if (costSections.some((s) => talksAbout(doc, s, mitigation.name))) continue;
      reportedParts.add(part.index);
      out.push({
        start: mitigation.start,
        end: mitigation.end,
        message: `"${mitigation.name}" is proposed as a mitigation without its new cost: what does it make worse (staleness, lag, complexity, latency, money)?`,
        missing: MISSING,
        trigger: mitigation.name,
        section: section.heading ? section.heading.text : null,
      });
    }
    return out;
  },
  fixes({ doc, finding }) {
    return [
      {
        title: 'Insert the new cost of this mitigation',
        isPreferred: true,
        edits: [insertAfterBlock(doc, finding.data.start, [`New cost: ... (what gets worse because of "${finding.data.trigger ?? 'this mitigation'}")`])],
      },
    ];
  },
};

/** Words too common in mitigations to say which one a cost section talks about. */
const COMMON_WORDS = ['mitigate', 'these', 'those', 'with', 'using', 'into', 'from', 'then', 'when', 'which', 'their', 'there', 'also', 'more', 'will', 'would', 'could', 'should', 'have', 'each', 'every', 'some', 'other', 'only', 'just', 'make', 'them', 'they', 'what', 'where', 'about', 'over', 'under', 'design', 'system', 'service', 'solve', 'method', 'approach', 'problem', 'issue', 'work', 'around', 'address', 'handle', 'this', 'that'];

/** "caching" and "cache", "replicas" and "replication" share a stem: suffixes off, then the first five letters. */
function stemOf(word: string): string {
  return word.toLowerCase().replace(/(?:ations?|ions?|ings?|ed|es|s|e)$/, '');
}

function sameStem(a: string, b: string): boolean {
  const n = Math.min(5, a.length, b.length);
  return n >= 4 && a.slice(0, n) === b.slice(0, n);
}

const COMMON_STEMS = COMMON_WORDS.map(stemOf);

function stemsIn(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z-]{3,}/g) ?? []).map(stemOf).filter((s) => s.length >= 4);
}

/** Whether a cost section names what the mitigation names ("the cache" / "Caching means stale reads"); a vague one ("we solve this by this method") it may. */
function talksAbout(doc: DesignDocument, costSection: Section, mitigation: string): boolean {
  const stems = stemsIn(mitigation).filter((s) => !COMMON_STEMS.some((c) => sameStem(s, c)));
  if (stems.length === 0) return true;
  const words = stemsIn(doc.evidence.slice(costSection.start, costSection.scopeEnd));
  return stems.some((s) => words.some((w) => sameStem(s, w)));
}
