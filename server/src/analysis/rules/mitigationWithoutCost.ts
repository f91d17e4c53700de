// mitigation-without-cost: a mitigation is proposed (cache, replicas, queue, retries, "to mitigate this")
// and the section never says what it costs.
import { enclosingSection, isDesignContext } from '../designIntent';
import { insertAfterBlock } from '../fixes';
import { firstCostStatement, hasDedicatedSection, firstMitigationProposal } from '../structure';
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
    // A section dedicated to costs ("Drawbacks", "Trade-offs") answers for the whole design.
    if (hasDedicatedSection(doc, concepts, 'costHeading')) return [];
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
