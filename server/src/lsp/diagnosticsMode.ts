// What the server does with diagnostics on document events; push and pull implement it differently.
export interface DiagnosticsMode {
  opened(uri: string): void;
  changed(uri: string): void;
  saved(uri: string): void;
  closed(uri: string): void;
  /** Settings or a config file changed: every open document may show something else now. */
  configurationChanged(openUris: string[]): void;
  dispose(): void;
}
