// The shape of a rule: one module per rule with its id, description, docs link, default severity,
// a pure check over the parsed document, its quick fixes and its hover text.
import type { ConceptMatcher } from '../concepts/matcher';
import type { DesignDocument, Section } from '../document/model';
import type { Finding, Fix, Severity } from '../types';

export const DOCS_BASE = 'https://github.com/tradeoff-dev/tradeoff/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

export interface RuleContext {
  doc: DesignDocument;
  concepts: ConceptMatcher;
  /** Whether the document proposes a design, as opposed to describing an existing system. */
  isDesignProposal: boolean;
  /** Whether a section proposes components or decisions (computed once per section). */
  isDesignSection(section: Section): boolean;
}

/** What a rule reports: offsets of the trigger, the message, and facts for fixes and the interviewer. */
export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  /** Plain names of what is missing. */
  missing?: string[];
  [key: string]: unknown;
}

export interface FixContext {
  doc: DesignDocument;
  finding: Finding;
}

export interface Rule {
  id: string;
  /** One line, shown by `tradeoff rules` and in SARIF. */
  description: string;
  defaultSeverity: Severity;
  tags: string[];
  /** Hover text: why interviewers care, and a stronger phrasing to aim for. */
  why: string;
  stronger: string;
  check(ctx: RuleContext): RuleFinding[];
  /** Quick fixes that insert a fill-in scaffold; the generic disable fixes are added by the core. */
  fixes(ctx: FixContext): Fix[];
}
