// The mock-interview panel on the extension-host side: owns the session and its clock, streams each interviewer
// turn from the chosen backend into the webview, and keeps the session across hide/show and window reloads.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { streamTurn } from '../../../server/src/interview/turnStream';
import { transcriptMarkdown } from '../../../server/src/interview/exportMarkdown';
import { InterviewSession, type SessionSnapshot } from '../../../server/src/interview/session';
import type { Debrief, InterviewerTurn } from '../../../server/src/interview/types';
import type { BackendChoice } from './backendChoice';
import { panelHtml } from './panelHtml';
import type { HostMessage, PanelNotice, PanelState, PanelTurn, WebviewMessage } from './panelProtocol';
import { interviewAnalysisOptions } from './interviewAnalysisOptions';

export const INTERVIEW_VIEW_TYPE = 'tradeoff.interview';
const STORE_KEY = 'tradeoff.interview.session';
/** The clock alone, saved every tick: a few bytes instead of the whole session (saved on turns and status changes). */
const CLOCK_KEY = 'tradeoff.interview.clock';
const CLOCK_INTERVAL_MS = 1000;

/** What survives a window reload: the session, what the panel showed, and the document it is about. */
interface StoredInterview {
  snapshot: SessionSnapshot;
  panel: PanelState;
  sourceUri?: string;
}

/** The clock of the stored interview at its last tick. */
interface StoredClock {
  clock: NonNullable<PanelState['clock']>;
}

/** The stored interview with the clock of its last tick, when that is later than the session's last save. */
function storedInterview(context: vscode.ExtensionContext): StoredInterview | undefined {
  const stored = context.workspaceState.get<StoredInterview>(STORE_KEY);
  const ticked = context.workspaceState.get<StoredClock>(CLOCK_KEY);
  const elapsedMs = ticked?.clock?.elapsedMs;
  if (!stored?.snapshot || typeof elapsedMs !== 'number' || elapsedMs <= stored.snapshot.elapsedMs) return stored;
  return { ...stored, snapshot: { ...stored.snapshot, elapsedMs }, panel: { ...stored.panel, clock: ticked!.clock } };
}

export class InterviewPanel implements vscode.Disposable {
  private static current: InterviewPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private readonly clock: ReturnType<typeof setInterval>;
  private streaming: AbortController | undefined;
  /** The turn streaming now, as far as it got: a panel shown again mid-stream continues from it. */
  private partial: PanelTurn | undefined;
  private nextId = 0;
  private disposed = false;

  /** Opens a new interview (replacing a running one) and asks its first question. */
  static async start(context: vscode.ExtensionContext, session: InterviewSession, choice: BackendChoice, title: string, sourceUri?: vscode.Uri): Promise<InterviewPanel> {
    InterviewPanel.current?.dispose();
    const webview = vscode.window.createWebviewPanel(INTERVIEW_VIEW_TYPE, title, vscode.ViewColumn.Beside, webviewOptions(context));
    const state = initialState(session, title, choice);
    const panel = new InterviewPanel(context, webview, session, choice, state, sourceUri?.toString());
    if (choice.notice) panel.notify({ level: 'warning', text: choice.notice });
    await panel.deliver(session.opening());
    return panel;
  }

  /** The last interview stored in this workspace when it is unfinished and no panel shows it, for "Resume". */
  static resumable(context: vscode.ExtensionContext): { title: string; answers: number; minutes: number } | undefined {
    if (InterviewPanel.current) return undefined;
    const stored = storedInterview(context);
    if (!stored?.panel || stored.panel.status === 'ended') return undefined;
    const answers = stored.panel.turns.filter((t) => t.role === 'candidate').length;
    return { title: stored.panel.title, answers, minutes: Math.floor((stored.panel.clock?.elapsedMs ?? 0) / 60_000) };
  }

  /**
   * Reopens the last stored interview where it stopped: after the panel was closed, or after a browser refresh
   * came before VS Code had saved its layout (the panel is then not revived on its own).
   */
  static resume(context: vscode.ExtensionContext, choice: BackendChoice): InterviewPanel | undefined {
    if (!context.workspaceState.get<StoredInterview>(STORE_KEY)) return undefined;
    InterviewPanel.current?.dispose();
    const webview = vscode.window.createWebviewPanel(INTERVIEW_VIEW_TYPE, 'Tradeoff interview', vscode.ViewColumn.Beside, webviewOptions(context));
    const panel = InterviewPanel.revive(context, webview, choice);
    if (panel) webview.title = panel.view.title;
    return panel;
  }

  /** Restores the panel VS Code brings back after a reload, from the stored session. */
  static revive(context: vscode.ExtensionContext, webview: vscode.WebviewPanel, choice: BackendChoice): InterviewPanel | undefined {
    const stored = storedInterview(context);
    webview.webview.options = webviewOptions(context);
    let session: InterviewSession | undefined;
    try {
      session = stored ? InterviewSession.restore(stored.snapshot, Date.now, { analyzeOptions: interviewAnalysisOptions(stored.sourceUri ? vscode.Uri.parse(stored.sourceUri) : undefined) }) : undefined;
    } catch {
      session = undefined;
    }
    if (!stored || !session) {
      const state: PanelState = { ...emptyState('Tradeoff interview'), status: 'ended', notice: { level: 'warning', text: 'This interview could not be restored. Start a new one with "Tradeoff: Start Mock Interview".' } };
      // The webview asks for its state once its script runs; a message sent before then would be lost.
      const listener = webview.webview.onDidReceiveMessage((m: WebviewMessage) => {
        if (m?.type === 'ready') void webview.webview.postMessage({ type: 'state', state } satisfies HostMessage);
      });
      webview.onDidDispose(() => listener.dispose());
      webview.webview.html = panelHtml(htmlOptions(context, webview.webview, 'Tradeoff interview'));
      return undefined;
    }
    // A turn that was streaming when the window went away is over; the session continues from its last turn.
    const panelState: PanelState = { ...stored.panel, status: stored.panel.status === 'ended' ? 'ended' : 'idle' };
    return new InterviewPanel(context, webview, session, choice, panelState, stored.sourceUri);
  }

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly panel: vscode.WebviewPanel,
    private readonly session: InterviewSession,
    private readonly choice: BackendChoice,
    private state: PanelState,
    private readonly sourceUri: string | undefined,
  ) {
    InterviewPanel.current = this;
    panel.webview.html = panelHtml(htmlOptions(context, panel.webview, state.title));
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: WebviewMessage) => void this.receive(message)),
    );
    this.nextId = state.turns.length;
    this.clock = setInterval(() => void this.onClock(), CLOCK_INTERVAL_MS);
  }

  /** What the panel shows now (the e2e suite reads it; the webview gets the same through messages). */
  get view(): Readonly<PanelState> {
    return this.state;
  }

  /** Handles a message from the webview; the e2e suite drives the panel through the same path. */
  async receive(message: WebviewMessage): Promise<void> {
    switch (message?.type) {
      case 'ready':
        this.post({ type: 'state', state: this.partial ? { ...this.state, turns: [...this.state.turns, this.partial] } : this.state });
        return;
      case 'answer':
        if (this.busy || this.state.status === 'ended' || typeof message.text !== 'string' || message.text.trim() === '') return;
        this.addTurn({ id: this.newId(), role: 'candidate', text: message.text }, 'candidate');
        await this.deliver(this.session.answer(message.text));
        return;
      case 'stop':
        this.streaming?.abort();
        return;
      case 'skip':
        if (!this.busy && this.state.status !== 'ended') await this.deliver(this.session.skip());
        return;
      case 'hint':
        if (!this.busy && this.state.status !== 'ended') await this.deliver(this.session.hint());
        return;
      case 'end':
        this.streaming?.abort();
        this.finish();
        return;
      case 'export':
        await this.exportTranscript();
        return;
      case 'openLine':
        await this.openLine(message.line);
        return;
    }
  }

  private get busy(): boolean {
    return this.streaming !== undefined;
  }

  /** Streams one interviewer turn from the backend (the built-in text when the backend fails) into the panel. */
  private async deliver(intent: InterviewerTurn): Promise<void> {
    const id = this.newId();
    const abort = new AbortController();
    this.streaming = abort;
    this.setStatus('streaming');
    this.post({ type: 'turnStart', id, kind: intent.kind, backend: this.choice.backend.id });
    const partial: PanelTurn = { id, role: 'interviewer', kind: intent.kind, backend: this.choice.backend.id, text: '' };
    this.partial = partial;
    const request = this.session.llmContext(intent);
    if (!this.choice.mayShareDocument) {
      // The candidate's words stay on this machine: no excerpt, and no quotes in the findings either.
      delete request.documentExcerpt;
      request.findings = request.findings.map((f) => ({ ...f, quote: '' }));
    }
    let turn: InterviewerTurn;
    try {
      turn = await streamTurn(this.choice.backend, request, {
        signal: abort.signal,
        onChunk: (text) => {
          partial.text += text;
          this.post({ type: 'turnChunk', id, text });
        },
      });
    } finally {
      this.streaming = undefined;
      this.partial = undefined;
    }
    if (this.disposed) return;
    this.session.recordPhrasing(turn);
    const line = turn.range?.start.line;
    this.addTurn({ id, role: 'interviewer', kind: turn.kind, text: turn.text, backend: turn.backend, fallbackReason: turn.fallbackReason, line, quote: turn.quote }, 'turnEnd');
    // The fallback reason shows under the turn itself (PanelTurn.fallbackReason); no second banner.
    if (turn.kind === 'wrap-up') this.finish();
    else if (this.state.status !== 'ended') this.setStatus('idle');
  }

  private async onClock(): Promise<void> {
    if (this.disposed || this.state.status === 'ended') return;
    this.state.clock = this.session.clockState();
    this.post({ type: 'clock', clock: this.state.clock });
    // Saving the clock each tick lets a reload resume it where it was (the session itself is saved on turns).
    void this.context.workspaceState.update(CLOCK_KEY, { clock: this.state.clock } satisfies StoredClock);
    if (this.busy) return;
    const due = this.session.tick();
    if (due) await this.deliver(due);
  }

  private finish(): void {
    if (this.state.status === 'ended') return;
    const debrief: Debrief = this.session.end();
    this.state.debrief = debrief;
    this.post({ type: 'debrief', debrief });
    this.setStatus('ended');
  }

  private async exportTranscript(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      title: 'Export the interview transcript and debrief',
      defaultUri: folder ? vscode.Uri.joinPath(folder, `interview-${new Date().toISOString().slice(0, 10)}.md`) : undefined,
      filters: { Markdown: ['md'] },
    });
    if (target) await this.exportTo(target);
  }

  /** Writes the transcript and debrief as markdown to `target`. */
  async exportTo(target: vscode.Uri): Promise<void> {
    const debrief = this.state.debrief ?? this.session.end();
    try {
      await vscode.workspace.fs.writeFile(target, Buffer.from(transcriptMarkdown(this.session.config, this.session.transcript, debrief), 'utf8'));
      this.notify({ level: 'info', text: `Exported to ${vscode.workspace.asRelativePath(target)}.` });
    } catch (err) {
      this.notify({ level: 'error', text: `Export failed: ${(err as Error).message}` });
    }
  }

  private async openLine(line: number): Promise<void> {
    if (!this.sourceUri || !Number.isInteger(line) || line < 0) return;
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(this.sourceUri));
      const at = new vscode.Position(Math.min(line, document.lineCount - 1), 0);
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(at, at) });
    } catch (err) {
      this.notify({ level: 'error', text: `Could not open the document: ${(err as Error).message}` });
    }
  }

  private addTurn(turn: PanelTurn, message: 'candidate' | 'turnEnd'): void {
    this.state.turns.push(turn);
    this.post(message === 'candidate' ? { type: 'candidate', turn } : { type: 'turnEnd', turn });
    this.persist();
  }

  private notify(notice: PanelNotice): void {
    this.state.notice = notice;
    this.post({ type: 'notice', notice });
  }

  private setStatus(status: PanelState['status']): void {
    this.state.status = status;
    this.post({ type: 'status', status });
    this.persist();
  }

  private persist(): void {
    const stored: StoredInterview = { snapshot: this.session.toJSON(), panel: { ...this.state, status: this.state.status === 'streaming' ? 'idle' : this.state.status }, sourceUri: this.sourceUri };
    void this.context.workspaceState.update(STORE_KEY, stored);
    void this.context.workspaceState.update(CLOCK_KEY, undefined);
  }

  private post(message: HostMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  private newId(): string {
    return `t${this.nextId++}`;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearInterval(this.clock);
    // Closing the panel cancels a streaming model request.
    this.streaming?.abort();
    if (InterviewPanel.current === this) InterviewPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  // No network and no other files: the panel loads only its own script and stylesheet.
  return { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media', 'interview')] };
}

function htmlOptions(context: vscode.ExtensionContext, webview: vscode.Webview, title: string) {
  const media = vscode.Uri.joinPath(context.extensionUri, 'media', 'interview');
  return {
    nonce: randomBytes(16).toString('base64'),
    cspSource: webview.cspSource,
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.js')).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.css')).toString(),
    title,
  };
}

function emptyState(title: string): PanelState {
  return { title, persona: '', level: '', source: '', turns: [], clock: { elapsedMs: 0, totalMs: 0, phase: 'clarify', phaseRemainingMs: 0 }, status: 'idle' };
}

function initialState(session: InterviewSession, title: string, choice: BackendChoice): PanelState {
  const config = session.config;
  return {
    ...emptyState(title),
    persona: config.persona,
    level: config.level,
    source: config.source.kind === 'document' ? config.source.name : config.source.questionId,
    clock: session.clockState(),
    notice: choice.notice ? { level: 'warning', text: choice.notice } : undefined,
  };
}
