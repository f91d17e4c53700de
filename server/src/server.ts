// The Tradeoff language server: LSP over the analysis core (stdio, node IPC or socket, chosen by argv).
// The same bundle is the analysis worker when started as a worker thread (see lsp/worker/).
import { isMainThread, workerData } from 'worker_threads';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from './config/types';
import { clientSupport, type ClientSupport } from './lsp/clientSupport';
import { FIX_ALL_KIND } from './lsp/codeActions';
import type { DiagnosticsMode } from './lsp/diagnosticsMode';
import { DocumentAnalyzer } from './lsp/documentAnalyzer';
import { isMarkdownDocument } from './lsp/markdownDocuments';
import { AnalyzeRequest, type TradeoffInitializationOptions } from './lsp/protocol';
import { PullDiagnostics } from './lsp/pullDiagnostics';
import { PushDiagnostics } from './lsp/pushDiagnostics';
import { INSERT_STRUCTURE_PART_COMMAND, SHOW_STRUCTURE_PART_COMMAND } from './lsp/protocolNames';
import { provideAnalysis, provideCodeActions, provideCodeLenses, provideHover, type RequestContext } from './lsp/requestHandlers';
import { insertStructurePart, showStructurePart, type StructureCommandContext } from './lsp/structureCommands';
import { parseSettings } from './lsp/settings';
import { SETTINGS_SECTION, SettingsStore } from './lsp/settingsStore';
import { AnalysisHost } from './lsp/worker/analysisHost';
import { runAnalysisWorker } from './lsp/worker/analysisWorker';
import { WORKER_ROLE } from './lsp/worker/workerProtocol';

const DEFAULT_ANALYSIS_TIMEOUT_MS = 15_000;

function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.error(message);

  // A bug must not take the server down: log it and keep serving.
  process.on('uncaughtException', (err) => log(`Uncaught exception: ${err.stack ?? err}`));
  process.on('unhandledRejection', (reason) => log(`Unhandled rejection: ${(reason as Error)?.stack ?? reason}`));

  let support: ClientSupport;
  let host: AnalysisHost;
  let analyzer: DocumentAnalyzer;
  let settings: SettingsStore;
  let mode: DiagnosticsMode;
  let pull: PullDiagnostics | null = null;
  let interviewLens = false;

  const isMarkdownUri = (uri: string) => {
    const doc = documents.get(uri);
    return doc !== undefined && isMarkdownDocument(doc);
  };
  const openMarkdownUris = () => documents.all().filter(isMarkdownDocument).map((d) => d.uri);

  connection.onInitialize((params): InitializeResult => {
    support = clientSupport(params.capabilities);
    const init = (params.initializationOptions ?? {}) as TradeoffInitializationOptions;
    interviewLens = init.interviewLens === true;
    const timeoutMs = typeof init.analysisTimeoutMs === 'number' && init.analysisTimeoutMs > 0 ? init.analysisTimeoutMs : DEFAULT_ANALYSIS_TIMEOUT_MS;
    host = new AnalysisHost({ workerScript: __filename, workerData: { role: WORKER_ROLE }, timeoutMs, log });
    const fetch = support.configuration
      ? (uri: string) => connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
      : null;
    settings = new SettingsStore(parseSettings(init), fetch, log);
    analyzer = new DocumentAnalyzer(documents, settings, host, log);
    if (support.pullDiagnostics) {
      pull = new PullDiagnostics(analyzer, settings, {
        isMarkdown: isMarkdownUri,
        refresh: () => {
          if (support.diagnosticRefresh) connection.languages.diagnostics.refresh().catch((err: Error) => log(`Diagnostic refresh failed: ${err.message}`));
        },
        log,
      });
      mode = pull;
    } else {
      mode = new PushDiagnostics(analyzer, settings, {
        versionOf: (uri) => (isMarkdownUri(uri) ? documents.get(uri)?.version : undefined),
        publish: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }),
        log,
      });
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [INSERT_STRUCTURE_PART_COMMAND, SHOW_STRUCTURE_PART_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(support.pullDiagnostics ? { diagnosticProvider: { identifier: 'tradeoff', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'tradeoff' },
    };
  });

  connection.onInitialized(() => {
    host.warmUp();
    if (support.watchedFilesRegistration) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] })
        .catch((err: Error) => log(`Could not watch ${CONFIG_FILE_NAME} files: ${err.message}`));
    }
    // A folder added or removed brings or takes its own folder settings (its .tradeoff.jsonc is found per file).
    if (support.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders(() => settingsChanged(undefined));
    if (support.configurationChangeRegistration) {
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
        .catch((err: Error) => log(`Could not register for configuration changes: ${err.message}`));
    }
  });

  // TextDocuments fires onDidChangeContent for an open too; the open is handled by onDidOpen.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    if (!isMarkdownDocument(document)) return;
    justOpened.add(document.uri);
    mode.opened(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    if (justOpened.delete(document.uri) || !isMarkdownDocument(document)) return;
    mode.changed(document.uri);
  });
  documents.onDidSave(({ document }) => {
    if (isMarkdownDocument(document)) mode.saved(document.uri);
  });
  documents.onDidClose(({ document }) => {
    justOpened.delete(document.uri);
    if (!isMarkdownDocument(document)) return;
    mode.closed(document.uri);
    analyzer.forget(document.uri);
  });

  const settingsChanged = (pushed: unknown) => {
    settings.changed(pushed);
    mode.configurationChanged(openMarkdownUris());
    if (support.codeLensRefresh) connection.sendRequest(CodeLensRefreshRequest.type).catch((err: Error) => log(`Code lens refresh failed: ${err.message}`));
  };
  connection.onDidChangeConfiguration((params) => settingsChanged(params.settings));
  // The config loader re-reads changed files by their stamp; re-analysing is all a config change needs.
  connection.onDidChangeWatchedFiles(() => mode.configurationChanged(openMarkdownUris()));

  const requests = (): RequestContext => ({ analyzer, isMarkdown: isMarkdownUri, documentChanges: support.documentChanges, interviewLens });
  connection.onHover((params) => provideHover(requests(), params));
  connection.onCodeAction((params) => provideCodeActions(requests(), params));
  connection.onCodeLens((params) => provideCodeLenses(requests(), params));
  connection.onRequest(AnalyzeRequest, (params) => provideAnalysis(requests(), params));
  const structureCommands = (): StructureCommandContext => ({
    document: (uri) => documents.get(uri),
    applyEdit: (params) => connection.workspace.applyEdit(params),
    showDocument: (params) => connection.window.showDocument(params),
    // A notification, not window/showMessageRequest: nothing to answer, so no client can leave it pending.
    warn: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
    documentChanges: support.documentChanges,
  });
  connection.onExecuteCommand((params) => {
    const args = params.arguments?.[0];
    if (params.command === INSERT_STRUCTURE_PART_COMMAND) return insertStructurePart(structureCommands(), args);
    if (params.command === SHOW_STRUCTURE_PART_COMMAND) return showStructurePart(structureCommands(), args);
    throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
  });
  connection.languages.diagnostics.on((params, token) => {
    if (!pull) return { kind: 'full', items: [] };
    return pull.pull(params, token);
  });

  connection.onShutdown(() => {
    mode?.dispose();
    host?.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) runAnalysisWorker();
else startServer();
