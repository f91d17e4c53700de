import * as assert from 'assert';
import { rmSync } from 'fs';
import * as path from 'path';
import { findConfigFile, loadConfigFile, loadConfigForFile } from '../../../server/src/config';
import { tempTree, type TempTree } from './tempTree';

describe('loadConfigForFile', () => {
  let tree: TempTree;
  before(() => {
    // The walk-up tests assume nothing above the temp directory configures Tradeoff.
    tree = tempTree();
    assert.strictEqual(findConfigFile(path.dirname(tree.root)), null, 'a .tradeoff.jsonc above the temp directory would break these tests');
  });
  after(() => tree.remove());

  it('returns the defaults when no config file exists up to the filesystem root', () => {
    const doc = tree.write('noconfig/a/b/doc.md', '# Doc\n');
    const r = loadConfigForFile(doc);
    assert.deepStrictEqual(r, { configFile: null, options: {}, ignore: [], errors: [], ignored: false });
  });

  it('finds the config in the document directory', () => {
    tree.write('same/.tradeoff.jsonc', '{"rules": {"missing-rollout-path": "off"}}');
    const r = loadConfigForFile(tree.write('same/doc.md', ''));
    assert.strictEqual(r.configFile, tree.path('same/.tradeoff.jsonc'));
    assert.deepStrictEqual(r.options.rules, { 'missing-rollout-path': { enabled: false } });
    assert.deepStrictEqual(r.errors, []);
  });

  it('walks up several directories and uses the nearest config only', () => {
    tree.write('walk/.tradeoff.jsonc', '{"maxFileSize": 1000}');
    tree.write('walk/a/.tradeoff.jsonc', '{"maxFileSize": 2000}');
    const deep = tree.write('walk/a/b/c/doc.md', '');
    const shallow = tree.write('walk/x/doc.md', '');
    assert.strictEqual(loadConfigForFile(deep).configFile, tree.path('walk/a/.tradeoff.jsonc'));
    assert.strictEqual(loadConfigForFile(deep).options.maxSize, 2000);
    assert.strictEqual(loadConfigForFile(shallow).options.maxSize, 1000);
  });

  it('works for a document that does not exist yet (unsaved file path)', () => {
    tree.write('unsaved/.tradeoff.jsonc', '{"maxFileSize": 5}');
    assert.strictEqual(loadConfigForFile(tree.path('unsaved/new/doc.md')).options.maxSize, 5);
  });

  it('ignores a directory named .tradeoff.jsonc', () => {
    tree.write('dirconfig/.tradeoff.jsonc/inner.txt', 'x');
    assert.strictEqual(loadConfigForFile(tree.path('dirconfig/doc.md')).configFile, null);
  });

  it('sees a config file created after an earlier lookup', () => {
    const doc = tree.write('later/a/doc.md', '');
    assert.strictEqual(loadConfigForFile(doc).configFile, null);
    tree.write('later/.tradeoff.jsonc', '{}');
    assert.strictEqual(loadConfigForFile(doc).configFile, tree.path('later/.tradeoff.jsonc'));
  });

  it('marks documents matching the ignore globs as ignored, relative to the config directory', () => {
    tree.write('ign/.tradeoff.jsonc', '{"ignore": ["drafts/**", "*.generated.md", "vendor"]}');
    assert.strictEqual(loadConfigForFile(tree.path('ign/drafts/x.md')).ignored, true);
    assert.strictEqual(loadConfigForFile(tree.path('ign/drafts/deep/y.md')).ignored, true);
    assert.strictEqual(loadConfigForFile(tree.path('ign/docs/api.generated.md')).ignored, true);
    assert.strictEqual(loadConfigForFile(tree.path('ign/vendor/lib/readme.md')).ignored, true);
    assert.strictEqual(loadConfigForFile(tree.path('ign/docs/drafts.md')).ignored, false);
    assert.strictEqual(loadConfigForFile(tree.path('ign/docs/drafts/z.md')).ignored, false, '"drafts/**" is anchored at the config directory');
    assert.strictEqual(loadConfigForFile(tree.path('ign/design.md')).ignored, false);
  });

  it('keeps the defaults working when the config is broken', () => {
    tree.write('broken/.tradeoff.jsonc', '{ "rules": { "missing-rollout-path": "off", } "maxFileSize": ');
    const r = loadConfigForFile(tree.path('broken/doc.md'));
    assert.ok(r.errors.length > 0);
    assert.ok(r.errors.every((e) => e.file === tree.path('broken/.tradeoff.jsonc') && e.message.startsWith('Syntax error')));
    assert.strictEqual(r.ignored, false);
    // The parser recovers what it can: the rule setting before the error still applies; the size does not.
    assert.deepStrictEqual(r.options, { rules: { 'missing-rollout-path': { enabled: false } } });
  });

  describe('caching', () => {
    it('returns the cached result while the file is unchanged', () => {
      const config = tree.write('cache1/.tradeoff.jsonc', '{"maxFileSize": 100}');
      const first = loadConfigFile(config);
      assert.strictEqual(loadConfigFile(config), first);
      assert.strictEqual(loadConfigForFile(tree.path('cache1/doc.md')).options, first.options);
    });

    it('reloads when the config file changes', () => {
      const config = tree.write('cache2/.tradeoff.jsonc', '{"maxFileSize": 100}');
      const first = loadConfigFile(config);
      tree.write('cache2/.tradeoff.jsonc', '{"maxFileSize": 200000}');
      const second = loadConfigFile(config);
      assert.notStrictEqual(second, first);
      assert.strictEqual(second.options.maxSize, 200000);
    });

    it('reloads when a file it extends changes', () => {
      tree.write('cache3/base.jsonc', '{"maxFileSize": 100}');
      const config = tree.write('cache3/.tradeoff.jsonc', '{"extends": "./base.jsonc"}');
      assert.strictEqual(loadConfigFile(config).options.maxSize, 100);
      tree.write('cache3/base.jsonc', '{"maxFileSize": 4096}');
      assert.strictEqual(loadConfigFile(config).options.maxSize, 4096);
    });

    it('reloads when a missing extended file appears', () => {
      const config = tree.write('cache4/.tradeoff.jsonc', '{"extends": "./base.jsonc"}');
      assert.strictEqual(loadConfigFile(config).errors.length, 1);
      tree.write('cache4/base.jsonc', '{"maxFileSize": 321}');
      const r = loadConfigFile(config);
      assert.deepStrictEqual(r.errors, []);
      assert.strictEqual(r.options.maxSize, 321);
    });

    it('reports a config file that was deleted', () => {
      const config = tree.write('cache5/.tradeoff.jsonc', '{}');
      assert.deepStrictEqual(loadConfigFile(config).errors, []);
      rmSync(config);
      const r = loadConfigFile(config);
      assert.strictEqual(r.errors.length, 1);
      assert.match(r.errors[0].message, /file not found/);
    });
  });
});
