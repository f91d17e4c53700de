// Validation of the `tradeoff` settings a client sends, and their layering.
import * as assert from 'assert';
import { DEFAULT_SETTINGS, mergeSettings, parseSettings } from '../../../server/src/lsp/settings';

describe('lsp/settings', () => {
  it('keeps well-formed values', () => {
    assert.deepStrictEqual(
      parseSettings({
        enable: false,
        run: 'onSave',
        debounceMs: 0,
        rules: { a: 'off', b: 'hint', c: false, d: { enabled: true, severity: 'error' } },
        vocabulary: { eventualConsistency: ['lazily synced'] },
        maxFileSize: 1024,
      }),
      {
        enable: false,
        run: 'onSave',
        debounceMs: 0,
        rules: { a: 'off', b: 'hint', c: false, d: { enabled: true, severity: 'error' } },
        vocabulary: { eventualConsistency: ['lazily synced'] },
        maxFileSize: 1024,
      },
    );
  });

  it('drops malformed values instead of failing', () => {
    assert.deepStrictEqual(parseSettings(null), {});
    assert.deepStrictEqual(parseSettings('tradeoff'), {});
    assert.deepStrictEqual(
      parseSettings({
        enable: 'yes',
        run: 'always',
        debounceMs: -5,
        rules: { a: 'warn', b: 3, c: { severity: 'loud', enabled: 'no' } },
        vocabulary: { x: [1, '', 'ok'], y: 'nope' },
        maxFileSize: 0,
      }),
      { rules: {}, vocabulary: { x: ['ok'] } },
    );
    assert.deepStrictEqual(parseSettings({ debounceMs: Number.NaN, maxFileSize: null }), {});
  });

  it('merges layers over the defaults, later layers winning key by key', () => {
    assert.deepStrictEqual(mergeSettings(), DEFAULT_SETTINGS);
    const merged = mergeSettings({ debounceMs: 0, run: 'onSave' }, { debounceMs: 50 });
    assert.strictEqual(merged.debounceMs, 50);
    assert.strictEqual(merged.run, 'onSave');
    assert.strictEqual(merged.enable, true);
  });
});
