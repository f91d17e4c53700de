import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { tempTree, type TempTree } from '../config/tempTree';
import { assertNoStack, buildCli, FIXTURES, runCli } from './cliHarness';

const EC = 'eventual-consistency-unqualified';
const ONLY_EC_CONFIG = readFileSync(path.join(FIXTURES, '.tradeoff.jsonc'), 'utf8');
const WEAK = '# Feed\n\nThe feed is eventually consistent.\n';

describe('tradeoff check with configuration', () => {
  before(buildCli);

  it('uses the nearest .tradeoff.jsonc (the fixtures one ignores ignored/**)', () => {
    const r = runCli(['check', 'weak.md', 'ignored/draft.md']);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.stdout.split('\n').filter(Boolean).length, 1);
  });

  it('--config replaces the lookup: a rule turned off reports nothing', () => {
    const r = runCli(['check', '--config', 'configs/ec-off.jsonc', 'weak.md', 'two-sections.md']);
    assert.deepStrictEqual([r.code, r.stdout], [0, '']);
  });

  it('--config severity override changes the printed severity', () => {
    const r = runCli(['check', '-c', 'configs/ec-error.jsonc', 'weak.md']);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, new RegExp(`^weak\\.md:3:13 error ${EC} `));
    assert.deepStrictEqual(r.errLines, ['1 problem (1 error) in 1 file.']);
  });

  it('--config vocabulary terms reach the analysis', () => {
    assert.strictEqual(runCli(['check', 'lazily.md']).code, 0);
    const r = runCli(['check', '--config', 'configs/vocabulary.jsonc', 'lazily.md']);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, new RegExp(`^lazily\\.md:3:13 warning ${EC} "lazily synced" `));
  });

  it('--config maxFileSize skips larger files with a warning and exits 0', () => {
    const r = runCli(['check', '--format', 'json', '--config', 'configs/tiny.jsonc', 'weak.md']);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stdout, '{"version":1,"files":[{"path":"weak.md","diagnostics":[]}]}\n');
    assert.deepStrictEqual(r.errLines, ['weak.md: warning: Tradeoff skipped this file: 52 bytes is over the 40 bytes size limit (maxFileSize).']);
  });

  it('a broken --config exits 2 with one line per problem, naming the file, line and column', () => {
    const r = runCli(['check', '--config', 'configs/broken.jsonc', 'weak.md']);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stdout, '');
    assert.deepStrictEqual(r.errLines, [
      'tradeoff: config error: configs/broken.jsonc:5:3: Syntax error: comma expected.',
      'tradeoff: config error: configs/broken.jsonc:3:5: Unknown rule "eventual-consistency-unqualifed". Did you mean "eventual-consistency-unqualified"?',
    ]);
    assertNoStack(r);
  });

  it('a missing --config exits 2', () => {
    const r = runCli(['check', '--config', 'configs/nope.jsonc', 'weak.md']);
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(r.errLines, ['tradeoff: config error: configs/nope.jsonc: Cannot read the config file: file not found.']);
  });

  describe('looked up from the documents', () => {
    let tree: TempTree;
    before(() => {
      tree = tempTree({
        '.tradeoff.jsonc': ONLY_EC_CONFIG,
        'good/a.md': WEAK,
        'bad/.tradeoff.jsonc': '{ "rules": { "missing-rollout-path": "loud" } }',
        'bad/b.md': WEAK,
        'off/.tradeoff.jsonc': '{ "extends": "../.tradeoff.jsonc", "rules": { "eventual-consistency-unqualified": false } }',
        'off/c.md': WEAK,
      });
    });
    after(() => tree.remove());

    it('applies each document its own nearest config', () => {
      const r = runCli(['check', '--format', 'json', 'good', 'off'], tree.root);
      const files = (JSON.parse(r.stdout) as { files: { path: string; diagnostics: unknown[] }[] }).files;
      assert.deepStrictEqual(files.map((f) => [f.path, f.diagnostics.length]), [['good/a.md', 1], ['off/c.md', 0]]);
    });

    it('exits 2 when the config of any checked document is broken', () => {
      const r = runCli(['check', 'good', 'bad'], tree.root);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stdout, '');
      assert.deepStrictEqual(r.errLines, [
        'tradeoff: config error: bad/.tradeoff.jsonc:1:38: Invalid severity "loud" for rule "missing-rollout-path"; use one of "off", "error", "warning", "information", "hint".',
      ]);
    });
  });
});
