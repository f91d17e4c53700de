import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { tempTree, type TempTree } from '../config/tempTree';
import { assertNoStack, buildCli, FIXTURES, runCli } from './cliHarness';

const ONLY_EC_CONFIG = readFileSync(path.join(FIXTURES, '.tradeoff.jsonc'), 'utf8');
const WEAK = '# Feed\n\nThe feed is eventually consistent.\n';

const checkedPaths = (args: string[], cwd?: string) => {
  const r = runCli(['check', '--format', 'json', ...args], cwd);
  return { ...r, paths: r.stdout ? (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path) : [] };
};

describe('tradeoff check paths, directories and globs', () => {
  before(buildCli);

  it('searches a directory recursively for *.md and *.markdown only, in sorted order', () => {
    const r = checkedPaths(['docs']);
    assert.deepStrictEqual(r.paths, ['docs/guide/setup.markdown', 'docs/intro.md']);
  });

  it('lints a file named explicitly whatever its extension', () => {
    assert.deepStrictEqual(checkedPaths(['docs/notes.txt']).paths, ['docs/notes.txt']);
  });

  it('expands a quoted glob over a directory walk', () => {
    assert.deepStrictEqual(checkedPaths(['docs/**/*.md']).paths, ['docs/intro.md']);
    assert.deepStrictEqual(checkedPaths(['*.md']).paths, ['clean.md', 'lazily.md', 'suppressed.md', 'two-sections.md', 'weak.md']);
  });

  it('restricts a glob without an extension to markdown, and honours an explicit extension', () => {
    assert.deepStrictEqual(checkedPaths(['docs/**']).paths, ['docs/guide/setup.markdown', 'docs/intro.md']);
    assert.deepStrictEqual(checkedPaths(['docs/*.txt']).paths, ['docs/notes.txt']);
  });

  it('checks a file reached twice only once, at its first spelling', () => {
    assert.deepStrictEqual(checkedPaths(['docs/intro.md', 'docs', 'docs/*.md']).paths, ['docs/intro.md', 'docs/guide/setup.markdown']);
  });

  it('skips files the config ignores in directories and globs', () => {
    const r = checkedPaths(['.']);
    assert.ok(!r.paths.some((p) => p.startsWith('ignored/')), r.paths.join());
    assert.ok(r.paths.includes('weak.md') && r.paths.includes('docs/intro.md'));
  });

  it('warns about an explicitly named ignored file and does not check it', () => {
    const r = checkedPaths(['ignored/draft.md', 'clean.md']);
    assert.deepStrictEqual(r.paths, ['clean.md']);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.errLines, ['ignored/draft.md: warning: ignored by the "ignore" setting of the config; not checked.']);
  });

  it('warns when every file of a directory is ignored, and exits 0', () => {
    const r = runCli(['check', 'ignored']);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.errLines[0], 'ignored: warning: every markdown file in it is ignored by the config; nothing checked.');
  });

  describe('in a temporary tree', () => {
    let tree: TempTree;
    before(() => {
      tree = tempTree({
        '.tradeoff.jsonc': ONLY_EC_CONFIG,
        'docs/a.md': WEAK,
        'node_modules/pkg/README.md': WEAK,
        'docs/node_modules/x/readme.md': WEAK,
        '.git/info/notes.md': WEAK,
        '.github/PULL_REQUEST_TEMPLATE.md': '# PR\n',
        'empty/readme.txt': 'no markdown here',
      });
    });
    after(() => tree.remove());

    it('skips node_modules and .git at any depth but not other dot directories', () => {
      assert.deepStrictEqual(checkedPaths(['.'], tree.root).paths, ['.github/PULL_REQUEST_TEMPLATE.md', 'docs/a.md']);
      assert.deepStrictEqual(checkedPaths(['**/*.md'], tree.root).paths, ['docs/a.md']);
    });
  });

  const fatal: [string[], string][] = [
    [['missing.md'], "tradeoff: no such file or directory: 'missing.md'"],
    [['no-markdown'], "tradeoff: no markdown files (*.md, *.markdown) in directory 'no-markdown'"],
    [['nothing/**/*.md'], "tradeoff: no files match 'nothing/**/*.md'"],
    [['docs/*.rst'], "tradeoff: no files match 'docs/*.rst'"],
  ];
  for (const [args, message] of fatal) {
    it(`exits 2 before checking anything for: ${args.join(' ')}`, () => {
      const r = runCli(['check', 'weak.md', ...args]);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stdout, '', 'nothing is checked when an argument is wrong');
      assert.deepStrictEqual(r.errLines, [message]);
      assertNoStack(r);
    });
  }
});
