// The shape of test/e2e/fixtures/expected/*.json: a workspace document and the diagnostics the CLI gives it.

export interface ExpectedDiagnostic {
  rule: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The rule's documentation URL (the diagnostic's code target). */
  docs: string;
}

export interface ExpectedDiagnostics {
  /** Path of the document relative to the e2e workspace folder. */
  document: string;
  diagnostics: ExpectedDiagnostic[];
}
