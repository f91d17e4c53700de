// A design drawn in its final form: several components and nothing about how it gets there (no first version,
// pilot, migration or canary). The linter asks for a rollout path only where scale-out pieces are added (shards,
// replicas, caches); an interviewer asks "what ships first?" of any design big enough to sequence, and a staff
// interviewer asks it early (levels.ts).
import { docLevelTriggerSpan } from '../analysis/rules/docLevelPlacement';
import { headingNames } from '../analysis/rules/mentionContext';
import type { Finding } from '../analysis/types';
import type { AnalysedText } from './analysedText';
import { componentFrequency, componentsIn, spelledTechnologiesIn } from './componentNames';

/** Distinct components a design needs before the order they are built in is a question. */
const MIN_COMPONENTS = 4;
/** Technologies the question names: the ones the design leans on most (a product name says more than "the service"). */
const NAMED_TECHNOLOGIES = 3;

/** "Currently", "today", "the existing system" describe what is there, not what ships first. */
const CURRENT_STATE = /^(?:currently|current|today|as it stands|at its current|existing)\b/i;

const MISSING = ['a baseline (the simplest version that ships on day one)', 'a trigger for added complexity (when X exceeds Y, add Z)'];

/** The rollout question where the linter's rule did not ask it: the design says nothing about how it ships. */
export function unsequencedDesignFindings(source: AnalysedText, flagged: readonly Finding[]): Finding[] {
  const { doc, concepts } = source;
  if (!doc || !concepts || flagged.some((f) => f.rule === 'missing-rollout-path')) return [];
  const end = source.sourceLength;
  // A rollout section, a pilot or a trigger ("when Redis CPU passes 60% we move to Redis Cluster") is a path.
  if (['deliveryPlan', 'scalingTrigger'].some((id) => concepts.allMentions(id).some((m) => m.start < end && !m.negated))) return [];
  if (concepts.allMentions('rolloutBaseline').some((m) => m.start < end && !CURRENT_STATE.test(concepts.textOf(m)))) return [];
  const designed = new Set<string>();
  const technologies = new Map<string, string>();
  source.analysis.sections.forEach((report, index) => {
    if (!report.describesDesign) return;
    const section = doc.sections[index];
    const sectionEnd = Math.min(section.ownEnd, end);
    for (const name of componentsIn(concepts, section.start, sectionEnd)) designed.add(name);
    for (const [key, written] of spelledTechnologiesIn(concepts, section.start, sectionEnd)) if (!technologies.has(key)) technologies.set(key, written);
  });
  if (designed.size < MIN_COMPONENTS) return [];
  const frequency = componentFrequency(concepts);
  const leanedOn = [...technologies.keys()].sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0)).slice(0, NAMED_TECHNOLOGIES);
  // Fewer than two products to name: the question quotes the title, as for any document-level gap.
  const complexity = leanedOn.length >= 2 ? spokenList(leanedOn.map((key) => technologies.get(key)!)) : undefined;
  const anchor = docLevelTriggerSpan(doc);
  return [
    {
      rule: 'missing-rollout-path',
      severity: 'information',
      message: `The design is drawn in its final form${complexity ? ` (${complexity})` : ''}: nothing says what ships first or what brings in the rest.`,
      range: doc.lines.rangeOf(anchor.start, anchor.end),
      data: { start: anchor.start, end: anchor.end, missing: [...MISSING], interviewSide: true, ...(complexity ? { complexity } : {}) },
    },
  ];
}

/** What the interviewer asks of a cutover taken in one step: how users move over, not what ships first. */
const CUTOVER_QUESTION = 'How do users move over: what runs side by side first, who moves first, and how do you roll back if the numbers disagree?';

const CUTOVER_MISSING = ['a staged cutover (a parallel or shadow run, a first cohort, a way back)'];

/**
 * A migration or rollout section that moves everyone in one step ("the new executor will replace the monolith's
 * batch ... and the nightly batch is switched off"): no parallel run, first cohort, comparison or rollback. The
 * design has a path, so unsequencedDesignFindings stays quiet; an interviewer asks how the cutover is staged.
 */
export function oneStepCutoverFindings(source: AnalysedText, flagged: readonly Finding[]): Finding[] {
  const { doc, concepts } = source;
  if (!doc || !concepts || flagged.some((f) => f.rule === 'missing-rollout-path')) return [];
  const end = source.sourceLength;
  for (const section of doc.sections) {
    if (!section.heading || section.start >= end || !headingNames(concepts, section, 'deliveryPlan')) continue;
    const from = section.heading.end;
    const to = Math.min(section.scopeEnd, end);
    if (concepts.has('stagedCutover', from, to) || concepts.has('scalingTrigger', from, to)) continue;
    if (concepts.in('rolloutBaseline', from, to).some((m) => !CURRENT_STATE.test(concepts.textOf(m)))) continue;
    const step = concepts.first('cutoverStep', from, to);
    if (!step) continue;
    return [
      {
        rule: 'missing-rollout-path',
        severity: 'information',
        message: `The cutover is taken in one step ("${concepts.textOf(step)}"): nothing runs side by side, moves first or rolls back.`,
        range: doc.lines.rangeOf(step.start, step.end),
        data: { start: step.start, end: step.end, trigger: concepts.textOf(step), missing: [...CUTOVER_MISSING], interviewSide: true, question: CUTOVER_QUESTION },
      },
    ];
  }
  return [];
}

/** "Kafka, Flink and Cassandra". */
function spokenList(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
