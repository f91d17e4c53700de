import * as assert from 'assert';
import { loadConfigFile, type ConfigError, type ResolvedConfig } from '../../../server/src/config';
import { RULES } from '../../../server/src/analysis/rules';
import { tempTree, type TempTree } from './tempTree';

describe('config validation', () => {
  let tree: TempTree;
  let n = 0;
  before(() => (tree = tempTree()));
  after(() => tree.remove());

  /** Loads `text` as a config file of its own (a fresh path per call, so no cache entry is shared). */
  function load(text: string): ResolvedConfig & { text: string; file: string } {
    const file = tree.write(`c${n++}/.tradeoff.jsonc`, text);
    return { ...loadConfigFile(file), text, file };
  }

  /** The config text an error points at. */
  function span(text: string, e: ConfigError): string {
    assert.ok(e.line !== undefined && e.character !== undefined && e.endLine !== undefined && e.endCharacter !== undefined, `error has a position: ${e.message}`);
    const lines = text.split('\n');
    if (e.line === e.endLine) return lines[e.line].slice(e.character, e.endCharacter);
    return [lines[e.line].slice(e.character), ...lines.slice(e.line + 1, e.endLine), lines[e.endLine].slice(0, e.endCharacter)].join('\n');
  }

  function single(r: ReturnType<typeof load>): ConfigError {
    assert.strictEqual(r.errors.length, 1, `expected one error, got ${JSON.stringify(r.errors.map((e) => e.message))}`);
    assert.strictEqual(r.errors[0].file, r.file, 'the error names the config file');
    return r.errors[0];
  }

  describe('valid configs', () => {
    it('accepts comments and trailing commas', () => {
      const r = load(`// Team settings
{
  /* block comment */
  "$schema": "./tradeoff.schema.json",
  "rules": {
    "missing-rollout-path": "off", // trailing comment
    "shard-before-hotspot": "error",
  },
  "ignore": ["drafts/**",],
}
`);
      assert.deepStrictEqual(r.errors, []);
      assert.deepStrictEqual(r.options.rules, { 'missing-rollout-path': { enabled: false }, 'shard-before-hotspot': { enabled: true, severity: 'error' } });
      assert.deepStrictEqual(r.ignore.map((i) => i.pattern), ['drafts/**']);
    });

    it('treats an empty or comment-only file as an empty config', () => {
      for (const text of ['', '   \n', '// nothing here\n']) {
        const r = load(text);
        assert.deepStrictEqual([r.errors, r.options], [[], {}], JSON.stringify(text));
      }
    });

    it('accepts every rule setting form', () => {
      const [a, b, c, d, e, f] = RULES.map((r) => r.id);
      const r = load(JSON.stringify({ rules: { [a]: 'off', [b]: 'hint', [c]: true, [d]: false, [e]: { enabled: false }, [f]: { severity: 'information' } } }));
      assert.deepStrictEqual(r.errors, []);
      assert.deepStrictEqual(r.options.rules, {
        [a]: { enabled: false },
        [b]: { enabled: true, severity: 'hint' },
        [c]: { enabled: true },
        [d]: { enabled: false },
        [e]: { enabled: false },
        [f]: { severity: 'information' },
      });
    });

    it('accepts vocabulary terms for built-in concepts and sizes in bytes or units', () => {
      const r = load('{"vocabulary": {"eventualConsistency": ["lazily synced", "converges later"]}, "maxFileSize": "1.5 MB"}');
      assert.deepStrictEqual(r.errors, []);
      assert.deepStrictEqual(r.options.vocabulary, { eventualConsistency: ['lazily synced', 'converges later'] });
      assert.strictEqual(r.options.maxSize, 1.5 * 1024 * 1024);
      assert.strictEqual(load('{"maxFileSize": 4096}').options.maxSize, 4096);
    });
  });

  describe('syntax errors', () => {
    it('reports a missing comma with its line and column and keeps what was parsed', () => {
      const text = '{\n  "rules": {\n    "missing-rollout-path": "off"\n    "shard-before-hotspot": "error"\n  }\n}\n';
      const r = load(text);
      const e = single(r);
      assert.strictEqual(e.message, 'Syntax error: comma expected.');
      assert.deepStrictEqual([e.line, e.character], [3, 4]);
      assert.deepStrictEqual(Object.keys(r.options.rules ?? {}), ['missing-rollout-path', 'shard-before-hotspot']);
    });

    it('reports an unterminated comment and an unterminated string', () => {
      assert.strictEqual(load('{ /* never closed').errors[0].message, 'Syntax error: unterminated comment.');
      assert.ok(load('{"rules": {"missing-rollout-path": "off}}').errors.some((e) => /unterminated string/.test(e.message)));
    });

    it('reports text after the object', () => {
      const r = load('{}\n{}');
      assert.ok(r.errors.length >= 1);
      assert.strictEqual(r.errors[0].line, 1);
    });

    it('rejects a config that is not an object', () => {
      const r = load('["rules"]');
      assert.match(single(r).message, /must be a JSON object, not an array/);
      assert.deepStrictEqual(r.options, {});
    });
  });

  describe('top-level keys', () => {
    it('reports an unknown key at the key, with a suggestion', () => {
      const r = load('{\n  "rule": {}\n}');
      const e = single(r);
      assert.strictEqual(span(r.text, e), '"rule"');
      assert.match(e.message, /^Unknown setting "rule"\. Did you mean "rules"\?/);
    });

    it('lists the known keys for an unknown key with no close match', () => {
      assert.match(single(load('{"colour": "red"}')).message, /Known settings: extends, rules, vocabulary, ignore, maxFileSize\./);
    });

    it('rejects a non-string $schema', () => {
      assert.match(single(load('{"$schema": 3}')).message, /"\$schema" must be a string, not the number 3/);
    });
  });

  describe('rules', () => {
    it('rejects rules that is not an object', () => {
      assert.match(single(load('{"rules": ["missing-rollout-path"]}')).message, /"rules" must be an object/);
    });

    it('reports an unknown rule id at the id with the closest known id', () => {
      const r = load('{"rules": {"eventual-consistency-unqualifed": "off"}}');
      const e = single(r);
      assert.strictEqual(span(r.text, e), '"eventual-consistency-unqualifed"');
      assert.strictEqual(e.message, 'Unknown rule "eventual-consistency-unqualifed". Did you mean "eventual-consistency-unqualified"?');
      assert.deepStrictEqual(r.options, {});
    });

    it('lists the known rule ids when nothing is close', () => {
      const e = single(load('{"rules": {"no-buzzwords": "off"}}'));
      for (const rule of RULES) assert.ok(e.message.includes(rule.id), rule.id);
    });

    it('reports a bad severity at the value, suggesting the right spelling', () => {
      const r = load('{"rules": {"shard-before-hotspot": "warn"}}');
      const e = single(r);
      assert.strictEqual(span(r.text, e), '"warn"');
      assert.match(e.message, /^Invalid severity "warn" for rule "shard-before-hotspot"; use one of "off", "error", "warning", "information", "hint"\. Did you mean "warning"\?$/);
    });

    it('reports a severity that is nothing like one without a suggestion', () => {
      const e = single(load('{"rules": {"shard-before-hotspot": "critical"}}'));
      assert.ok(!e.message.includes('Did you mean'));
    });

    it('rejects numbers, null and arrays as rule settings', () => {
      for (const value of ['2', 'null', '["error"]']) {
        const r = load(`{"rules": {"missing-rollout-path": ${value}}}`);
        assert.match(single(r).message, /The setting of rule "missing-rollout-path" must be "off", a severity .*, true\/false or \{"enabled", "severity"\}/);
        assert.strictEqual(span(r.text, r.errors[0]), value);
      }
    });

    it('checks the object form key by key and keeps its valid half', () => {
      const r = load('{"rules": {"missing-rollout-path": {"enabled": "yes", "severity": "error"}, "shard-before-hotspot": {"enabled": true, "severity": "loud"}, "missing-failure-mode": {"level": "error"}}}');
      const messages = r.errors.map((e) => e.message);
      assert.strictEqual(messages.length, 3, JSON.stringify(messages));
      assert.match(messages[0], /"enabled" of rule "missing-rollout-path" must be true or false, not "yes"/);
      assert.match(messages[1], /Invalid severity "loud" for rule "shard-before-hotspot"; use one of "error", "warning", "information", "hint"\./);
      assert.match(messages[2], /Unknown key "level" in the setting of rule "missing-failure-mode"/);
      assert.deepStrictEqual(r.options.rules, { 'missing-rollout-path': { severity: 'error' }, 'shard-before-hotspot': { enabled: true } });
    });

    it('keeps valid rules next to invalid ones', () => {
      const r = load('{"rules": {"nope": "off", "missing-rollout-path": "off", "shard-before-hotspot": 7}}');
      assert.strictEqual(r.errors.length, 2);
      assert.deepStrictEqual(r.options.rules, { 'missing-rollout-path': { enabled: false } });
    });
  });

  describe('vocabulary', () => {
    it('rejects vocabulary that is not an object', () => {
      assert.match(single(load('{"vocabulary": ["eventualConsistency"]}')).message, /"vocabulary" must be an object mapping concept ids/);
    });

    it('reports an unknown concept id with the closest known id', () => {
      const r = load('{"vocabulary": {"eventualConsistancy": ["x"]}}');
      const e = single(r);
      assert.strictEqual(span(r.text, e), '"eventualConsistancy"');
      assert.match(e.message, /^Unknown vocabulary concept "eventualConsistancy"\. Did you mean "eventualConsistency"\?/);
      assert.deepStrictEqual(r.options, {});
    });

    it('rejects terms that are not an array', () => {
      assert.match(single(load('{"vocabulary": {"eventualConsistency": "lazily synced"}}')).message, /"eventualConsistency" must be an array of terms, not "lazily synced"/);
    });

    it('rejects terms that are not words and keeps the others', () => {
      const r = load('{"vocabulary": {"eventualConsistency": ["lazily synced", 3, "", "*", "  "]}}');
      assert.strictEqual(r.errors.length, 4);
      assert.ok(r.errors.every((e) => /Vocabulary terms of "eventualConsistency" must be words or phrases/.test(e.message)));
      assert.deepStrictEqual(r.options.vocabulary, { eventualConsistency: ['lazily synced'] });
    });
  });

  describe('ignore', () => {
    it('rejects a single string instead of an array', () => {
      assert.match(single(load('{"ignore": "drafts/**"}')).message, /"ignore" must be an array of file globs, not "drafts\/\*\*"/);
    });

    it('rejects empty and non-string globs and keeps the others', () => {
      const r = load('{"ignore": ["drafts/**", "", 5, null]}');
      assert.strictEqual(r.errors.length, 3);
      assert.ok(r.errors.every((e) => /"ignore" entries must be non-empty file globs/.test(e.message)));
      assert.deepStrictEqual(r.ignore.map((i) => i.pattern), ['drafts/**']);
    });
  });

  describe('maxFileSize', () => {
    for (const value of ['0', '-5', '1.5', '"lots"', '"5 parsecs"', '"-2MB"', 'true', '"MB"']) {
      it(`rejects ${value}`, () => {
        const r = load(`{"maxFileSize": ${value}}`);
        const e = single(r);
        assert.match(e.message, /"maxFileSize" must be a positive whole number of bytes or a size such as "2MB" or "512 KB"/);
        assert.strictEqual(span(r.text, e), value);
        assert.strictEqual(r.options.maxSize, undefined);
      });
    }
  });

  describe('extends', () => {
    it('rejects a value that is neither a path nor an array of paths', () => {
      assert.match(single(load('{"extends": {"path": "base.jsonc"}}')).message, /"extends" must be a path or an array of paths, not an object/);
    });

    it('rejects empty and non-string entries', () => {
      const r = load('{"extends": ["", 1]}');
      assert.strictEqual(r.errors.length, 2);
      assert.ok(r.errors.every((e) => /"extends" entries must be non-empty paths/.test(e.message)));
    });
  });

  it('reports every problem of a config at once', () => {
    const r = load('{"rule": {}, "rules": {"x": "off"}, "vocabulary": {"y": []}, "ignore": 1, "maxFileSize": "big"}');
    assert.strictEqual(r.errors.length, 5);
    assert.ok(r.errors.every((e) => e.file === r.file && e.line === 0));
  });
});
