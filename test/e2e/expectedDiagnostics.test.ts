// The e2e suite's expected diagnostics are checked-in JSON; this test keeps them equal to what the CLI
// prints for the same fixture, so the editor is compared against the analysis, never against a stale copy.
// After an intended analysis change, rewrite them with: UPDATE_E2E_EXPECTED=1 npx mocha test/e2e/expectedDiagnostics.test.ts
import * as assert from 'assert';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { buildCli, runCli } from '../server/cli/cliHarness';
import type { ExpectedDiagnostic, ExpectedDiagnostics } from './suite/expectedDiagnostics';

const EXPECTED_DIR = path.join(__dirname, 'fixtures', 'expected');
const WORKSPACE_DIR = path.join(__dirname, 'fixtures', 'workspace');

interface CliJson {
  files: { path: string; diagnostics: Omit<ExpectedDiagnostic, 'docs'>[] }[];
}

interface CliRules {
  rules: { id: string; docs: string }[];
}

const expectationFiles = readdirSync(EXPECTED_DIR).filter((f) => f.endsWith('.json'));

describe('e2e expected diagnostics match the CLI', () => {
  before(() => buildCli());

  it('there is at least one expectation file', () => {
    assert.ok(expectationFiles.length > 0, `no *.json in ${EXPECTED_DIR}`);
  });

  for (const file of expectationFiles) {
    it(`${file} equals \`tradeoff check --format json\` of its document`, () => {
      const expectedPath = path.join(EXPECTED_DIR, file);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedDiagnostics;
      const actual: ExpectedDiagnostics = { document: expected.document, diagnostics: cliDiagnostics(expected.document) };
      if (process.env.UPDATE_E2E_EXPECTED === '1') writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      else assert.deepStrictEqual(expected, actual, `${file} is out of date; rerun with UPDATE_E2E_EXPECTED=1 after checking the change is intended`);
      // An expectation without diagnostics would let the e2e test pass with a silent extension.
      assert.ok(actual.diagnostics.length >= 2, `${expected.document} should give several diagnostics`);
    });
  }
});

/** The CLI's diagnostics for a document of the e2e workspace (run from that folder, so its .tradeoff.jsonc applies). */
function cliDiagnostics(document: string): ExpectedDiagnostic[] {
  const check = runCli(['check', '--format', 'json', document], WORKSPACE_DIR);
  assert.ok(check.code === 0 || check.code === 1, `tradeoff check exited ${check.code}: ${check.stderr}`);
  const out = JSON.parse(check.stdout) as CliJson;
  assert.strictEqual(out.files.length, 1, `expected one file in the CLI output, got ${out.files.length}`);
  const rules = JSON.parse(runCli(['rules', '--format', 'json'], WORKSPACE_DIR).stdout) as CliRules;
  const docsOf = new Map(rules.rules.map((r) => [r.id, r.docs]));
  return out.files[0].diagnostics.map((d) => {
    const docs = docsOf.get(d.rule);
    assert.ok(docs, `rule ${d.rule} has no docs URL in \`tradeoff rules\``);
    return { rule: d.rule, severity: d.severity, message: d.message, range: d.range, docs };
  });
}
