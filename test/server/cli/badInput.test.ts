import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { tempTree, type TempTree } from '../config/tempTree';
import { buildCli, FIXTURES, runCli } from './cliHarness';

const EC = 'eventual-consistency-unqualified';
const ONLY_EC_CONFIG = readFileSync(path.join(FIXTURES, '.tradeoff.jsonc'), 'utf8');
const WEAK = '# Feed\n\nThe feed is eventually consistent.\n';

type JsonOut = { files: { path: string; diagnostics: { rule: string; range: { start: { line: number; character: number } } }[] }[] };

describe('tradeoff check on bad input', () => {
  let tree: TempTree;
  before(() => {
    buildCli();
    tree = tempTree({
      '.tradeoff.jsonc': ONLY_EC_CONFIG,
      'empty.md': '',
      'blank.md': '\n\n   \n',
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'noise.md': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256).map((b) => (b === 0 ? 1 : b))),
      'latin1.md': Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n\nThe feed is eventually consistent.\n')]),
      'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WEAK)]),
      'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WEAK, 'utf16le')]),
      'crlf.md': WEAK.replace(/\n/g, '\r\n'),
      'weak.md': WEAK,
    });
    // 20 MB of markdown: over the default 2 MB limit.
    tree.write('huge.md', Buffer.alloc(20 * 1024 * 1024, '# Heading\n\nThe feed is eventually consistent.\n'));
  });
  after(() => tree.remove());

  const check = (...args: string[]) => runCli(['check', '--format', 'json', ...args], tree.root);

  it('an empty or blank file has no diagnostics and exits 0', () => {
    const r = check('empty.md', 'blank.md');
    assert.deepStrictEqual([r.code, r.stderr], [0, '']);
    assert.strictEqual(r.stdout, '{"version":1,"files":[{"path":"empty.md","diagnostics":[]},{"path":"blank.md","diagnostics":[]}]}\n');
  });

  it('a binary file is skipped with a warning on stderr, listed without diagnostics, exit 0', () => {
    for (const file of ['binary.md', 'noise.md']) {
      const r = check(file);
      assert.strictEqual(r.code, 0, file);
      assert.deepStrictEqual(r.errLines, [`${file}: warning: Tradeoff skipped this file: it looks binary, not markdown.`]);
      assert.deepStrictEqual((JSON.parse(r.stdout) as JsonOut).files, [{ path: file, diagnostics: [] }]);
    }
  });

  it('invalid UTF-8 is decoded with replacement characters, warned about, and still checked', () => {
    const r = check('latin1.md');
    assert.strictEqual(r.code, 1);
    assert.deepStrictEqual(r.errLines, ['latin1.md: warning: The file is not valid UTF-8; invalid bytes were replaced with U+FFFD before checking.']);
    assert.deepStrictEqual((JSON.parse(r.stdout) as JsonOut).files[0].diagnostics.map((d) => d.rule), [EC]);
  });

  it('a 20 MB file is skipped with a message and no crash; the other files are still checked', () => {
    const r = check('huge.md', 'weak.md');
    assert.strictEqual(r.code, 1);
    assert.deepStrictEqual(r.errLines, ['huge.md: warning: Tradeoff skipped this file: 20.0 MB is over the 2.0 MB size limit (maxFileSize).']);
    const files = (JSON.parse(r.stdout) as JsonOut).files;
    assert.deepStrictEqual(files.map((f) => [f.path, f.diagnostics.length]), [['huge.md', 0], ['weak.md', 1]]);
  });

  it('skipped files are SARIF tool notifications', () => {
    const r = runCli(['check', '--format', 'sarif', 'huge.md'], tree.root);
    assert.strictEqual(r.code, 0);
    const run = JSON.parse(r.stdout).runs[0];
    assert.deepStrictEqual(run.results, []);
    const [note] = run.invocations[0].toolExecutionNotifications;
    assert.strictEqual(note.level, 'warning');
    assert.match(note.message.text, /skipped this file: 20\.0 MB/);
    assert.deepStrictEqual(note.locations[0].physicalLocation.artifactLocation, { uri: 'huge.md', uriBaseId: '%SRCROOT%' });
  });

  it('a UTF-8 byte-order mark, UTF-16 and CRLF line ends give the same position as plain UTF-8', () => {
    const r = check('weak.md', 'bom.md', 'utf16.md', 'crlf.md');
    assert.deepStrictEqual(r.stderr, '');
    const starts = (JSON.parse(r.stdout) as JsonOut).files.map((f) => f.diagnostics.map((d) => d.range.start));
    assert.deepStrictEqual(starts, Array(4).fill([{ line: 2, character: 12 }]));
  });
});
