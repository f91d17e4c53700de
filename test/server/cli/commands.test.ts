import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { RULES } from '../../../server/src/analysis/rules';
import { docsUrl } from '../../../server/src/analysis/rules/rule';
import { assertNoStack, buildCli, ROOT, runCli } from './cliHarness';

describe('tradeoff (commands, help, version, usage errors)', () => {
  before(buildCli);

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = runCli([flag]);
      assert.deepStrictEqual([r.code, r.stdout, r.stderr], [0, `${version}\n`, '']);
    }
  });

  it('--help prints the usage with every command and format', () => {
    for (const args of [['--help'], ['-h'], ['check', '--help'], ['rules', '--help']]) {
      const r = runCli(args);
      assert.strictEqual(r.code, 0, args.join(' '));
      assert.match(r.stdout, /^Usage:/);
      for (const word of ['tradeoff check', 'tradeoff rules', '--format', '--config', 'sarif', 'Exit status']) assert.ok(r.stdout.includes(word), word);
    }
  });

  it('rules lists every rule with its default severity and description', () => {
    const r = runCli(['rules']);
    assert.strictEqual(r.code, 0);
    const lines = r.stdout.trimEnd().split('\n');
    assert.strictEqual(lines.length, RULES.length);
    RULES.forEach((rule, i) => {
      const [id, severity, ...description] = lines[i].split(/\s{2,}/);
      assert.deepStrictEqual([id, severity, description.join('  ')], [rule.id, rule.defaultSeverity, rule.description]);
    });
  });

  it('rules --format json lists id, severity, description and docs link', () => {
    const r = runCli(['rules', '--format', 'json']);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(JSON.parse(r.stdout), {
      version: 1,
      rules: RULES.map((rule) => ({ id: rule.id, severity: rule.defaultSeverity, description: rule.description, docs: docsUrl(rule.id) })),
    });
  });

  const usageErrors: [string[], RegExp][] = [
    [[], /^tradeoff: no command given \(see 'tradeoff --help'\)$/],
    [['lint', 'weak.md'], /^tradeoff: unknown command 'lint'/],
    [['check', '--bogus', 'weak.md'], /^tradeoff: unknown option --bogus/],
    [['check'], /^tradeoff: 'check' needs at least one file, directory or glob/],
    [['check', '--format', 'xml', 'weak.md'], /^tradeoff: --format must be one of text, json, sarif for 'check', not 'xml'/],
    [['check', 'weak.md', '--format'], /^tradeoff: option --format needs a value/],
    [['check', '--config'], /^tradeoff: option --config needs a value/],
    [['rules', '--format', 'sarif'], /^tradeoff: --format must be one of text, json for 'rules'/],
    [['rules', 'extra'], /^tradeoff: 'rules' takes no arguments/],
    [['rules', '--config', 'x.jsonc'], /^tradeoff: --config applies to 'check'/],
  ];
  for (const [args, message] of usageErrors) {
    it(`exits 2 with one line for: tradeoff ${args.join(' ')}`, () => {
      const r = runCli(args);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(r.errLines.length, 1, r.stderr);
      assert.match(r.errLines[0], message);
      assertNoStack(r);
    });
  }

  it('accepts --opt=value and stops option parsing at --', () => {
    assert.strictEqual(runCli(['check', '--format=json', '--', 'weak.md']).code, 1);
    assert.strictEqual(JSON.parse(runCli(['check', '--format=json', 'weak.md']).stdout).version, 1);
  });
});
