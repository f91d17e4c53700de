// Guards the bench document generator: bench/generate.mjs must stay byte-identical in output to the shared
// generator, so bench figures from different commits and machines are measured on the same text.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as path from 'path';

const GENERATOR = path.join(__dirname, '..', '..', 'bench', 'generate.mjs');
// Published in ../shared/bench/README.md for `generate.mjs 250`.
const MD5_250_KB = 'd6f73c70bf9b3bb88276feb749aa0b28';

function generate(...args: string[]): Buffer {
  return execFileSync(process.execPath, [GENERATOR, ...args], { maxBuffer: 16 * 1024 * 1024 });
}

describe('bench/generate.mjs', () => {
  it('prints the published 250 KB document (md5)', () => {
    const md5 = createHash('md5').update(generate('250')).digest('hex');
    assert.strictEqual(md5, MD5_250_KB);
  });

  it('defaults to 250 KB with seed 7', () => {
    assert.ok(generate().equals(generate('250', '7')));
  });

  it('prints a different document for a different seed', () => {
    assert.ok(!generate('25', '7').equals(generate('25', '8')));
  });
});
