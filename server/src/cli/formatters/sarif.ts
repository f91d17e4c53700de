// SARIF 2.1.0 output for GitHub code scanning: one run, every rule as a reportingDescriptor, results with
// 1-based regions (endColumn exclusive, UTF-16 columns), notices as tool execution notifications.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { RULES } from '../../analysis/rules';
import { docsUrl, type Rule } from '../../analysis/rules/rule';
import type { Severity } from '../../analysis/types';
import type { FileReport } from '../report';
import { VERSION } from '../version';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/tradeoff-dev/tradeoff';

/** SARIF has error, warning and note; information and hint both become note. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export function formatSarif(reports: readonly FileReport[], cwd = process.cwd()): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.rule,
      ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(r.absolute, cwd),
            region: {
              startLine: f.range.start.line + 1,
              startColumn: f.range.start.character + 1,
              endLine: f.range.end.line + 1,
              endColumn: f.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const notifications = reports.flatMap((r) =>
    r.notices.map((n) => ({
      level: sarifLevel(n.severity),
      message: { text: n.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.absolute, cwd) } }],
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Tradeoff',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: INFORMATION_URI,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: ruleName(rule.id),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.why || rule.description },
              helpUri: docsUrl(rule.id),
              help: ruleHelp(rule),
              defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
              properties: { tags: rule.tags },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(cwd) } },
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Files under the working directory are relative to %SRCROOT% (GitHub resolves them against the checkout). */
function artifactLocation(absolute: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(cwd, absolute);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(absolute).href };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** Why the rule matters and a stronger phrasing, shown by GitHub under the alert. */
function ruleHelp(rule: Rule): { text: string; markdown: string } {
  const text = [rule.why, rule.stronger && `Stronger: ${rule.stronger}`, `Documentation: ${docsUrl(rule.id)}`].filter(Boolean);
  const markdown = [rule.why, rule.stronger && `**Stronger:** ${rule.stronger}`, `[Rule documentation](${docsUrl(rule.id)})`].filter(Boolean);
  return { text: text.join('\n'), markdown: markdown.join('\n\n') };
}

/** "eventual-consistency-unqualified" -> "EventualConsistencyUnqualified" (SARIF's rule name convention). */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}
