// Pull model (textDocument/diagnostic, LSP 3.17), used when the client supports it; nothing is pushed then.
// The client pulls after every edit and cancels a pull a newer edit supersedes, so the debounce is a quiet
// period the request waits out. In onSave mode a pull returns what the last save (or the open) produced, and
// a save asks the client to pull again (workspace/diagnostic/refresh).
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { DiagnosticsMode } from './diagnosticsMode';
import type { DocumentAnalyzer } from './documentAnalyzer';
import { documentDiagnostics } from './documentDiagnostics';
import type { SettingsStore } from './settingsStore';

export interface PullClient {
  isMarkdown(uri: string): boolean;
  /** Sends workspace/diagnostic/refresh when the client supports it. */
  refresh(): void;
  log(message: string): void;
}

export class PullDiagnostics implements DiagnosticsMode {
  private readonly lastEdit = new Map<string, number>();
  /** onSave mode: what the last save produced, per document. */
  private readonly savedDiagnostics = new Map<string, Diagnostic[]>();
  private readonly reports = new Map<string, { resultId: string; json: string }>();
  private nextResultId = 1;

  constructor(
    private readonly analyzer: DocumentAnalyzer,
    private readonly settings: SettingsStore,
    private readonly client: PullClient,
  ) {}

  async pull(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    if (!this.client.isMarkdown(uri)) return this.report(uri, [], params.previousResultId);
    const settings = await this.settings.get(uri);
    let items: Diagnostic[];
    if (settings.run === 'onSave') {
      items = this.savedDiagnostics.get(uri) ?? (await this.analyse(uri));
      this.savedDiagnostics.set(uri, items);
    } else {
      await this.quietPeriod(uri, settings.debounceMs, token);
      items = await this.analyse(uri);
      if (token.isCancellationRequested) throw cancelled();
    }
    return this.report(uri, items, params.previousResultId);
  }

  opened(uri: string): void {
    this.lastEdit.delete(uri);
  }

  changed(uri: string): void {
    this.lastEdit.set(uri, Date.now());
  }

  saved(uri: string): void {
    void this.settings.get(uri).then(async (s) => {
      if (s.run !== 'onSave') return;
      this.savedDiagnostics.set(uri, await this.analyse(uri));
      this.client.refresh();
    });
  }

  closed(uri: string): void {
    this.lastEdit.delete(uri);
    this.savedDiagnostics.delete(uri);
    this.reports.delete(uri);
  }

  configurationChanged(): void {
    this.savedDiagnostics.clear();
    this.client.refresh();
  }

  dispose(): void {}

  private async analyse(uri: string): Promise<Diagnostic[]> {
    try {
      const context = await this.analyzer.context(uri);
      if (context.silent) return [];
      const analysis = await this.analyzer.current(uri, false, context);
      return analysis ? documentDiagnostics(analysis) : [];
    } catch (err) {
      this.client.log(`Diagnostics for ${uri} failed: ${(err as Error).stack ?? err}`);
      return [];
    }
  }

  /** Waits until the document has had no edit for `debounceMs`; a newer pull cancels this one meanwhile. */
  private async quietPeriod(uri: string, debounceMs: number, token: CancellationToken): Promise<void> {
    for (;;) {
      if (token.isCancellationRequested) throw cancelled();
      const edited = this.lastEdit.get(uri);
      const remaining = edited === undefined ? 0 : edited + debounceMs - Date.now();
      if (remaining <= 0) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          subscription.dispose();
          resolve();
        };
        const timer = setTimeout(done, remaining);
        const subscription = token.onCancellationRequested(done);
      });
    }
  }

  /** A full report, or "unchanged" when the client already has exactly these diagnostics. */
  private report(uri: string, items: Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const json = JSON.stringify(items);
    let last = this.reports.get(uri);
    if (!last || last.json !== json) {
      last = { resultId: String(this.nextResultId++), json };
      this.reports.set(uri, last);
    }
    if (previousResultId === last.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: last.resultId, items };
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'A newer edit superseded this diagnostic pull.');
}
