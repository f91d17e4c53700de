// missing-failure-mode: a design section proposes running components and its part of the answer never says what breaks.
import { enclosingSection, firstProposal } from '../designIntent';
import { insertAfterBlock } from '../fixes';
import { dedicatedSections, firstFailureStatement, hasDedicatedSection } from '../structure';
import type { Rule, RuleFinding } from './rule';

const MISSING = ['failure mode'];

export const missingFailureMode: Rule = {
  id: 'missing-failure-mode',
  description: 'A design proposes running components without saying what breaks when they fail, slow down or fill up.',
  defaultSeverity: 'warning',
  tags: ['structure', 'failure-mode'],
  why: 'Every component you add can fail, slow down or fill up. Interviewers listen for the failure mode right after the choice: what breaks, how you notice, and what the user sees. A design that only works on the happy path reads as junior.',
  stronger: 'We will use Redis for sessions. If Redis is down, logins fall back to the database at 3x latency; if it is slow, requests time out after 50 ms and we serve a cached profile.',
  check(ctx) {
    if (!ctx.isDesignProposal) return [];
    const { doc, concepts } = ctx;
    const failureIn = (start: number, end: number) => firstFailureStatement(doc, concepts, start, end);
    // A section dedicated to failures ("Risks", "Caveats", "Failure modes") answers for the whole design; an
    // "Availability" or "Reliability" section does only when it states a failure (multi-AZ claims do not).
    if (hasDedicatedSection(doc, concepts, 'failureHeading')) return [];
    if (dedicatedSections(doc, concepts, 'resilienceHeading').some((s) => failureIn(s.start, s.scopeEnd))) return [];
    const out: RuleFinding[] = [];
    // One finding per top-level part of the answer ("Step 3: Design core components", "Proposal"): a failure
    // named anywhere in that part covers the components it proposes.
    const reportedParts = new Set<number>();
    for (const section of doc.sections) {
      if (!ctx.isDesignSection(section)) continue;
      const part = enclosingSection(doc, section, 0);
      if (reportedParts.has(part.index) || failureIn(part.start, part.scopeEnd)) continue;
      // Only proposals of running components: a choice of model, format or policy has no runtime failure.
      const proposal = firstProposal(doc, concepts, section, true);
      if (!proposal) continue;
      reportedParts.add(part.index);
      out.push({
        start: proposal.start,
        end: proposal.end,
        message: `"${proposal.phrase}" is proposed without a failure mode: say what breaks (if it is down, slow or overloaded, a timeout, data loss) and what users see then.`,
        missing: MISSING,
        trigger: proposal.phrase,
        section: section.heading ? section.heading.text : null,
      });
    }
    return out;
  },
  fixes({ doc, finding }) {
    return [
      {
        title: 'Insert a failure mode: what breaks and what users see',
        isPreferred: true,
        edits: [insertAfterBlock(doc, finding.data.start, ['Failure mode: ... (what breaks, when, and what users see then)'])],
      },
    ];
  },
};
