// What `check` found in one document, shared by the formatters.
import type { Finding, Severity } from '../analysis/types';

export interface FileReport {
  /** The path as the user wrote it. */
  display: string;
  absolute: string;
  findings: Finding[];
  /** Problems that are not findings (skipped file, invalid UTF-8, unknown vocabulary concept). */
  notices: { severity: Severity; message: string }[];
}
