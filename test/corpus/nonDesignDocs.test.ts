// Markdown that is not a design document (library READMEs, a changelog) must stay silent: a linter that
// nags about ordinary docs in a workspace gets uninstalled.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/analysis';

const DIR = path.join(__dirname, '..', 'fixtures', 'non-design');

describe('non-design markdown: no noise', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')) {
    it(`reports nothing on ${file}`, () => {
      const result = analyze(readFileSync(path.join(DIR, file), 'utf8'));
      assert.deepStrictEqual(result.findings.map((f) => `${f.range.start.line + 1} ${f.rule}: ${f.message}`), []);
      assert.strictEqual(result.structure.isDesignProposal, false);
    });
  }
});
