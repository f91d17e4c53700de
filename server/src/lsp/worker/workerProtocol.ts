// Messages between the language server's main thread and its analysis worker thread.
import type { AnalysisResult, AnalyzeOptions, Fix } from '../../analysis/types';

/** The workerData that tells a thread started from the server bundle to act as the analysis worker. */
export const WORKER_ROLE = 'tradeoff-analysis-worker';

/** Identifies one analysed state of a document: its version and the options it was analysed with. */
export interface AnalysisKey {
  uri: string;
  /** `${version}|${JSON of the options}`. */
  key: string;
}

export type WorkerRequest =
  | ({ id: number; kind: 'analyze'; text: string; options: AnalyzeOptions } & AnalysisKey)
  /** Fixes for findings (by index) of the analysis `key`; text is sent only when the worker may not hold it. */
  | ({ id: number; kind: 'fixes'; text?: string; options: AnalyzeOptions; findings: number[] } & AnalysisKey)
  | { id: number; kind: 'forget'; uri: string };

export type WorkerResponse =
  | { id: number; ok: true; result: AnalysisResult | Fix[][] | null }
  | { id: number; ok: false; error: string; stack?: string };
