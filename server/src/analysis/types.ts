// Public types of the analysis core: the contract shared by the language server, the CLI and the interviewer.

/** 0-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** A text edit a quick fix applies; offsets are resolved to ranges by the core. */
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** true when the fix is safe to apply in a batch (source.fixAll). */
  isPreferred?: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Facts a quick fix or the interviewer needs (missing parts, trigger text, ...). JSON-serialisable. */
  data: FindingData;
}

export interface FindingData {
  /** The phrase that triggered the finding, as written. */
  trigger?: string;
  /** Plain names of what is missing (for messages, hovers and the interviewer). */
  missing?: string[];
  /** Offsets into the source text: the trigger span. */
  start: number;
  end: number;
  [key: string]: unknown;
}

export type StructurePart = 'constraint' | 'failureMode' | 'mitigation' | 'newCost';

export const STRUCTURE_PARTS: readonly StructurePart[] = ['constraint', 'failureMode', 'mitigation', 'newCost'];

export interface StructurePartReport {
  present: boolean;
  /** Source span of the first evidence found, when present. */
  range?: Range;
  /** The evidence as written. */
  quote?: string;
}

export type SectionStructure = Record<StructurePart, StructurePartReport>;

export interface SectionReport {
  /** Heading text, or null for text before the first heading / a document without headings. */
  title: string | null;
  level: number;
  /** Range of the heading line (or of the first line of the section when it has no heading). */
  headingRange: Range;
  /** Range of the section's own scope (see the scope rule in docs). */
  range: Range;
  /** Whether the section proposes components or decisions (design content; the section-level rules apply). */
  isDesign: boolean;
  /**
   * isDesign, or, in a design proposal, a section outside titles/requirements/APIs whose own text names running
   * components ("Producers put one message per channel on a RabbitMQ queue"): the structure checklist shows.
   */
  describesDesign: boolean;
  structure: SectionStructure;
}

export interface DocumentStructure {
  /** Whether the document proposes a design (doc-level rules apply only then). */
  isDesignProposal: boolean;
  headings: number;
  paragraphs: number;
  sentences: number;
  lists: number;
  tables: number;
}

export interface AnalysisResult {
  findings: Finding[];
  sections: SectionReport[];
  structure: DocumentStructure;
  /** 0-100 seniority signal: structure coverage minus weighted findings. */
  score: number;
  /** Problems that are not findings about the text (bad config, skipped file). */
  notices: Notice[];
}

export interface Notice {
  severity: Severity;
  message: string;
  /** Path of the file the notice is about (config file), if any. */
  file?: string;
}

/** Per-concept extra vocabulary supplied by the user (terms use the same syntax as the built-in lists). */
export type VocabularyExtension = Record<string, string[]>;

export interface RuleSetting {
  enabled: boolean;
  severity?: Severity;
}

export interface AnalyzeOptions {
  /** Per-rule overrides; rules not named keep their defaults. */
  rules?: Record<string, Partial<RuleSetting> | Severity | 'off' | boolean>;
  /** Extra terms per concept id. */
  vocabulary?: VocabularyExtension;
  /** Documents larger than this (in UTF-16 code units) are skipped with a notice. Default 2 MB. */
  maxSize?: number;
  /** Reuse parsed chunks from an earlier analysis of a similar text (incremental re-analysis). */
  cache?: AnalysisCache;
  /**
   * Treat the text as a design answer even when it is written descriptively ("Messages are stored in Cassandra"):
   * the interviewer knows what it reads. A section then counts as design when it proposes or names running
   * components. Use a separate cache for analyses with and without it.
   */
  assumeDesign?: boolean;
}

/** Opaque cache handle: create with createAnalysisCache() and pass it to every analyze() of one document. */
export interface AnalysisCache {
  readonly kind: 'tradeoff-analysis-cache';
}
