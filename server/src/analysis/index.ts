// Public API of the analysis core (pure TypeScript, no vscode import).
export { analyze, analyzeDetailed, createAnalysisCache, DEFAULT_MAX_SIZE, type DetailedAnalysis } from './analyze';
export { fixesFor } from './fixes';
export { RULES, findRule } from './rules';
export { docsUrl, type Rule } from './rules/rule';
export * from './types';
