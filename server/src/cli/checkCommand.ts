// `tradeoff check`: resolves config per document, expands the paths, analyses each document and formats the
// result. Returns what to print and the exit code instead of printing, so it stays testable and never exits.
import * as path from 'path';
import { analyze, DEFAULT_MAX_SIZE } from '../analysis';
import { defaultConfig, findConfigFile, formatConfigError, isIgnored, loadConfigFile, type ResolvedConfig } from '../config';
import type { OutputFormat } from './args';
import { expandPaths } from './expandPaths';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatSummary, formatText } from './formatters/text';
import { readDocument } from './readDocument';
import type { FileReport } from './report';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export interface CommandOutput {
  stdout: string;
  /** Lines for stderr, without trailing newlines. */
  stderr: string[];
  exitCode: number;
}

export interface CheckRequest {
  format: OutputFormat;
  configFile: string | null;
  paths: string[];
  cwd?: string;
}

export function runCheck(req: CheckRequest): CommandOutput {
  const cwd = req.cwd ?? process.cwd();
  // Formatted config errors, deduplicated: many documents share one config.
  const configErrors = new Set<string>();
  const useConfig = (config: ResolvedConfig): ResolvedConfig => {
    for (const e of config.errors) configErrors.add(formatConfigError({ ...e, file: displayPath(e.file, cwd) }));
    return config;
  };
  const fixed = req.configFile ? useConfig(loadConfigFile(path.resolve(cwd, req.configFile))) : null;
  const configFor = (absolute: string): ResolvedConfig => {
    if (fixed) return fixed;
    const file = findConfigFile(path.dirname(absolute));
    return file ? useConfig(loadConfigFile(file)) : defaultConfig();
  };

  const expansion = expandPaths(req.paths, (absolute) => isIgnored(absolute, configFor(absolute).ignore), cwd);
  // A broken config stops the run: in CI, linting with half a config would pass or fail for the wrong reason.
  if (configErrors.size) {
    return { stdout: '', stderr: [...configErrors].map((line) => `tradeoff: config error: ${line}`), exitCode: EXIT_ERROR };
  }
  if (expansion.errors.length) {
    return { stdout: '', stderr: [...expansion.warnings, ...expansion.errors.map((e) => `tradeoff: ${e}`)], exitCode: EXIT_ERROR };
  }

  const stderr = [...expansion.warnings];
  const reports: FileReport[] = [];
  // I/O and internal errors: the other files are still checked, but the exit code is 2.
  let hadError = false;
  for (const file of expansion.files) {
    const { options } = configFor(file.absolute);
    const read = readDocument(file.absolute, options.maxSize ?? DEFAULT_MAX_SIZE);
    if (read.kind === 'error') {
      hadError = true;
      stderr.push(`tradeoff: cannot read '${file.display}': ${read.reason}`);
      continue;
    }
    const report: FileReport = { display: file.display, absolute: file.absolute, findings: [], notices: [] };
    if (read.kind === 'skipped') {
      report.notices.push({ severity: 'warning', message: read.reason });
    } else {
      for (const message of read.notices) report.notices.push({ severity: 'warning', message });
      try {
        const result = analyze(read.text, options);
        report.findings = result.findings;
        report.notices.push(...result.notices);
      } catch (err) {
        // A bug in the analysis must not hide the results of the other files.
        hadError = true;
        stderr.push(`tradeoff: internal error while checking '${file.display}': ${(err as Error)?.message ?? String(err)}`);
        continue;
      }
    }
    // Notices are not diagnostics: they go to stderr (and to SARIF notifications), never change the exit code.
    for (const n of report.notices) stderr.push(`${file.display}: ${n.severity === 'error' ? 'error' : 'warning'}: ${n.message}`);
    reports.push(report);
  }

  const stdout = req.format === 'json' ? formatJson(reports) : req.format === 'sarif' ? formatSarif(reports, cwd) : formatText(reports);
  if (req.format === 'text') stderr.push(formatSummary(reports));
  const hasFindings = reports.some((r) => r.findings.length > 0);
  return { stdout, stderr, exitCode: hadError ? EXIT_ERROR : hasFindings ? EXIT_FINDINGS : EXIT_CLEAN };
}

/** A path under the working directory as a relative path, others as they are. */
function displayPath(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : absolute;
}
