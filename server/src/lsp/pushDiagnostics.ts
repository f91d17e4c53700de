// Push model (textDocument/publishDiagnostics): analyse on open, on edits after the debounce (onType) or on
// save (onSave), publish each result unless a newer run for the document is already on its way.
import type { Diagnostic } from 'vscode-languageserver';
import { Debouncer } from './debouncer';
import type { DiagnosticsMode } from './diagnosticsMode';
import type { DocumentAnalyzer } from './documentAnalyzer';
import { documentDiagnostics } from './documentDiagnostics';
import type { SettingsStore } from './settingsStore';
import { StaleAnalysisError } from './worker/analysisHost';

export interface PublishTarget {
  /** Version of the open markdown document, undefined when it is not open. */
  versionOf(uri: string): number | undefined;
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

export class PushDiagnostics implements DiagnosticsMode {
  private readonly debouncer = new Debouncer();
  /** Number of the latest run per document; an older run's result is not published. */
  private readonly latestRun = new Map<string, number>();
  private runs = 0;

  constructor(
    private readonly analyzer: DocumentAnalyzer,
    private readonly settings: SettingsStore,
    private readonly target: PublishTarget,
  ) {}

  opened(uri: string): void {
    void this.run(uri, false);
  }

  changed(uri: string): void {
    void this.settings.get(uri).then((s) => {
      if (s.run !== 'onType' || this.target.versionOf(uri) === undefined) return;
      this.debouncer.schedule(uri, s.debounceMs, () => void this.run(uri, true));
    });
  }

  saved(uri: string): void {
    void this.settings.get(uri).then((s) => {
      // onType: a save flushes a pending debounce; onSave: the save is the trigger.
      if (s.run === 'onSave' || this.debouncer.pending(uri)) {
        this.debouncer.cancel(uri);
        void this.run(uri, false);
      }
    });
  }

  closed(uri: string): void {
    this.debouncer.cancel(uri);
    this.latestRun.delete(uri);
    this.target.publish(uri, undefined, []);
  }

  configurationChanged(openUris: string[]): void {
    for (const uri of openUris) {
      this.debouncer.cancel(uri);
      void this.run(uri, false);
    }
  }

  dispose(): void {
    this.debouncer.cancelAll();
  }

  /** `skipIfStale`: a debounced run gives way to the run the newer edit scheduled. */
  private async run(uri: string, skipIfStale: boolean): Promise<void> {
    const run = ++this.runs;
    this.latestRun.set(uri, run);
    try {
      const context = await this.analyzer.context(uri);
      const analysis = context.silent ? null : await this.analyzer.current(uri, skipIfStale, context);
      const version = this.target.versionOf(uri);
      if (version === undefined || this.latestRun.get(uri) !== run || this.debouncer.pending(uri)) return;
      this.target.publish(uri, analysis?.version ?? version, analysis ? documentDiagnostics(analysis) : []);
    } catch (err) {
      if (err instanceof StaleAnalysisError) return;
      this.target.log(`Diagnostics for ${uri} failed: ${(err as Error).stack ?? err}`);
    }
  }
}
