// Starts the bundled language server (dist/server.js) over node IPC and keeps it running: unexpected exits
// are restarted with a notice, at most RestartPolicy.maxRestarts times in its window.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './lintedDocuments';
import { RestartPolicy } from './restartPolicy';

export const CLIENT_ID = 'tradeoff';
export const CLIENT_NAME = 'Tradeoff';


export interface ClientHooks {
  /** Shows the output channel (a notice's button). */
  showOutput(): void;
  /** Restarts the server on the user's request (a notice's button). */
  restart(): void;
}

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, policy: RestartPolicy, hooks: ClientHooks): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: { interviewLens: true },
    outputChannel: output,
    // The server reports its own problems (broken config, skipped file) as diagnostics; keep the output quiet.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: {
      error: (_error, _message, count): ErrorHandlerResult => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: (): CloseHandlerResult => closed(policy, hooks),
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

function closed(policy: RestartPolicy, hooks: ClientHooks): CloseHandlerResult {
  const decision = policy.exited(Date.now());
  const minutes = Math.round(policy.windowMs / 60_000);
  if (decision.restart) {
    void vscode.window
      .showWarningMessage(`Tradeoff's language server stopped unexpectedly and was restarted (${decision.count} of ${decision.maxRestarts} restarts allowed in ${minutes} minutes).`, 'Show Output')
      .then((choice) => choice && hooks.showOutput());
    return { action: CloseAction.Restart, handled: true };
  }
  void vscode.window
    .showErrorMessage(`Tradeoff's language server stopped ${decision.maxRestarts + 1} times in ${minutes} minutes and will not be restarted automatically. Diagnostics are paused.`, 'Restart', 'Show Output')
    .then((choice) => {
      if (choice === 'Restart') hooks.restart();
      else if (choice === 'Show Output') hooks.showOutput();
    });
  return { action: CloseAction.DoNotRestart, handled: true };
}
