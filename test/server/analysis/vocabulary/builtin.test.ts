import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { BUILTIN_CONCEPTS, buildVocabulary } from '../../../../server/src/analysis/vocabulary';

const DIR = path.join(__dirname, '..', '..', '..', '..', 'server', 'src', 'analysis', 'vocabulary');

describe('vocabulary: the built-in data', () => {
  it('loads every group file, and no concept id is defined twice', () => {
    const seen = new Map<string, string>();
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
      for (const id of Object.keys(JSON.parse(readFileSync(path.join(DIR, file), 'utf8')))) {
        assert.ok(!seen.has(id), `${id} is defined in ${seen.get(id)} and ${file}`);
        seen.set(id, file);
        assert.ok(id in BUILTIN_CONCEPTS, `${id} from ${file} is loaded`);
      }
    }
    assert.strictEqual(seen.size, Object.keys(BUILTIN_CONCEPTS).length);
  });

  it('compiles every concept and describes it in words', () => {
    const vocabulary = buildVocabulary();
    for (const [id, def] of Object.entries(BUILTIN_CONCEPTS)) {
      assert.ok(/^[a-z][A-Za-z]+$/.test(id), `${id} is camelCase`);
      assert.ok(def.description.length > 10, `${id} has a description`);
      const c = vocabulary.get(id);
      assert.ok(c.insensitive || c.sensitive, `${id} matches something`);
    }
  });

  it('adds user terms to a concept and reports unknown concept ids', () => {
    const vocabulary = buildVocabulary({ messageQueue: ['Service Bus topic'], noSuchConcept: ['x'] });
    assert.deepStrictEqual(vocabulary.unknownIds, ['noSuchConcept']);
    const re = vocabulary.get('messageQueue').insensitive!;
    assert.ok(new RegExp(re.source, 'i').test('a Service Bus topic'));
    assert.notStrictEqual(vocabulary.get('messageQueue').key, buildVocabulary().get('messageQueue').key);
  });
});
