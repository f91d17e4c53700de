// Names the server and the VS Code client must agree on; no imports, so the client bundles only these strings.

/** The `source` of every Tradeoff diagnostic. */
export const DIAGNOSTIC_SOURCE = 'tradeoff';

/** tradeoff/analyze: the core's AnalysisResult for an open document. */
export const ANALYZE_METHOD = 'tradeoff/analyze';

/** The code lenses' server commands (executeCommandProvider). */
export const INSERT_STRUCTURE_PART_COMMAND = 'tradeoff.insertStructurePart';
export const SHOW_STRUCTURE_PART_COMMAND = 'tradeoff.showStructurePart';

/** The client command that interviews the writer on one section (a lens runs it when the client has it). */
export const INTERVIEW_SECTION_COMMAND = 'tradeoff.interviewSection';

/** The code action kind of "fix all Tradeoff findings". */
export const FIX_ALL_KIND_VALUE = 'source.fixAll.tradeoff';
