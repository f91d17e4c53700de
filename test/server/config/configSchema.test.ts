import * as assert from 'assert';
import { readFileSync } from 'fs';
import { RULES } from '../../../server/src/analysis/rules';
import { BUILTIN_CONCEPTS } from '../../../server/src/analysis/vocabulary';
import { configSchemaText, SCHEMA_FILE } from '../../../server/src/config/configSchema';
import { TOP_LEVEL_KEYS } from '../../../server/src/config/validateConfig';

type Obj = { properties: Record<string, Obj>; [key: string]: unknown };

describe('tradeoff.schema.json', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Obj;

  it('is up to date with the rule registry and the vocabulary (regenerate: npx tsx server/src/config/configSchema.ts)', () => {
    assert.strictEqual(readFileSync(SCHEMA_FILE, 'utf8'), configSchemaText());
  });

  it('describes exactly the keys, rule ids and concept ids the loader accepts', () => {
    assert.deepStrictEqual(Object.keys(schema.properties).sort(), [...TOP_LEVEL_KEYS].sort());
    assert.deepStrictEqual(Object.keys(schema.properties.rules.properties).sort(), RULES.map((r) => r.id).sort());
    assert.deepStrictEqual(Object.keys(schema.properties.vocabulary.properties).sort(), Object.keys(BUILTIN_CONCEPTS).sort());
    assert.strictEqual(schema.additionalProperties, false);
    assert.strictEqual(schema.properties.rules.additionalProperties, false);
    assert.strictEqual(schema.properties.vocabulary.additionalProperties, false);
  });

  it('accepts the same maxFileSize strings as the loader', () => {
    const pattern = new RegExp(((schema.properties.maxFileSize.oneOf as { pattern?: string }[])[1].pattern)!);
    for (const ok of ['2MB', '512 KB', '1.5mb', '100', '1GiB', '10b']) assert.ok(pattern.test(ok), ok);
    for (const bad of ['MB', 'lots', '-1MB', '2 parsecs']) assert.ok(!pattern.test(bad), bad);
  });
});
