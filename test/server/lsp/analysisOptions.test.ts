// Precedence of analysis options: defaults < .tradeoff.jsonc < editor settings where explicitly set.
import * as assert from 'assert';
import { effectiveOptions } from '../../../server/src/lsp/analysisOptions';
import { mergeSettings } from '../../../server/src/lsp/settings';

describe('lsp/analysisOptions', () => {
  const repo = {
    rules: { a: 'error' as const, b: 'off' as const },
    vocabulary: { eventualConsistency: ['lazily synced'] },
    maxSize: 1000,
  };

  it('uses the repo config as is when no setting is set', () => {
    assert.deepStrictEqual(effectiveOptions(repo, mergeSettings()), repo);
    assert.deepStrictEqual(effectiveOptions({}, mergeSettings()), {});
  });

  it('lets a rule setting replace the repo entry of that rule only', () => {
    const options = effectiveOptions(repo, mergeSettings({ rules: { b: 'warning', c: 'hint' } }));
    assert.deepStrictEqual(options.rules, { a: 'error', b: 'warning', c: 'hint' });
  });

  it('adds setting vocabulary to the repo terms', () => {
    const options = effectiveOptions(repo, mergeSettings({ vocabulary: { eventualConsistency: ['lazily synced', 'converges'], queue: ['mailbox'] } }));
    assert.deepStrictEqual(options.vocabulary, { eventualConsistency: ['lazily synced', 'converges'], queue: ['mailbox'] });
  });

  it('replaces the size limit only when maxFileSize is set', () => {
    assert.strictEqual(effectiveOptions(repo, mergeSettings({ maxFileSize: 5 })).maxSize, 5);
    assert.strictEqual(effectiveOptions(repo, mergeSettings({ maxFileSize: null })).maxSize, 1000);
  });

  it('does not change the repo options object', () => {
    const before = JSON.stringify(repo);
    effectiveOptions(repo, mergeSettings({ rules: { a: 'off' }, vocabulary: { x: ['y'] }, maxFileSize: 1 }));
    assert.strictEqual(JSON.stringify(repo), before);
  });
});
