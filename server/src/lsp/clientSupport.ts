// The optional protocol features the connected client supports, read once from its capabilities.
import type { ClientCapabilities } from 'vscode-languageserver';

export interface ClientSupport {
  /** workspace/configuration: settings can be read per document. */
  configuration: boolean;
  /** textDocument/diagnostic: the client pulls diagnostics, so the server does not push. */
  pullDiagnostics: boolean;
  /** workspace/diagnostic/refresh. */
  diagnosticRefresh: boolean;
  watchedFilesRegistration: boolean;
  configurationChangeRegistration: boolean;
  /** Versioned documentChanges in a WorkspaceEdit. */
  documentChanges: boolean;
  /** workspace/codeLens/refresh: lenses can be asked for again after a settings change. */
  codeLensRefresh: boolean;
  /** workspace/didChangeWorkspaceFolders notifications. */
  workspaceFolders: boolean;
}

export function clientSupport(caps: ClientCapabilities): ClientSupport {
  return {
    configuration: caps.workspace?.configuration === true,
    pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: caps.workspace?.diagnostics?.refreshSupport === true,
    watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationChangeRegistration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
    codeLensRefresh: caps.workspace?.codeLens?.refreshSupport === true,
    workspaceFolders: caps.workspace?.workspaceFolders === true,
  };
}
