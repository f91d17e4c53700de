// The real public design docs in test/fixtures/corpus (see SOURCES.md there): every diagnostic on them was
// read and judged by a reviewer (expected-diagnostics.json holds the judgement). A change to what the
// linter reports on them must be reviewed the same way: update the file with the new judgement.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/analysis';

interface Expected {
  file: string;
  line: number;
  rule: string;
  trigger: string;
  judgement: string;
}

const DIR = path.join(__dirname, '..', 'fixtures', 'corpus');
const expected: Expected[] = JSON.parse(readFileSync(path.join(DIR, 'expected-diagnostics.json'), 'utf8'));
const documents = readdirSync(DIR).filter((f) => /^\d\d-.*\.md$/.test(f)).sort();

describe('real corpus: reviewed diagnostics', () => {
  it('holds the 32 documents listed in SOURCES.md', () => {
    assert.strictEqual(documents.length, 32);
    const sources = readFileSync(path.join(DIR, 'SOURCES.md'), 'utf8');
    for (const f of documents) assert.ok(sources.includes(`| ${f} |`), `${f} has a source line`);
  });

  it('has a judgement for every expected diagnostic', () => {
    for (const e of expected) assert.ok(e.judgement.length > 20, `${e.file}:${e.line} ${e.rule} is judged`);
  });

  for (const file of documents) {
    it(`reports exactly the reviewed diagnostics on ${file}`, () => {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      const lines = text.split(/\r?\n/);
      const actual = analyze(text).findings.map((f) => {
        const end = f.range.end.line === f.range.start.line ? f.range.end.character : undefined;
        return `${f.range.start.line + 1} ${f.rule} ${JSON.stringify(lines[f.range.start.line].slice(f.range.start.character, end))}`;
      });
      const wanted = expected.filter((e) => e.file === file).map((e) => `${e.line} ${e.rule} ${JSON.stringify(e.trigger)}`);
      assert.deepStrictEqual(actual, wanted);
    });
  }
});
