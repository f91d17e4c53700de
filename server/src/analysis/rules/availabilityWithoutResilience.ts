// availability-without-resilience: multi-AZ, multi-region, failover or "highly available" offered as the
// whole availability story, with no degradation path, fallback behaviour or recovery strategy.
import { insertAfterBlock } from '../fixes';
import { sectionAt, type Section } from '../document/model';
import type { ConceptMatch } from '../concepts/matcher';
import { headingNames, inBackgroundSection, inHeading, inReadingList, judgedScope, spoken, underHeading } from './mentionContext';
import type { Rule, RuleContext, RuleFinding } from './rule';

const SATISFIED_BY = ['degradationPath', 'fallbackBehaviour', 'recoveryStrategy'] as const;

const MISSING = ['a degradation path', 'a fallback behaviour', 'a recovery strategy (RTO/RPO, restore, runbook, reconciliation)'];

export const availabilityWithoutResilience: Rule = {
  id: 'availability-without-resilience',
  description: 'Redundancy (multi-AZ, multi-region, failover, "highly available", N nines) claimed without a degradation path, fallback or recovery strategy.',
  defaultSeverity: 'warning',
  tags: ['availability', 'reliability'],
  why: 'Redundancy is a claim, not a plan: failovers take time, replicas lag and whole regions fail together. Interviewers want to hear what users still get while a part is down, what the system falls back to, and how it recovers.',
  stronger:
    'The primary runs multi-AZ with automatic failover (about 60 s of write errors); during that window the API serves reads from replicas and queues writes, and after failover a reconciliation job replays the queued writes (RPO 0, RTO 2 min, runbook linked).',
  check(ctx) {
    // One finding per document, in the section that leans on redundancy hardest: every unqualified claim is
    // the same missing story, and repeating it per section is noise.
    let worst: { first: ConceptMatch; claims: number; section: Section } | undefined;
    let current: { first: ConceptMatch; claims: number; section: Section } | undefined;
    const judged = new Map<number, boolean>();
    for (const m of ctx.concepts.all('availabilityClaim')) {
      const section = sectionAt(ctx.doc, m.start);
      let unqualified = judged.get(section.index);
      if (unqualified === false) continue;
      if (unqualified === undefined) {
        if (inHeading(ctx.doc, m.start) || inReadingList(ctx, m.start)) continue;
        if (!isDesignClaim(ctx, section)) {
          judged.set(section.index, false);
          continue;
        }
        const scope = judgedScope(ctx.doc, section);
        unqualified = !SATISFIED_BY.some((id) => ctx.concepts.has(id, scope.start, scope.end));
        judged.set(section.index, unqualified);
        if (!unqualified) continue;
        // A section the candidate devoted to availability is where their availability story is: it starts ahead.
        current = { first: m, claims: devotedToAvailability(ctx, section) ? DEVOTED_SECTION_CLAIMS : 0, section };
        if (!worst) worst = current;
      }
      if (current && current.section === section) {
        current.claims++;
        if (current.claims > worst!.claims) worst = current;
      }
    }
    if (!worst) return [];
    const finding: RuleFinding = {
      start: worst.first.start,
      end: worst.first.end,
      message: `"${spoken(ctx.concepts.textOf(worst.first))}" without a degradation path, fallback or recovery strategy: say what still works while it fails over, what the system falls back to, and how it recovers (RTO/RPO, restore, runbook).`,
      missing: MISSING,
      section: worst.section.heading?.text ?? null,
    };
    return [finding];
  },
  fixes({ doc, finding }) {
    return [
      {
        title: 'Insert: degradation path, fallback, recovery',
        isPreferred: true,
        edits: [
          insertAfterBlock(doc, finding.data.start, [
            'Degradation: while ... is down, users can still ... (read-only, stale reads, queued writes)',
            'Fallback: ...',
            'Recovery: RTO ..., RPO ...; runbook: ...',
          ]),
        ],
      },
    ];
  },
};

/** What a section titled for availability ("High availability", "Reliability") counts as, before its claims. */
const DEVOTED_SECTION_CLAIMS = 1;

function devotedToAvailability(ctx: RuleContext, section: Section): boolean {
  return headingNames(ctx.concepts, section, 'resilienceHeading') || headingNames(ctx.concepts, section, 'failureHeading');
}

/** Whether claims in the section are design claims: not background, not a requirements list, in a design. */
function isDesignClaim(ctx: RuleContext, section: Section): boolean {
  if (inBackgroundSection(ctx, section)) return false;
  // A requirement ("Service has high availability") is a goal the design answers elsewhere, not a claim.
  if (underHeading(ctx, section, 'requirementsHeading')) return false;
  return ctx.isDesignProposal || ctx.isDesignSection(section);
}
