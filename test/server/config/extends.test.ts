import * as assert from 'assert';
import * as path from 'path';
import { isIgnored, loadConfigFile, loadConfigForFile } from '../../../server/src/config';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'config');
const fixture = (rel: string) => path.join(FIXTURES, rel);

describe('config extends', () => {
  it('merges a chain of relative paths, bases first, later entries winning', () => {
    const r = loadConfigFile(fixture('extends/project/.tradeoff.jsonc'));
    assert.deepStrictEqual(r.errors, []);
    assert.deepStrictEqual(r.options, {
      rules: {
        // base.jsonc says "error", the project disables it: the severity is kept for when it is re-enabled.
        'shard-before-hotspot': { enabled: false, severity: 'error' },
        'missing-rollout-path': { enabled: true, severity: 'hint' },
      },
      vocabulary: { eventualConsistency: ['lazily synced', 'converges eventually'] },
      // base.jsonc sets 1MB, local.jsonc (later in the array) 2048.
      maxSize: 2048,
    });
  });

  it('resolves each ignore glob relative to the file that declares it', () => {
    const r = loadConfigFile(fixture('extends/project/.tradeoff.jsonc'));
    assert.deepStrictEqual(r.ignore, [
      { baseDir: fixture('extends'), pattern: 'generated/**' },
      { baseDir: fixture('extends/project'), pattern: 'scratch.md' },
    ]);
    assert.strictEqual(isIgnored(fixture('extends/generated/api.md'), r.ignore), true);
    assert.strictEqual(isIgnored(fixture('extends/project/generated/api.md'), r.ignore), false);
    assert.strictEqual(isIgnored(fixture('extends/project/notes/scratch.md'), r.ignore), true);
    assert.strictEqual(loadConfigForFile(fixture('extends/project/scratch.md')).ignored, true);
  });

  it('reports a two-file cycle once per entry that closes it and still loads both files', () => {
    const r = loadConfigFile(fixture('cycle/a.jsonc'));
    assert.strictEqual(r.errors.length, 1, JSON.stringify(r.errors));
    const e = r.errors[0];
    assert.strictEqual(e.file, fixture('cycle/b.jsonc'));
    assert.strictEqual(e.message, '"extends" cycle: a.jsonc -> b.jsonc -> a.jsonc; this entry is ignored.');
    assert.deepStrictEqual([e.line, e.character], [0, 13]);
    assert.strictEqual(r.options.maxSize, 10, 'the file asked for wins over its base');
  });

  it('reports a file extending itself', () => {
    const r = loadConfigFile(fixture('cycle/self.jsonc'));
    assert.deepStrictEqual(r.errors.map((e) => e.message), ['"extends" cycle: self.jsonc -> self.jsonc; this entry is ignored.']);
    assert.strictEqual(r.options.maxSize, 30);
  });

  it('reports a missing base at the extends entry and keeps the rest', () => {
    const r = loadConfigFile(fixture('missing-base/.tradeoff.jsonc'));
    assert.strictEqual(r.errors.length, 1);
    const e = r.errors[0];
    assert.strictEqual(e.file, fixture('missing-base/.tradeoff.jsonc'));
    assert.strictEqual(e.message, `Cannot read the extended config "./nope.jsonc" (${fixture('missing-base/nope.jsonc')}): file not found.`);
    assert.deepStrictEqual([e.line, e.character], [1, 14]);
    assert.strictEqual(r.options.maxSize, 40);
  });

  it('reports a directory given as the config file', () => {
    const dir = loadConfigFile(fixture('extends/team'));
    assert.match(dir.errors[0].message, /Cannot read the config file: it is a directory\./);
  });

  it('loads a base reached twice (diamond) once and reports its problems once', () => {
    const r = loadConfigFile(fixture('diamond/top.jsonc'));
    assert.strictEqual(r.errors.length, 1, JSON.stringify(r.errors));
    assert.strictEqual(r.errors[0].file, fixture('diamond/bottom.jsonc'));
    assert.match(r.errors[0].message, /Unknown setting "colour"/);
    assert.deepStrictEqual(r.options, { rules: { 'missing-rollout-path': { enabled: true, severity: 'error' } }, maxSize: 50 });
  });

  it('reports an unreadable --config file without throwing', () => {
    const r = loadConfigFile(fixture('does-not-exist.jsonc'));
    assert.deepStrictEqual(r.errors, [{ file: fixture('does-not-exist.jsonc'), message: 'Cannot read the config file: file not found.' }]);
    assert.deepStrictEqual(r.options, {});
  });
});
