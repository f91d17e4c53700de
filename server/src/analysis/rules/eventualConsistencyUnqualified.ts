// eventual-consistency-unqualified: "eventually consistent" without what users see, for how long, and
// which operation still needs a stronger guarantee.
import { insertAfterBlock } from '../fixes';
import { sectionAt } from '../document/model';
import type { ConceptMatch } from '../concepts/matcher';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { inBackgroundSection, inHeading, inReadingList, judgedScope, spoken, type Scope } from './mentionContext';

interface Part {
  concept: string;
  name: string;
  /** Stricter concept that satisfies the part when found anywhere in the document. */
  documentWide?: string;
  scaffold: string;
}

const PARTS: readonly Part[] = [
  { concept: 'staleUserView', name: 'what users see while data is stale', scaffold: 'What users see while replicas disagree: ...' },
  { concept: 'stalenessBound', name: 'how long it lasts (a bound)', scaffold: 'Staleness bound: at most ... seconds' },
  {
    concept: 'strongerGuarantee',
    name: 'which operation still needs a stronger guarantee',
    documentWide: 'strongConsistencyModel',
    scaffold: 'Still needs strong consistency (read from the primary): ...',
  },
];

export const eventualConsistencyUnqualified: Rule = {
  id: 'eventual-consistency-unqualified',
  description: 'Eventual consistency named without what users see, for how long, and what still needs strong consistency.',
  defaultSeverity: 'warning',
  tags: ['consistency'],
  why: 'Interviewers hear "eventually consistent" as a buzzword until you say what a user sees while replicas disagree, how long that lasts, and which operation cannot tolerate it.',
  stronger: 'Feed counts are eventually consistent: a user may see yesterday\'s like count for up to 30 s; posting and payments read from the primary.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const judged = new Set<number>();
    for (const m of ctx.concepts.all('eventualConsistency')) {
      const section = sectionAt(ctx.doc, m.start);
      if (judged.has(section.index)) continue;
      if (inHeading(ctx.doc, m.start) || inReadingList(ctx, m.start) || inBackgroundSection(ctx, section) || isReaderGuidance(ctx, m)) continue;
      judged.add(section.index);
      const scope = judgedScope(ctx.doc, section);
      const missing = PARTS.filter((p) => !partPresent(ctx, p, scope)).map((p) => p.name);
      // A document that qualifies eventual consistency fully in one place has shown the judgement; its
      // other mentions (summaries, risks, motivation) refer back to it.
      if (missing.length === 0) return [];
      findings.push({
        start: m.start,
        end: m.end,
        message: `"${spoken(ctx.concepts.textOf(m))}" without ${missing.join(', ')}.`,
        missing,
        section: section.heading?.text ?? null,
      });
    }
    return findings;
  },
  fixes({ doc, finding }) {
    const missing = new Set(finding.data.missing ?? PARTS.map((p) => p.name));
    const lines = PARTS.filter((p) => missing.has(p.name)).map((p) => p.scaffold);
    if (lines.length === 0) return [];
    return [
      {
        title: 'Insert: what users see, for how long, what needs strong consistency',
        isPreferred: true,
        edits: [insertAfterBlock(doc, finding.data.start, lines)],
      },
    ];
  },
};

function partPresent(ctx: RuleContext, part: Part, scope: Scope): boolean {
  if (ctx.concepts.has(part.concept, scope.start, scope.end)) return true;
  return part.documentWide !== undefined && ctx.concepts.has(part.documentWide, 0, ctx.doc.text.length);
}

/** Whether a mention sits in general advice addressed to the reader ("you"), in a document that proposes nothing. */
function isReaderGuidance(ctx: RuleContext, m: ConceptMatch): boolean {
  if (ctx.isDesignProposal) return false;
  const block = ctx.doc.blocks[ctx.doc.sentences[m.sentence].block];
  return ctx.concepts.has('readerAddress', block.start, block.end);
}
