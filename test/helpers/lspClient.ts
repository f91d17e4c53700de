// A real LSP client for tests and the benchmark: spawns `node dist/server.js` (stdio or node IPC), speaks
// the protocol with vscode-languageserver-protocol, and records what the server sends.
import { spawn, execFileSync, type ChildProcess } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  CodeLensRefreshRequest,
  CodeLensRequest,
  ConfigurationRequest,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  IPCMessageReader,
  IPCMessageWriter,
  InitializeRequest,
  InitializedNotification,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ApplyWorkspaceEditParams,
  type ApplyWorkspaceEditResult,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type CodeLens,
  type Command,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type ShowDocumentParams,
  type ShowDocumentResult,
  type ShowMessageParams,
  type ShowMessageRequestParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../../server/src/analysis/types';

export const REPO_ROOT = path.join(__dirname, '..', '..');
export const SERVER_JS = path.join(REPO_ROOT, 'dist', 'server.js');

let built = false;

/** Bundles the server (and the other entries) with `node esbuild.js`, once per test run; call it from a `before` hook. */
export function buildServer(): void {
  if (built) return;
  execFileSync(process.execPath, ['esbuild.js'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  built = true;
}

export function fileUri(filePath: string): string {
  return pathToFileURL(filePath).toString();
}

export interface LspClientOptions {
  transport?: 'stdio' | 'ipc';
  serverPath?: string;
  initializationOptions?: Record<string, unknown>;
  /** Advertise textDocument/diagnostic (pull model); by default the client takes pushed diagnostics. */
  pullDiagnostics?: boolean;
  /**
   * The `tradeoff` settings the client answers workspace/configuration with (a function gets the scope URI).
   * Leave undefined for a client without workspace/configuration support.
   */
  settings?: Record<string, unknown> | ((scopeUri: string | undefined) => unknown);
  /** Workspace root folder (absolute path). */
  workspaceFolder?: string;
  /** Extra client capabilities, merged over the defaults. */
  capabilities?: ClientCapabilities;
  /** How long a wait for a server message may take before it fails with a report of what arrived. */
  waitTimeoutMs?: number;
}

interface Waiter {
  uri: string;
  predicate: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class LspTestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: Registration[] = [];
  refreshRequests = 0;
  /** workspace/codeLens/refresh requests received (answered only when the client declares refreshSupport). */
  codeLensRefreshRequests = 0;
  /** window/showMessage notifications (their text is in `logs` too) and window/showMessageRequest requests (answered with no choice). */
  readonly shownMessages: (ShowMessageParams | ShowMessageRequestParams)[] = [];
  /** workspace/applyEdit requests from the server, in arrival order. */
  readonly applyEditRequests: ApplyWorkspaceEditParams[] = [];
  /** window/showDocument requests from the server, in arrival order. */
  readonly showDocumentRequests: ShowDocumentParams[] = [];
  /** The methods of the edit and show-document requests in arrival order, to check what came first. */
  readonly editorRequests: string[] = [];
  /** How the client answers workspace/applyEdit (recorded first); a test may apply the edit here like an editor. */
  answerApplyEdit: (params: ApplyWorkspaceEditParams) => ApplyWorkspaceEditResult | Promise<ApplyWorkspaceEditResult> = () => ({ applied: true });
  /** How the client answers window/showDocument (recorded first). */
  answerShowDocument: (params: ShowDocumentParams) => ShowDocumentResult | Promise<ShowDocumentResult> = () => ({ success: true });
  initializeResult!: InitializeResult;
  private readonly waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();
  private stderr = '';
  private exited: string | null = null;

  private constructor(
    readonly connection: ProtocolConnection,
    readonly process: ChildProcess,
    private readonly options: LspClientOptions,
  ) {}

  /** Spawns the server, initializes it and sends `initialized`. */
  static async start(options: LspClientOptions = {}): Promise<LspTestClient> {
    const transport = options.transport ?? 'stdio';
    const serverPath = options.serverPath ?? SERVER_JS;
    const child =
      transport === 'stdio'
        ? spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
        : spawn(process.execPath, [serverPath, '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection =
      transport === 'stdio'
        ? createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
        : createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const client = new LspTestClient(connection, child, options);
    client.wire();
    connection.listen();
    await client.initialize();
    return client;
  }

  private wire(): void {
    const { connection, process: child } = this;
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      this.exited = `server exited (code ${code}, signal ${signal})`;
      for (const w of this.waiters.splice(0)) {
        clearTimeout(w.timer);
        w.reject(new Error(`${this.exited} while waiting for diagnostics of ${w.uri}\n${this.report()}`));
      }
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const w of [...this.waiters]) {
        if (w.uri === params.uri && w.predicate(params)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          clearTimeout(w.timer);
          w.resolve(params);
        }
      }
    });
    connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
    });
    connection.onNotification(ShowMessageNotification.type, (p) => {
      this.logs.push(p.message);
      this.shownMessages.push(p);
    });
    connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests++;
    });
    connection.onRequest(ShowMessageRequest.type, (p) => {
      this.shownMessages.push(p);
      return null;
    });
    connection.onRequest(CodeLensRefreshRequest.type, () => {
      this.codeLensRefreshRequests++;
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      this.applyEditRequests.push(p);
      this.editorRequests.push(ApplyWorkspaceEditRequest.method);
      return this.answerApplyEdit(p);
    });
    connection.onRequest(ShowDocumentRequest.type, (p) => {
      this.showDocumentRequests.push(p);
      this.editorRequests.push(ShowDocumentRequest.method);
      return this.answerShowDocument(p);
    });
    connection.onRequest(ConfigurationRequest.type, (p) =>
      p.items.map((item) => {
        const s = this.options.settings;
        if (item.section !== 'tradeoff' || s === undefined) return null;
        return typeof s === 'function' ? s(item.scopeUri) : s;
      }),
    );
    connection.onRequest('window/workDoneProgress/create', () => null);
  }

  private async initialize(): Promise<void> {
    const o = this.options;
    const capabilities: ClientCapabilities = {
      ...o.capabilities,
      workspace: {
        configuration: o.settings !== undefined,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true },
        ...(o.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
        ...o.capabilities?.workspace,
      },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          isPreferredSupport: true,
          dataSupport: true,
        },
        ...(o.pullDiagnostics ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        ...o.capabilities?.textDocument,
      },
    };
    const root = o.workspaceFolder;
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: root ? fileUri(root) : null,
      workspaceFolders: root ? [{ uri: fileUri(root), name: path.basename(root) }] : null,
      capabilities,
      initializationOptions: o.initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  // --- documents -------------------------------------------------------------------------------

  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Sends incremental changes and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces `range` with `text` (one incremental change); returns the new version. */
  replace(uri: string, range: Range, text: string): Promise<number> {
    return this.change(uri, [{ range, text }]);
  }

  /** Inserts `text` at `position`; returns the new version. */
  insert(uri: string, position: Position, text: string): Promise<number> {
    return this.replace(uri, { start: position, end: position }, text);
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  // --- configuration ---------------------------------------------------------------------------

  /** Changes the settings the client answers with and tells the server (didChangeConfiguration). */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    if (this.options.settings !== undefined) this.options.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { tradeoff: settings } });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** workspace/didChangeWorkspaceFolders (the server hears it only when the client declares workspaceFolders). */
  async workspaceFoldersChanged(added: WorkspaceFolder[], removed: WorkspaceFolder[] = []): Promise<void> {
    await this.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added, removed } });
  }

  // --- diagnostics -----------------------------------------------------------------------------

  /** The first publish for `uri` (already received or future) that matches `predicate`. */
  waitForDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = this.published.find((p) => p.uri === uri && predicate(p));
    if (seen) return Promise.resolve(seen);
    if (this.exited) return Promise.reject(new Error(`${this.exited}\n${this.report()}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no matching diagnostics for ${uri} within ${this.waitTimeoutMs} ms\n${this.report()}`));
      }, this.waitTimeoutMs);
      const waiter: Waiter = { uri, predicate, resolve, reject, timer };
      this.waiters.push(waiter);
    });
  }

  /** The diagnostics published for exactly this version of the document. */
  diagnosticsForVersion(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, (p) => p.version === version);
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  pull(uri: string, previousResultId?: string, token?: CancellationToken): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }, token);
  }

  // --- features --------------------------------------------------------------------------------

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
    return (result ?? []).filter((a: Command | CodeAction): a is CodeAction => !('command' in a && typeof a.command === 'string'));
  }

  async codeLenses(uri: string): Promise<CodeLens[]> {
    return (await this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
  }

  /** workspace/executeCommand; resolves with the server's result, rejects with its error response. */
  executeCommand(command: string, args?: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  analyze(uri: string): Promise<AnalysisResult> {
    return this.connection.sendRequest<AnalysisResult>('tradeoff/analyze', { uri });
  }

  /** A request the server answers only after handling every message sent before it. */
  async roundTrip(): Promise<void> {
    await this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'untitled:round-trip' }, position: { line: 0, character: 0 } });
  }

  // --- lifecycle -------------------------------------------------------------------------------

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 5000);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The process is killed below.
      }
      await withTimeout(
        new Promise<void>((resolve) => (this.exited ? resolve() : this.process.once('exit', () => resolve()))),
        5000,
      ).catch(() => this.process.kill('SIGKILL'));
    }
    this.connection.dispose();
  }

  get isRunning(): boolean {
    return this.exited === null;
  }

  /** What the server sent so far, for failure messages. */
  report(): string {
    const last = this.published.slice(-5).map((p) => `  ${p.uri} v${p.version}: ${p.diagnostics.map((d) => d.code).join(', ') || '(none)'}`);
    return [`last publishes:`, ...last, `server log:`, ...this.logs.slice(-20).map((l) => `  ${l}`), `stderr: ${this.stderr.slice(-2000)}`].join('\n');
  }

  private get waitTimeoutMs(): number {
    return this.options.waitTimeoutMs ?? 30000;
  }
}

/** Applies LSP text edits (all relative to the original text) the way a client does. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits);
}

/** The edits a single-document WorkspaceEdit makes to `uri` (changes or documentChanges). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) out.push(...(change.edits as TextEdit[]));
  }
  return out;
}

function withTimeout<T>(promise: Thenable<T> | Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    Promise.resolve(promise).then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}
