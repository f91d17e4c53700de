// The analysis worker: runs analyze() off the server's main thread, keeping one incremental cache and the
// last parsed document per open document (for quick fixes).
import { parentPort } from 'worker_threads';
import { analyzeDetailed, createAnalysisCache } from '../../analysis/analyze';
import type { DesignDocument } from '../../analysis/document/model';
import { fixesFor } from '../../analysis/fixes';
import type { AnalysisCache, AnalyzeOptions, Finding, Fix, SectionReport } from '../../analysis/types';
import type { AnalysisSummary, WorkerRequest, WorkerResponse } from './workerProtocol';

interface HeldDocument {
  cache: AnalysisCache;
  key: string;
  doc: DesignDocument | null;
  findings: Finding[];
  sections: SectionReport[];
}

export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runAnalysisWorker() must run in a worker thread');
  const held = new Map<string, HeldDocument>();

  const analyzeInto = (uri: string, key: string, text: string, options: AnalyzeOptions): AnalysisSummary => {
    let state = held.get(uri);
    if (!state) held.set(uri, (state = { cache: createAnalysisCache(), key: '', doc: null, findings: [], sections: [] }));
    try {
      const { doc, sections, ...summary } = analyzeDetailed(text, { ...options, cache: state.cache });
      Object.assign(state, { key, doc, findings: summary.findings, sections });
      return summary;
    } catch (err) {
      // A failed parse may leave the cache half-updated: start the next analysis from scratch.
      held.delete(uri);
      throw err;
    }
  };

  /** The held state of the analysis the request names, re-analysed from its text when the worker lost it. */
  const heldFor = (msg: { uri: string; key: string; text?: string; options: AnalyzeOptions }): HeldDocument => {
    const state = held.get(msg.uri);
    if (state && state.key === msg.key) return state;
    if (msg.text === undefined) throw new Error(`analysis ${msg.key} of ${msg.uri} is not held by the worker`);
    analyzeInto(msg.uri, msg.key, msg.text, msg.options);
    return held.get(msg.uri)!;
  };

  const handle = (msg: WorkerRequest): AnalysisSummary | Fix[][] | SectionReport[] | null => {
    switch (msg.kind) {
      case 'analyze':
        return analyzeInto(msg.uri, msg.key, msg.text, msg.options);
      case 'fixes': {
        const { doc, findings } = heldFor(msg);
        return msg.findings.map((i) => (doc && findings[i] ? fixesFor(doc, findings[i]) : []));
      }
      case 'sections':
        return heldFor(msg).sections;
      case 'forget':
        held.delete(msg.uri);
        return null;
    }
  };

  port.on('message', (msg: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      response = { id: msg.id, ok: true, result: handle(msg) };
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      response = { id: msg.id, ok: false, error: e.message, stack: e.stack };
    }
    port.postMessage(response);
  });
}
