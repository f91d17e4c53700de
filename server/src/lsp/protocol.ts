// Custom requests of the Tradeoff language server (shared with the extension and the tests).
import { RequestType } from 'vscode-languageserver';
import type { AnalysisResult } from '../analysis/types';
import { ANALYZE_METHOD } from './protocolNames';

export interface AnalyzeParams {
  uri: string;
}

/** tradeoff/analyze: the core's AnalysisResult for an open document's current text (without the parsed doc). */
export const AnalyzeRequest = new RequestType<AnalyzeParams, AnalysisResult, void>(ANALYZE_METHOD);

/** Launch-time options a client may pass as initializationOptions, besides any `tradeoff` setting. */
export interface TradeoffInitializationOptions {
  /** Debounce for onType analyses (a benchmark sets 0). */
  debounceMs?: number;
  /** How long one analysis may run before the worker is replaced (pathological input). */
  analysisTimeoutMs?: number;
  /** The client has the mock interviewer: each design section's lens row ends with "Interview me on this section". */
  interviewLens?: boolean;
  [setting: string]: unknown;
}
