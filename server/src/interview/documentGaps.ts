// The gaps in an analysed text: every finding (one per rule and section), and every design section missing a
// structure part (Constraint -> Failure mode -> Primary mitigation -> New cost) that no finding already covers.
import type { ConceptMatcher } from '../analysis/concepts/matcher';
import { firstProposal } from '../analysis/designIntent';
import { headingNames } from '../analysis/rules/mentionContext';
import { dedicatedSections } from '../analysis/structure';
import { sectionAt, type DesignDocument, type Section } from '../analysis/document/model';
import type { Finding, StructurePart } from '../analysis/types';
import { STRUCTURE_PARTS } from '../analysis/types';
import { isDocumentLevelRule, sourceFindings, type AnalysedText } from './analysedText';
import { sentenceAround, trimQuote } from './candidateWords';
import { biggestComponent, componentIn, componentName } from './componentNames';
import { gapKindInfo } from './gapCatalog';
import { queueWhereUsed } from './gapPlacement';
import {
  deferFailureModesOnNothingRunning,
  deferOverviewQuestions,
  queueYieldsToConsistencyClaim,
  replicaLagInReliabilityWaits,
  idempotencyCostWaits,
  failureYieldsToMitigationCost,
  sectionYieldsToUnjustifiedStack,
  weighStepFlows,
  round,
  sectionYieldsToFailureStory,
  setAsideWishLists,
  specificBeforeGeneric,
  weighByCentrality,
  weighBySectionRole,
  weighWishListsByShare,
  yieldToSpecificFindings,
} from './gapWeighting';
import { unflaggedBroadcastFindings, unflaggedFailoverFindings, unflaggedHotPathFindings, unflaggedRaceFindings, unflaggedShardFindings } from './interviewFindings';
import type { PlannedGap } from './plannedGap';
import { isGoalsTitle, isTitledForFailures, isTitledForFailureStory } from './sectionRoles';
import { stackBeyondLoadFindings, weighStackAgainstLoad } from './stackAgainstLoad';
import { firstOpenTableRow, firstUnansweredFailure, type UnansweredFailure } from './unansweredFailures';
import { oneStepCutoverFindings, unsequencedDesignFindings } from './unsequencedDesign';
import { unpricedAutomaticDecisionFindings } from './unpricedAutomaticDecisions';

/** A finding's part the structure checklist would otherwise ask about again. */
const PART_COVERED_BY: Partial<Record<StructurePart, string>> = {
  failureMode: 'missing-failure-mode',
  newCost: 'mitigation-without-cost',
};

/** A section that describes components without proposing them is probed a little later than one that decides. */
const DESCRIBED_ONLY_FACTOR = 0.85;

/** More missing parts make a gap a little more urgent (a queue with nothing vs one with three of five). */
function missingBonus(missing: readonly string[]): number {
  return Math.min(0.4, 0.1 * Math.max(0, missing.length - 1));
}

export function findingGaps(source: AnalysedText): PlannedGap[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return [];
  const gaps = new Map<string, PlannedGap>();
  const findings = sourceFindings(source);
  for (const f of [...unflaggedRaceFindings(source), ...findings, ...unflaggedShardFindings(source, findings), ...unflaggedFailoverFindings(source, findings), ...unflaggedBroadcastFindings(source), ...unflaggedHotPathFindings(source), ...stackBeyondLoadFindings(source, findings), ...unsequencedDesignFindings(source, findings), ...oneStepCutoverFindings(source, findings), ...unpricedAutomaticDecisionFindings(source)]) {
    const documentLevel = isDocumentLevelRule(f.rule);
    const section = sectionAt(doc, f.data.start);
    const key = documentLevel ? `${f.rule}@doc` : `${f.rule}@${section.index}`;
    if (gaps.has(key)) continue;
    const gap = queueWhereUsed(source, findingGap(source, f, key, documentLevel ? undefined : section));
    // A queue moved to where it is used is that section's queue gap: one per rule and section still holds.
    if (gaps.has(gap.key)) continue;
    gaps.set(gap.key, gap);
  }
  return specificBeforeGeneric(yieldToSpecificFindings(doc, [...gaps.values()]));
}

function findingGap(source: AnalysedText, f: Finding, key: string, section: Section | undefined): PlannedGap {
  const doc = source.doc!;
  const concepts = source.concepts!;
  const missing = f.data.missing ?? [];
  const trigger = spokenTrigger(f.data.trigger ?? doc.text.slice(f.data.start, f.data.end));
  const mention = documentLevelWords(f);
  const words = mention ?? sentenceAround(doc, f.data.start, f.data.end);
  return {
    id: f.rule,
    key,
    kind: f.rule,
    rule: f.rule,
    // A document-level question quotes what the design talks about ("50 million notifications a day"), not the title.
    quote: mention ? mention.text : trigger,
    context: words.text,
    quoteKind: words.kind,
    range: f.range,
    start: f.data.start,
    end: f.data.end,
    section: sectionTitle(section ?? sectionAt(doc, f.data.start)),
    ...(section ? { sectionIndex: section.index } : {}),
    weight: round(gapKindInfo(f.rule).weight + missingBonus(missing)),
    missing: [...missing],
    ...optional('component', componentOf(f, trigger, concepts)),
    ...optional('failure', typeof f.data.failure === 'string' ? f.data.failure : undefined),
    ...optional('fixedQuestion', typeof f.data.question === 'string' ? f.data.question : undefined),
    ...(f.data.doubleTaken === true ? { doubleTaken: true as const } : {}),
    ...(f.data.pinpointed === true ? { pinpointed: true as const } : {}),
  };
}

/** A document-level finding quotes the title; the question quotes what the design talks about instead. */
function documentLevelWords(f: Finding): { text: string; kind: 'mention' } | undefined {
  const mention = typeof f.data.loadMention === 'string' ? f.data.loadMention : typeof f.data.complexity === 'string' ? withoutVerb(f.data.complexity) : undefined;
  return mention ? { text: trimQuote(spokenTrigger(mention)), kind: 'mention' } : undefined;
}

/** "add read replicas" -> "read replicas": the question supplies its own verb. */
function withoutVerb(phrase: string): string {
  return phrase.replace(/^\s*(?:add(?:ing)?|use|using|introduc(?:e|ing)|deploy(?:ing)?|put(?:ting)?)\s+/i, '');
}

/** What the question names: the queue itself, no component for a mitigation (the quote shows it), else the one named. */
function componentOf(f: Finding, trigger: string, concepts: ConceptMatcher): string | undefined {
  if (typeof f.data.component === 'string') return f.data.component;
  if (f.rule === 'queue-without-failure-semantics') return componentName(trigger);
  if (f.rule === 'mitigation-without-cost') return undefined;
  return componentIn(concepts, f.data.start, f.data.end);
}

function structureGaps(source: AnalysedText, findingGapKeys: ReadonlySet<string>): PlannedGap[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return [];
  const out: PlannedGap[] = [];
  // Where the candidate lists what breaks ("Risks"), the failures are told; what is done about them may not be.
  const failuresTold = dedicatedSections(doc, concepts, 'failureHeading').some((s) => source.analysis.sections[s.index]?.structure.failureMode.present);
  source.analysis.sections.forEach((report, index) => {
    const section = doc.sections[index];
    // A section titled for costs ("Trade-offs", "Cost") is the candidate's list of what the design gives up, not a part of it;
    // one titled for goals ("Goals and measures") states what the design must achieve.
    if (headingNames(concepts, section, 'costHeading') || (section.heading && isGoalsTitle(section.heading.text))) return;
    const riskList = !report.describesDesign && isTitledForFailures(concepts, section);
    if (!report.describesDesign && !riskList) return;
    const words = sectionWords(doc, concepts, section, source.sourceLength);
    if (!words) return;
    for (const part of STRUCTURE_PARTS) {
      // A failure table's row left open ("| Walker no-show | ... | — |") is asked even where other rows are answered.
      const openRow = part === 'mitigation' && report.structure.mitigation.present ? firstOpenTableRow(doc, section, source.sourceLength) : undefined;
      if ((report.structure[part].present && !openRow) || (riskList && part !== 'mitigation')) continue;
      const coveredBy = PART_COVERED_BY[part];
      if (coveredBy && findingGapKeys.has(`${coveredBy}@${index}`)) continue;
      const kind = `structure:${part}`;
      // A failure the candidate named and left is what the mitigation question quotes.
      const unanswered = openRow ?? (part === 'mitigation' && report.structure.failureMode.present ? firstUnansweredFailure(doc, concepts, section, source.sourceLength) : undefined);
      if (riskList && !unanswered) continue;
      const asked = unanswered ? failureWords(doc, concepts, unanswered) : words;
      const weight = unanswered ? gapKindInfo('mitigation-without-cost').weight * NAMED_FAILURE_FACTOR : structureWeight(part, report.structure.mitigation.present || isTitledForFailureStory(concepts, section));
      out.push({
        id: kind,
        key: `${kind}@${index}`,
        kind,
        rule: null,
        part,
        quote: asked.quote,
        context: asked.context,
        quoteKind: asked.kind,
        range: doc.lines.rangeOf(asked.start, asked.end),
        start: asked.start,
        end: asked.end,
        section: report.title,
        sectionIndex: index,
        weight: round(weight * (report.isDesign || riskList ? 1 : DESCRIBED_ONLY_FACTOR) * (part === 'failureMode' && failuresTold ? FAILURES_TOLD_FACTOR : 1)),
        missing: [gapKindInfo(kind).parts[0].name],
        ...optional('component', asked.component),
        ...(unanswered ? { namedFailure: true } : {}),
      });
    }
  });
  return out;
}

/**
 * The next link of the chain the candidate started weighs as the rule that asks for it: a section that states a
 * mitigation but not its cost is missing what "mitigation-without-cost" asks.
 */
function structureWeight(part: StructurePart, mitigationStated: boolean): number {
  if (part === 'newCost' && mitigationStated) return gapKindInfo('mitigation-without-cost').weight;
  return gapKindInfo(`structure:${part}`).weight;
}

/** "What breaks here?" counts this much where the document has a section listing what breaks ("Risks"). */
const FAILURES_TOLD_FACTOR = 0.75;

/** A failure the candidate raised and left ("the ack may come back late") is asked before a cost: they opened it. */
const NAMED_FAILURE_FACTOR = 1.2;

/** The words a named-failure question quotes: the sentence that names it. */
function failureWords(doc: DesignDocument, concepts: ConceptMatcher, failure: UnansweredFailure): SectionWords {
  const sentence = sentenceAround(doc, failure.start, failure.end);
  return { quote: sentence.text, context: sentence.text, kind: 'sentence', start: failure.start, end: failure.end, ...optional('component', componentIn(concepts, failure.start, failure.end)) };
}

interface SectionWords {
  quote: string;
  context: string;
  kind: 'sentence' | 'heading';
  start: number;
  end: number;
  component?: string;
}

/** What a structure gap quotes: the section's first proposal sentence, else its heading. */
function sectionWords(doc: DesignDocument, concepts: ConceptMatcher, section: Section, sourceLength: number): SectionWords | undefined {
  const proposal = firstProposal(doc, concepts, section);
  const proposed = proposal && proposal.start < sourceLength ? componentIn(concepts, proposal.start, proposal.end) : undefined;
  // A proposal that names no component ("add extras for an extra charge") says less than the section's title.
  if (proposal && proposal.start < sourceLength && (proposed !== undefined || !section.heading)) {
    const sentence = sentenceAround(doc, proposal.start, proposal.end);
    return { quote: proposal.phrase, context: sentence.text, kind: 'sentence', start: proposal.start, end: proposal.end, ...optional('component', proposed) };
  }
  if (!section.heading) return undefined;
  const title = trimQuote(section.heading.text);
  const component = componentIn(concepts, section.heading.end, Math.min(section.ownEnd, sourceLength));
  return { quote: title, context: title, kind: 'heading', start: section.heading.start, end: section.heading.end, ...optional('component', component) };
}

function sectionTitle(section: Section): string | null {
  return section.heading ? section.heading.text : null;
}

export interface DocumentGaps {
  gaps: PlannedGap[];
  /** The component the document leans on most (the requirement change aims at it). */
  component: string | null;
}

/** All gaps of a document (or of the section holding `sectionLine`, with its subsections). */
export function documentGaps(source: AnalysedText, sectionLine?: number): DocumentGaps {
  const findings = findingGaps(source);
  let gaps = [...findings, ...structureGaps(source, new Set(findings.map((g) => g.key)))];
  gaps = weighWishListsByShare(source, setAsideWishLists(source, gaps));
  gaps = weighByCentrality(source, gaps);
  gaps = sectionYieldsToFailureStory(weighStepFlows(source, deferOverviewQuestions(source, deferFailureModesOnNothingRunning(source, gaps))));
  gaps = sectionYieldsToUnjustifiedStack(source, failureYieldsToMitigationCost(source, queueYieldsToConsistencyClaim(gaps)));
  gaps = weighStackAgainstLoad(source, replicaLagInReliabilityWaits(source, weighBySectionRole(source, idempotencyCostWaits(source, gaps))));
  const component = source.concepts ? biggestComponent(source.concepts) ?? null : null;
  if (sectionLine === undefined || !source.doc) return { gaps, component };
  // The innermost section with a heading at or above the line: the context menu passes the cursor's line.
  const doc = source.doc;
  const lineStart = doc.lines.lineStarts[Math.min(sectionLine, doc.lines.lineStarts.length - 1)];
  const section = sectionAt(doc, lineStart);
  if (!section.heading) return { gaps, component };
  const inSection = gaps.filter((g) => g.sectionIndex !== undefined && g.start !== undefined && g.start >= section.start && g.start < section.end);
  return { gaps: inSection, component };
}

/** A trigger as said aloud: markup markers go, but an identifier keeps its underscores ("sailing_inventory"). */
function spokenTrigger(text: string): string {
  return text.replace(/`+|\*\*|__|(?<![\w*])[*_]|[*_](?![\w*])/g, '').replace(/\s+/g, ' ').trim();
}

/** `{ [key]: value }` when the value is defined: snapshots then hold no undefined fields. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
