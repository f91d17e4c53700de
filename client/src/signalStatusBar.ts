// The status bar item: the active markdown document's seniority signal (0-100); click opens the Problems view.
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { AnalysisResult } from '../../server/src/analysis/types';
import { ANALYZE_METHOD } from '../../server/src/lsp/protocolNames';
import { isLintedDocument } from './lintedDocuments';

const REFRESH_DELAY_MS = 250;

export class SignalStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tradeoff.signal', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Only the newest request may update the item. */
  private generation = 0;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Tradeoff signal';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.schedule(REFRESH_DELAY_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('tradeoff') && this.schedule(REFRESH_DELAY_MS)),
      client.onDidChangeState(() => this.schedule(REFRESH_DELAY_MS)),
    );
    this.schedule(0);
  }

  /** The text shown now (for tests and logs). */
  get text(): string | undefined {
    return this.item.text;
  }

  refresh(): Promise<void> {
    return this.update();
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const enabled = document && isLintedDocument(document) && vscode.workspace.getConfiguration('tradeoff', document.uri).get<boolean>('statusBar.enable', true);
    if (!document || !enabled || !this.client.isRunning()) {
      this.item.hide();
      return;
    }
    let result: AnalysisResult;
    try {
      result = await this.client.sendRequest<AnalysisResult>(ANALYZE_METHOD, { uri: document.uri.toString() });
    } catch {
      // The document is not open on the server yet (or it restarts): the next diagnostics update retries.
      if (generation === this.generation) this.item.hide();
      return;
    }
    if (generation !== this.generation) return;
    this.show(path.basename(document.uri.path), result);
  }

  private show(name: string, result: AnalysisResult): void {
    const notice = result.findings.length === 0 ? result.notices[0] : undefined;
    if (notice && result.sections.length === 0) {
      this.item.text = '$(circle-slash) Tradeoff';
      this.item.tooltip = `${name}: ${notice.message}`;
      this.item.accessibilityInformation = { label: `Tradeoff: ${notice.message}` };
    } else {
      const design = result.sections.filter((s) => s.isDesign);
      const complete = design.filter((s) => Object.values(s.structure).every((p) => p.present)).length;
      const findings = result.findings.length;
      this.item.text = `$(checklist) Tradeoff ${result.score}`;
      const tooltip = new vscode.MarkdownString(
        `**Seniority signal ${result.score}/100** for ${escapeMarkdown(name)}\n\n` +
          `${findings} finding${findings === 1 ? '' : 's'}; ${complete} of ${design.length} design section${design.length === 1 ? '' : 's'} state constraint, failure mode, mitigation and new cost.\n\n` +
          'Click to open the Problems view.',
      );
      this.item.tooltip = tooltip;
      this.item.accessibilityInformation = { label: `Tradeoff seniority signal ${result.score} of 100, ${findings} findings. Opens the Problems view.` };
    }
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
