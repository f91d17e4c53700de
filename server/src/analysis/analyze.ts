// analyze(): the one entry point the language server, the CLI, the interviewer and the tests share.
import { ConceptMatcher } from './concepts/matcher';
import { ChunkCache, parseDocument, type DesignDocument, type Section } from './document/model';
import { isDesignContext, isDesignProposal, isDesignSection } from './designIntent';
import { RULES } from './rules';
import type { RuleContext, RuleFinding } from './rules/rule';
import { resolveRuleSetting } from './ruleSettings';
import { carryOverSections, type SectionMemo } from './sectionMemo';
import { seniorityScore } from './score';
import { sectionStructure } from './structure';
import { buildSuppressions } from './suppression';
import type { AnalysisCache, AnalysisResult, AnalyzeOptions, Finding, Notice, SectionReport } from './types';
import { buildVocabulary } from './vocabulary';

/** Rule ids a suppression comment may name. */
const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export const DEFAULT_MAX_SIZE = 2 * 1024 * 1024;

interface CacheImpl extends AnalysisCache {
  chunks: ChunkCache;
  /** The previous analysis's concept matcher: the next one reuses its mentions in unchanged chunks. */
  concepts?: ConceptMatcher;
  /** The previous analysis's per-section results, reused for sections in chunks the edit did not touch. */
  sections?: SectionMemo;
}

export function createAnalysisCache(): AnalysisCache {
  const cache: CacheImpl = { kind: 'tradeoff-analysis-cache', chunks: new ChunkCache() };
  return cache;
}

/** Result plus the parsed document, for callers that build fixes or hovers from it. */
export interface DetailedAnalysis extends AnalysisResult {
  doc: DesignDocument | null;
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const { doc: _doc, ...result } = analyzeDetailed(text, options);
  return result;
}

export function analyzeDetailed(text: string, options: AnalyzeOptions = {}): DetailedAnalysis {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (text.length > maxSize) {
    return skipped('information', `Tradeoff skipped this file: ${formatSize(text.length)} is over the ${formatSize(maxSize)} size limit (maxFileSize).`);
  }
  if (looksBinary(text)) return skipped('information', 'Tradeoff skipped this file: it looks binary (it contains NUL characters), not markdown.');
  try {
    return analyzeMarkdown(text, options);
  } catch (err) {
    // A bug in the core must not take the editor or the CLI run down: report it as a notice on this file.
    return skipped('error', `Tradeoff failed on this file and reports nothing for it: ${(err as Error)?.message ?? String(err)}`);
  }
}

/** An empty result with one notice. */
function skipped(severity: Notice['severity'], message: string): DetailedAnalysis {
  return {
    findings: [],
    sections: [],
    structure: { isDesignProposal: false, headings: 0, paragraphs: 0, sentences: 0, lists: 0, tables: 0 },
    score: 0,
    notices: [{ severity, message }],
    doc: null,
  };
}

function analyzeMarkdown(text: string, options: AnalyzeOptions): DetailedAnalysis {
  const notices: Notice[] = [];
  const vocabulary = buildVocabulary(options.vocabulary);
  for (const id of vocabulary.unknownIds) notices.push({ severity: 'warning', message: `Unknown vocabulary concept '${id}' in configuration; its terms are ignored.` });
  const cache = options.cache as CacheImpl | undefined;
  const doc = parseDocument(text, cache?.chunks);
  const previousConcepts = cache?.concepts;
  const concepts = new ConceptMatcher(doc, vocabulary, previousConcepts);
  const assumeDesign = options.assumeDesign === true;
  const designProposal = assumeDesign || isDesignProposal(doc, concepts);
  const memo = carryOverSections(cache?.sections, previousConcepts, concepts, designProposal, doc.sections);
  if (cache) {
    cache.concepts = concepts;
    cache.sections = memo;
  }
  const ctx: RuleContext = {
    doc,
    concepts,
    isDesignProposal: designProposal,
    isDesignSection(section: Section) {
      if (doc.sections[section.index] !== section) return isDesignSection(doc, concepts, section, assumeDesign);
      const entry = memo.entries[section.index];
      if (entry.isDesign === undefined) entry.isDesign = isDesignSection(doc, concepts, section, assumeDesign);
      return entry.isDesign;
    },
  };

  const suppressions = buildSuppressions(doc, RULE_IDS);
  for (const u of suppressions.unknownRules) {
    notices.push({ severity: 'warning', message: `Unknown rule '${u.rule}' in a tradeoff comment on line ${u.line + 1}: it suppresses nothing (run \`tradeoff rules\` for the ids).` });
  }
  const findings: Finding[] = [];
  if (!suppressions.file) {
    for (const rule of RULES) {
      const setting = resolveRuleSetting(rule, options);
      if (!setting.enabled) continue;
      let raw;
      try {
        raw = rule.check(ctx);
      } catch (err) {
        notices.push({ severity: 'error', message: `Rule ${rule.id} failed on this document and was skipped: ${(err as Error).message}` });
        continue;
      }
      for (const f of raw) {
        const range = doc.lines.rangeOf(f.start, f.end);
        if (suppressions.isSuppressed(rule.id, range.start.line)) continue;
        findings.push({ rule: rule.id, severity: setting.severity, message: f.message, range, data: findingData(f, text) });
      }
    }
  }
  findings.sort((a, b) => a.data.start - b.data.start || a.rule.localeCompare(b.rule));

  const sections: SectionReport[] = doc.sections.map((s) => {
    const isDesign = ctx.isDesignSection(s);
    return {
      title: s.heading ? s.heading.text : null,
      level: s.level,
      headingRange: s.heading ? doc.lines.rangeOf(s.heading.start, s.heading.end) : doc.lines.rangeOf(s.start, s.start),
      range: doc.lines.rangeOf(s.start, s.scopeEnd),
      isDesign,
      describesDesign: (memo.entries[s.index].describesDesign ??= isDesign || describesComponents(doc, concepts, ctx.isDesignProposal, s)),
      structure: (memo.entries[s.index].structure ??= sectionStructure(doc, concepts, s)),
    };
  });

  return {
    findings,
    sections,
    structure: {
      isDesignProposal: ctx.isDesignProposal,
      headings: doc.headings.length,
      paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length,
      sentences: doc.sentences.length,
      lists: doc.lists.length,
      tables: doc.tables.length,
    },
    score: seniorityScore(sections, findings),
    notices,
    doc,
  };
}

/** A design section in a wider sense: in a design proposal, outside titles and requirements, its own text names running components. */
function describesComponents(doc: DesignDocument, concepts: ConceptMatcher, isDesignProposal: boolean, section: Section): boolean {
  return isDesignProposal && isDesignContext(doc, concepts, section) && concepts.has('runtimeComponent', section.start, section.ownEnd);
}

/**
 * A finding's data: the rule's facts (all but its message) in their order, then start, end and the trigger
 * (as written when the rule names none). Built key by key: object rest and spread took the slow generic path.
 */
function findingData(f: RuleFinding, text: string): Finding['data'] {
  const data: Record<string, unknown> = {};
  for (const key in f) if (key !== 'start' && key !== 'end' && key !== 'message') data[key] = f[key as keyof RuleFinding];
  data.start = f.start;
  data.end = f.end;
  data.trigger = (f.trigger as string | undefined) ?? text.slice(f.start, f.end);
  return data as Finding['data'];
}

function looksBinary(text: string): boolean {
  const probe = text.length > 8192 ? text.slice(0, 8192) : text;
  return probe.includes('\u0000');
}

/** Sizes in the user's terms: a small limit in characters (100 is not "0 KB"), larger ones in KB or MB. */
export function formatSize(units: number): string {
  if (units < 1024) return `${units} characters`;
  return units >= 1024 * 1024 ? `${(units / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(units / 1024)} KB`;
}
