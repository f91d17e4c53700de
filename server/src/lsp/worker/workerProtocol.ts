// Messages between the language server's main thread and its analysis worker thread.
import type { AnalysisResult, AnalyzeOptions, Fix, SectionReport } from '../../analysis/types';

/** The workerData that tells a thread started from the server bundle to act as the analysis worker. */
export const WORKER_ROLE = 'tradeoff-analysis-worker';

/** Identifies one analysed state of a document: its version and the options it was analysed with. */
export interface AnalysisKey {
  uri: string;
  /** `${version}|${JSON of the options}`. */
  key: string;
}

/** An analysis without its section reports, which stay on the worker until asked for (they are most of its size). */
export type AnalysisSummary = Omit<AnalysisResult, 'sections'>;

export type WorkerRequest =
  | ({ id: number; kind: 'analyze'; text: string; options: AnalyzeOptions } & AnalysisKey)
  /** Fixes for findings (by index) of the analysis `key`; text is sent only when the worker may not hold it. */
  | ({ id: number; kind: 'fixes'; text?: string; options: AnalyzeOptions; findings: number[] } & AnalysisKey)
  /** Section reports of the analysis `key`; text is sent only when the worker may not hold it. */
  | ({ id: number; kind: 'sections'; text?: string; options: AnalyzeOptions } & AnalysisKey)
  | { id: number; kind: 'forget'; uri: string };

export type WorkerResponse =
  | { id: number; ok: true; result: AnalysisSummary | Fix[][] | SectionReport[] | null }
  | { id: number; ok: false; error: string; stack?: string };
