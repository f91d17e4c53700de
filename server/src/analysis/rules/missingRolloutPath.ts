// missing-rollout-path: a design that adds scale-out complexity (replicas, shards, caches, queues) without
// sequencing it: no baseline that ships first, or no trigger ("when X exceeds Y") that brings in the rest.
import { docLevelTriggerSpan, insertSectionEdit, scaffoldPlacement } from './docLevelPlacement';
import type { Rule } from './rule';

const PARTS = [
  { concept: 'rolloutBaseline', name: 'a baseline (the simplest version that ships on day one)' },
  { concept: 'scalingTrigger', name: 'a trigger for added complexity (when X exceeds Y, add Z)' },
] as const;

export const missingRolloutPath: Rule = {
  id: 'missing-rollout-path',
  description: 'A design that adds scale-out complexity without a baseline and a trigger for each added piece.',
  defaultSeverity: 'information',
  tags: ['rollout', 'document'],
  why: 'Senior engineers sequence a system: the simplest baseline first, the bottleneck that will appear, and the threshold at which each piece of complexity earns its place. Presenting the final architecture at once hides when (and whether) shards, caches and queues are needed.',
  stronger: 'Day one: a single Postgres primary with one read replica. When writes exceed 5k/s or the primary passes 70% CPU, shard the posts table by user id; only after replica lag exceeds 1 s, add a cache in front of the timeline reads.',
  check(ctx) {
    if (!ctx.isDesignProposal) return [];
    // Only a design that adds scale-out complexity has something to sequence.
    const text = ctx.doc.text.length;
    const complexity = ctx.concepts.first('scaleOutDecision', 0, text);
    if (!complexity) return [];
    const missing = PARTS.filter((p) => !ctx.concepts.has(p.concept, 0, text)).map((p) => p.name);
    if (missing.length === 0) return [];
    const anchor = docLevelTriggerSpan(ctx.doc);
    const placement = scaffoldPlacement(ctx, 'rolloutSectionTitle');
    const added = ctx.concepts.textOf(complexity).replace(/\s+/g, ' ');
    return [
      {
        start: anchor.start,
        end: anchor.end,
        message: `The design adds complexity ("${added}") without a rollout path: missing ${missing.join(' and ')}.`,
        missing,
        complexity: added,
        scaffoldAt: placement.offset,
        scaffoldLevel: placement.level,
      },
    ];
  },
  fixes({ doc, finding }) {
    return [
      {
        title: 'Append a "Rollout" section (baseline, then triggers)',
        isPreferred: true,
        edits: [
          insertSectionEdit(doc, finding, 'Rollout', [
            '- Day one: ... (the simplest version that meets the requirements)',
            '- When ... exceeds ..., add ...',
            '- Only after ... exceeds ..., add ...',
          ]),
        ],
      },
    ];
  },
};
