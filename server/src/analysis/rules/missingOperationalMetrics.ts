// missing-operational-metrics: a design that talks about load, latency or scale but never names a number
// to watch in production (p99, queue depth, lag, saturation, error rate, QPS, hit rate).
import type { ConceptMatch } from '../concepts/matcher';
import type { DesignDocument } from '../document/model';
import { docLevelTriggerSpan, insertSectionEdit, scaffoldPlacement } from './docLevelPlacement';
import type { Rule } from './rule';

/** Concept ids that each count as a concrete operational metric. */
const METRIC_CONCEPTS = [
  'latencyPercentile',
  'latencyTarget',
  'queueDepthMetric',
  'lagMetric',
  'saturationMetric',
  'errorRateMetric',
  'errorBudget',
  'serviceLevelTarget',
  'throughputFigure',
  'hitRateMetric',
] as const;

const MISSING = 'an operational metric (p99 latency, queue depth or consumer lag, saturation, error rate, a QPS figure)';

export const missingOperationalMetrics: Rule = {
  id: 'missing-operational-metrics',
  description: 'A design that discusses load, latency or scale but names no operational metric to watch.',
  defaultSeverity: 'information',
  tags: ['operations', 'document'],
  why: 'Interviewers and reviewers look for the numbers you would watch in production. "We will monitor it" or "add dashboards" says nothing; naming p99 latency, queue depth, replica lag or saturation shows you know how the design fails before users notice.',
  stronger: 'We alert when p99 read latency exceeds 150 ms for 5 minutes, when consumer lag passes 30 s, and when primary CPU stays above 70%.',
  check(ctx) {
    if (!ctx.isDesignProposal) return [];
    // One statement (not a question) is all it takes: the lookups stop at the first (see firstWhere).
    const whole = ctx.doc.text.length;
    const stated = (m: ConceptMatch) => !isQuestion(ctx.doc, m.sentence);
    const load = ctx.concepts.first('loadDiscussion', 0, whole);
    // A design with no runtime load to speak of (a process or format change) has nothing to measure.
    if (!load) return [];
    if (METRIC_CONCEPTS.some((id) => ctx.concepts.firstWhere(id, 0, whole, stated))) return [];
    const anchor = docLevelTriggerSpan(ctx.doc);
    const talkedAbout = ctx.concepts.textOf(ctx.concepts.firstWhere('loadDiscussion', 0, whole, stated) ?? load);
    const placement = scaffoldPlacement(ctx, 'operationsSectionTitle');
    return [
      {
        start: anchor.start,
        end: anchor.end,
        message: `The design talks about "${talkedAbout}" but names no operational metric: say which numbers you would watch and alert on (p99 latency, queue depth or consumer lag, saturation, error rate, QPS).`,
        missing: [MISSING],
        loadMention: talkedAbout,
        scaffoldAt: placement.offset,
        scaffoldLevel: placement.level,
      },
    ];
  },
  fixes({ doc, finding }) {
    return [
      {
        title: 'Append an "Operational metrics" section',
        isPreferred: true,
        edits: [
          insertSectionEdit(doc, finding, 'Operational metrics', [
            '- p99 latency of ...: alert above ... ms',
            '- Queue depth / consumer lag of ...: alert above ...',
            '- Saturation (CPU, memory, connections) of ...: alert above ...%',
            '- Error rate of ...: alert above ...%',
          ]),
        ],
      },
    ];
  },
};

/** Whether a sentence asks rather than states ("Latency requirements - 200 ms?" is a clarifying question). */
function isQuestion(doc: DesignDocument, sentence: number): boolean {
  const s = doc.sentences[sentence];
  return !!s && doc.evidence.slice(s.start, s.end).trimEnd().endsWith('?');
}
