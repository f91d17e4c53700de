// A text as the interviewer reads it: the analysis (the same the linter runs), the parsed document and a concept
// matcher over it. A document the candidate is interviewed on is read as the design answer it is.
import { analyzeDetailed, type DetailedAnalysis } from '../analysis/analyze';
import { ConceptMatcher } from '../analysis/concepts/matcher';
import { proposesBeyondOutline } from '../analysis/designIntent';
import type { DesignDocument } from '../analysis/document/model';
import { findRule } from '../analysis/rules';
import type { AnalyzeOptions, Finding } from '../analysis/types';
import { buildVocabulary } from '../analysis/vocabulary';

/** An analysed text with the concept matcher the interviewer reads it with. */
export interface AnalysedText {
  /** The text analysed. */
  text: string;
  analysis: DetailedAnalysis;
  doc: DesignDocument | null;
  concepts: ConceptMatcher | null;
  /** Where the candidate's own text ends: nothing at or after it is theirs. */
  sourceLength: number;
  /** The linter's own score of the text as written (what the status bar shows). */
  lintScore: number;
}

export function analyseText(text: string, options: AnalyzeOptions = {}): AnalysedText {
  const analysis = analyzeDetailed(text, options);
  const doc = analysis.doc;
  const concepts = doc ? new ConceptMatcher(doc, buildVocabulary(options.vocabulary)) : null;
  return { text, analysis, doc, concepts, sourceLength: text.length, lintScore: analysis.score };
}

/**
 * A document the candidate is interviewed on, read as the design answer it is: the user asked to be interviewed
 * on it, so the rules that apply only to proposals apply even to an answer written descriptively ("Clients keep
 * a WebSocket to a chat server"). The score stays the linter's own, as the status bar shows it.
 */
export function analyseDocument(text: string, options: AnalyzeOptions = {}): AnalysedText {
  const plain = analyseText(text, options);
  if (!plain.doc || (plain.analysis.structure.isDesignProposal && proposesBeyondOutline(plain.doc, plain.concepts!))) return plain;
  return { ...analyseText(text, { ...options, assumeDesign: true }), lintScore: plain.lintScore };
}

/** The findings on the candidate's own text. */
export function sourceFindings(source: AnalysedText): Finding[] {
  return source.analysis.findings.filter((f) => f.data.start < source.sourceLength);
}

/** Whether a rule judges the whole document (its trigger is the title; an answer is judged at the end). */
export function isDocumentLevelRule(rule: string): boolean {
  return findRule(rule)?.tags.includes('document') ?? false;
}
