// Analyses of open documents: one per (version, options), run on the worker, shared by diagnostics, hovers,
// code actions and tradeoff/analyze, and skipped when a newer version arrives before it starts.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, AnalyzeOptions, Fix, SectionReport } from '../analysis/types';
import type { ConfigForFile } from '../config';
import { effectiveOptions } from './analysisOptions';
import { configForDocument } from './documentConfig';
import type { TradeoffSettings } from './settings';
import type { SettingsStore } from './settingsStore';
import { AnalysisTimeoutError, StaleAnalysisError, type AnalysisHost } from './worker/analysisHost';
import type { AnalysisSummary } from './worker/workerProtocol';

export interface DocumentContext {
  settings: TradeoffSettings;
  config: ConfigForFile;
  options: AnalyzeOptions;
  /** No diagnostics for this document: disabled in the settings or ignored by the repo config. */
  silent: boolean;
}

/** A successful outcome carries the analysis without its section reports: DocumentAnalyzer.result() adds them. */
export type AnalysisOutcome = { ok: true; result: AnalysisSummary } | { ok: false; message: string };

export interface DocumentAnalysis {
  uri: string;
  version: number;
  /** Identifies the analysed state on the worker. */
  key: string;
  text: string;
  context: DocumentContext;
  outcome: AnalysisOutcome;
  /** Section reports, fetched from the worker on first request. */
  sections?: Promise<SectionReport[]>;
}

const MAX_STALE_RETRIES = 5;

export class DocumentAnalyzer {
  private readonly memo = new Map<string, { key: string; analysis: Promise<DocumentAnalysis> }>();

  constructor(
    private readonly documents: { get(uri: string): TextDocument | undefined },
    private readonly settings: SettingsStore,
    private readonly host: AnalysisHost,
    private readonly log: (message: string) => void,
  ) {}

  async context(uri: string): Promise<DocumentContext> {
    const settings = await this.settings.get(uri);
    const config = configForDocument(uri, this.log);
    return { settings, config, options: effectiveOptions(config.options, settings), silent: !settings.enable || config.ignored };
  }

  /**
   * The analysis of the document's current version, or null when it is not open. With `skipIfStale`, throws
   * StaleAnalysisError instead of catching up when a newer version arrives meanwhile (debounced runs).
   * `known`: a context the caller just computed, used for the first attempt instead of computing it again.
   */
  async current(uri: string, skipIfStale = false, known?: DocumentContext): Promise<DocumentAnalysis | null> {
    for (let attempt = 0; ; attempt++) {
      const doc = this.documents.get(uri);
      if (!doc) return null;
      const version = doc.version;
      const context = attempt === 0 && known ? known : await this.context(uri);
      const latest = this.documents.get(uri);
      if (!latest) return null;
      if (latest.version !== version) {
        if (skipIfStale || attempt >= MAX_STALE_RETRIES) throw new StaleAnalysisError('a newer version of the document arrived');
        continue;
      }
      const key = `${version}|${JSON.stringify(context.options)}`;
      let entry = this.memo.get(uri);
      if (!entry || entry.key !== key) {
        entry = { key, analysis: this.run(uri, version, key, latest.getText(), context) };
        this.memo.set(uri, entry);
      }
      try {
        const analysis = await entry.analysis;
        // Settings outside the options (enable, codeLens) change no analysis, but must reach its readers.
        analysis.context = context;
        return analysis;
      } catch (err) {
        if (!(err instanceof StaleAnalysisError)) throw err;
        if (this.memo.get(uri) === entry) this.memo.delete(uri);
        if (skipIfStale || attempt >= MAX_STALE_RETRIES) throw err;
      }
    }
  }

  /** The full result of an analysis, section reports included; a failed analysis reports why as its notice. */
  async result(analysis: DocumentAnalysis): Promise<AnalysisResult> {
    if (!analysis.outcome.ok) {
      return {
        findings: [],
        sections: [],
        structure: { isDesignProposal: false, headings: 0, paragraphs: 0, sentences: 0, lists: 0, tables: 0 },
        score: 0,
        notices: [{ severity: 'error', message: analysis.outcome.message }],
      };
    }
    if (!analysis.sections) {
      const pending = this.host.sections({ uri: analysis.uri, key: analysis.key }, analysis.text, analysis.context.options);
      analysis.sections = pending;
      // A failed fetch is not kept: the next request tries again.
      pending.catch(() => {
        if (analysis.sections === pending) analysis.sections = undefined;
      });
    }
    const { findings, structure, score, notices } = analysis.outcome.result;
    return { findings, sections: await analysis.sections, structure, score, notices };
  }

  /** Quick fixes for findings (by index) of an analysis; none when they cannot be computed. */
  async fixes(analysis: DocumentAnalysis, findings: number[]): Promise<Fix[][]> {
    if (!analysis.outcome.ok || findings.length === 0) return findings.map(() => []);
    try {
      return await this.host.fixes({ uri: analysis.uri, key: analysis.key }, analysis.text, analysis.context.options, findings);
    } catch (err) {
      this.log(`Computing quick fixes for ${analysis.uri} failed: ${(err as Error).message}`);
      return findings.map(() => []);
    }
  }

  forget(uri: string): void {
    this.memo.delete(uri);
    this.settings.forget(uri);
    this.host.forget(uri);
  }

  private async run(uri: string, version: number, key: string, text: string, context: DocumentContext): Promise<DocumentAnalysis> {
    const isStale = () => this.documents.get(uri)?.version !== version;
    let outcome: AnalysisOutcome;
    try {
      outcome = { ok: true, result: await this.host.analyze({ uri, key }, text, context.options, isStale) };
    } catch (err) {
      if (err instanceof StaleAnalysisError) throw err;
      const reason = (err as Error).message;
      outcome = {
        ok: false,
        message:
          err instanceof AnalysisTimeoutError
            ? `Tradeoff stopped analysing this document: the analysis ${reason}. It will try again after the next edit.`
            : `Tradeoff could not analyse this document (${reason}); the Tradeoff output has the details.`,
      };
    }
    return { uri, version, key, text, context, outcome };
  }
}
