import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze, type Finding } from '../../../server/src/analysis';
import { RULES } from '../../../server/src/analysis/rules';
import { docsUrl } from '../../../server/src/analysis/rules/rule';
import { loadConfigFile } from '../../../server/src/config';
import { buildCli, FIXTURES, lineColOf, runCli } from './cliHarness';

const EC = 'eventual-consistency-unqualified';

/** The findings the CLI should print for a fixture: the same analyze() call, with the fixtures' config. */
function expectedFindings(rel: string): Finding[] {
  const text = readFileSync(path.join(FIXTURES, rel), 'utf8');
  return analyze(text, loadConfigFile(path.join(FIXTURES, '.tradeoff.jsonc')).options).findings;
}

describe('tradeoff check output formats', () => {
  before(buildCli);

  describe('text', () => {
    it('prints path:line:col severity rule message with 1-based positions, and a summary on stderr', () => {
      const r = runCli(['check', 'weak.md']);
      const [finding] = expectedFindings('weak.md');
      const { line, col } = lineColOf(readFileSync(path.join(FIXTURES, 'weak.md'), 'utf8'), 'eventually consistent');
      assert.strictEqual(r.stdout, `weak.md:${line}:${col} warning ${EC} ${finding.message}\n`);
      assert.deepStrictEqual(r.errLines, ['1 problem (1 warning) in 1 file.']);
      assert.strictEqual(r.code, 1);
    });

    it('prints one line per finding in file order, then position order', () => {
      const r = runCli(['check', 'weak.md', 'two-sections.md', 'clean.md']);
      const text = readFileSync(path.join(FIXTURES, 'two-sections.md'), 'utf8');
      const first = lineColOf(text, 'eventually consistent');
      const second = lineColOf(text, 'async replication');
      const lines = r.stdout.trimEnd().split('\n');
      assert.deepStrictEqual(
        lines.map((l) => l.split(' ').slice(0, 3).join(' ')),
        [`weak.md:3:13 warning ${EC}`, `two-sections.md:${first.line}:${first.col} warning ${EC}`, `two-sections.md:${second.line}:${second.col} warning ${EC}`],
      );
      assert.deepStrictEqual(r.errLines, ['3 problems (3 warnings) in 2 of 3 files.']);
    });

    it('prints nothing on stdout and exits 0 for clean documents', () => {
      const r = runCli(['check', 'clean.md', 'suppressed.md']);
      assert.deepStrictEqual([r.code, r.stdout, r.errLines], [0, '', ['No problems found in 2 files.']]);
    });
  });

  describe('json', () => {
    it('prints exactly {"version":1,"files":[{"path","diagnostics"}]} with 0-based ranges', () => {
      const r = runCli(['check', '--format', 'json', 'weak.md', 'clean.md']);
      assert.strictEqual(r.code, 1);
      assert.strictEqual(r.stderr, '', 'no summary line in json mode');
      const [finding] = expectedFindings('weak.md');
      const { line, col } = lineColOf(readFileSync(path.join(FIXTURES, 'weak.md'), 'utf8'), 'eventually consistent');
      const expected = {
        version: 1,
        files: [
          {
            path: 'weak.md',
            diagnostics: [
              {
                rule: EC,
                severity: 'warning',
                message: finding.message,
                range: { start: { line: line - 1, character: col - 1 }, end: { line: line - 1, character: col - 1 + 'eventually consistent'.length } },
              },
            ],
          },
          { path: 'clean.md', diagnostics: [] },
        ],
      };
      // Exact text, key order included: one compact line.
      assert.strictEqual(r.stdout, `${JSON.stringify(expected)}\n`);
    });

    it('keeps each path as given', () => {
      const abs = path.join(FIXTURES, 'weak.md');
      const r = runCli(['check', '--format', 'json', './weak.md', abs, 'docs/']);
      const paths = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
      // The absolute path names the same file as ./weak.md, so it is checked once.
      assert.deepStrictEqual(paths, ['./weak.md', 'docs/guide/setup.markdown', 'docs/intro.md']);
    });

    it('prints an empty file list shape for clean input and exits 0', () => {
      const r = runCli(['check', '--format=json', 'clean.md']);
      assert.strictEqual(r.code, 0);
      assert.strictEqual(r.stdout, '{"version":1,"files":[{"path":"clean.md","diagnostics":[]}]}\n');
    });
  });

  describe('sarif', () => {
    type Sarif = {
      $schema: string;
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, any>[] } };
        originalUriBaseIds: Record<string, { uri: string }>;
        invocations: { executionSuccessful: boolean; toolExecutionNotifications?: any[] }[];
        results: Record<string, any>[];
      }[];
    };
    let sarif: Sarif;
    let exitCode: number | null;
    before(() => {
      const r = runCli(['check', '--format', 'sarif', 'weak.md', 'two-sections.md', 'clean.md']);
      exitCode = r.code;
      sarif = JSON.parse(r.stdout) as Sarif;
    });

    it('is a SARIF 2.1.0 log with one run', () => {
      assert.strictEqual(exitCode, 1);
      assert.strictEqual(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      assert.strictEqual(sarif.runs.length, 1);
      const { driver } = sarif.runs[0].tool;
      assert.strictEqual(driver.name, 'Tradeoff');
      assert.match(driver.version, /^\d+\.\d+\.\d+/);
      assert.match(driver.informationUri, /^https:\/\//);
      assert.deepStrictEqual(sarif.runs[0].invocations, [{ executionSuccessful: true }]);
    });

    it('describes every rule with id, short description, help URI and default level', () => {
      const { rules } = sarif.runs[0].tool.driver;
      assert.deepStrictEqual(rules.map((r) => r.id), RULES.map((r) => r.id));
      rules.forEach((descriptor, i) => {
        const rule = RULES[i];
        assert.strictEqual(descriptor.shortDescription.text, rule.description);
        assert.strictEqual(descriptor.helpUri, docsUrl(rule.id));
        assert.strictEqual(descriptor.defaultConfiguration.level, rule.defaultSeverity === 'error' ? 'error' : rule.defaultSeverity === 'warning' ? 'warning' : 'note');
        assert.strictEqual(typeof descriptor.help.text, 'string');
        assert.ok(Array.isArray(descriptor.properties.tags));
      });
    });

    it('reports each finding with ruleId, ruleIndex, level, message and a 1-based region', () => {
      const { results, tool, originalUriBaseIds } = sarif.runs[0];
      const expected = [...expectedFindings('weak.md').map((f) => ['weak.md', f] as const), ...expectedFindings('two-sections.md').map((f) => ['two-sections.md', f] as const)];
      assert.strictEqual(results.length, expected.length);
      results.forEach((result, i) => {
        const [uri, finding] = expected[i];
        assert.strictEqual(result.ruleId, finding.rule);
        assert.strictEqual(tool.driver.rules[result.ruleIndex].id, result.ruleId);
        assert.strictEqual(result.level, 'warning');
        assert.strictEqual(result.message.text, finding.message);
        assert.strictEqual(result.locations.length, 1);
        const { artifactLocation, region } = result.locations[0].physicalLocation;
        assert.deepStrictEqual(artifactLocation, { uri, uriBaseId: '%SRCROOT%' });
        assert.deepStrictEqual(region, {
          startLine: finding.range.start.line + 1,
          startColumn: finding.range.start.character + 1,
          endLine: finding.range.end.line + 1,
          endColumn: finding.range.end.character + 1,
        });
      });
      assert.strictEqual(originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(FIXTURES).href}/`);
    });

    it('maps severities to SARIF levels (error stays error)', () => {
      const r = runCli(['check', '--format', 'sarif', '--config', 'configs/ec-error.jsonc', 'weak.md']);
      const log = JSON.parse(r.stdout) as Sarif;
      assert.deepStrictEqual(log.runs[0].results.map((x) => x.level), ['error']);
    });

    it('uses a file URI for documents outside the working directory', () => {
      const r = runCli(['check', '--format', 'sarif', path.join(FIXTURES, 'weak.md')], path.join(FIXTURES, 'docs'));
      const log = JSON.parse(r.stdout) as Sarif;
      assert.deepStrictEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: pathToFileURL(path.join(FIXTURES, 'weak.md')).href });
    });

    it('is valid with no results', () => {
      const r = runCli(['check', '--format', 'sarif', 'clean.md']);
      assert.strictEqual(r.code, 0);
      const log = JSON.parse(r.stdout) as Sarif;
      assert.deepStrictEqual(log.runs[0].results, []);
      assert.strictEqual(log.runs[0].tool.driver.rules.length, RULES.length);
    });
  });
});
