// eventual-consistency-unqualified: "eventually consistent" without what users see, for how long, and
// which operation still needs a stronger guarantee.
import { insertAfterBlock } from '../fixes';
import { sectionAt } from '../document/model';
import type { Rule, RuleFinding } from './rule';

const PARTS = [
  { concept: 'staleUserView', name: 'what users see while data is stale' },
  { concept: 'stalenessBound', name: 'how long it lasts (a bound)' },
  { concept: 'strongerGuarantee', name: 'which operation still needs a stronger guarantee' },
] as const;

export const eventualConsistencyUnqualified: Rule = {
  id: 'eventual-consistency-unqualified',
  description: 'Eventual consistency named without what users see, for how long, and what still needs strong consistency.',
  defaultSeverity: 'warning',
  tags: ['consistency'],
  why: 'Interviewers hear "eventually consistent" as a buzzword until you say what a user sees while replicas disagree, how long that lasts, and which operation cannot tolerate it.',
  stronger: 'Feed counts are eventually consistent: a user may see yesterday\'s like count for up to 30 s; posting and payments read from the primary.',
  check(ctx) {
    const out: RuleFinding[] = [];
    const reportedSections = new Set<number>();
    for (const m of ctx.concepts.all('eventualConsistency')) {
      const section = sectionAt(ctx.doc, m.start);
      if (reportedSections.has(section.index)) continue;
      const missing = PARTS.filter((p) => !ctx.concepts.has(p.concept, section.start, section.scopeEnd)).map((p) => p.name);
      if (missing.length === 0) continue;
      reportedSections.add(section.index);
      out.push({
        start: m.start,
        end: m.end,
        message: `"${ctx.concepts.textOf(m)}" without ${missing.join(', ')}.`,
        missing,
      });
    }
    return out;
  },
  fixes({ doc, finding }) {
    return [
      {
        title: 'Insert: what users see, for how long, what needs strong consistency',
        isPreferred: true,
        edits: [insertAfterBlock(doc, finding.data.start, ['Users see: ...', 'For at most: ...', 'Needs strong consistency: ...'])],
      },
    ];
  },
};
