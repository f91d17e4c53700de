// Hostile documents: the server reports what it can, never dies, and keeps serving other documents.
import * as assert from 'assert';
import { writeFileSync } from 'fs';
import * as path from 'path';
import { LspTestClient, buildServer, fileUri } from '../../helpers/lspClient';
import { ecOf, lspFixture, messageOf, scratchUri, tempDir } from './lspTestSupport';

const NOTICE_CODE = 'tradeoff-notice';

describe('lsp: bad input', function () {
  this.timeout(120000);
  before(buildServer);

  let client: LspTestClient;
  before(async () => {
    // A short analysis budget so a pathological document costs seconds, not minutes.
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0, analysisTimeoutMs: 3000 }, waitTimeoutMs: 60000 });
  });
  after(async () => {
    await client?.stop();
  });

  /** Opens `text`, waits for its diagnostics, then checks a normal document is still served. */
  async function survives(text: string, uri = scratchUri('bad')) {
    await client.open(uri, text);
    const published = await client.diagnosticsForVersion(uri, 1);
    const healthy = scratchUri('healthy');
    await client.open(healthy, lspFixture('eventual.md'));
    assert.strictEqual(ecOf((await client.diagnosticsForVersion(healthy, 1)).diagnostics).length, 1, client.report());
    assert.ok(client.isRunning);
    return { uri, published };
  }

  it('a 20 MB document: one information notice at line 0, also after an incremental edit', async () => {
    const big = '# Big\n\n' + 'The counters are eventually consistent.\n'.repeat(Math.ceil((20 * 1024 * 1024) / 40));
    const { uri, published } = await survives(big);
    assert.strictEqual(published.diagnostics.length, 1);
    const [notice] = published.diagnostics;
    assert.strictEqual(notice.code, NOTICE_CODE);
    assert.strictEqual(notice.severity, 3);
    assert.strictEqual(notice.range.start.line, 0);
    assert.match(messageOf(notice), /size limit/);
    const v2 = await client.insert(uri, { line: 1, character: 0 }, 'more\n');
    assert.match(messageOf((await client.diagnosticsForVersion(uri, v2)).diagnostics[0]), /size limit/);
  });

  it('a binary file: one notice saying it looks binary', async () => {
    const { published } = await survives('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000eventually consistent');
    assert.deepStrictEqual(published.diagnostics.map((d) => d.code), [NOTICE_CODE]);
    assert.match(messageOf(published.diagnostics[0]), /binary/);
  });

  it('invalid text: lone surrogates, noncharacters, control characters, mixed line breaks', async () => {
    await survives('\ufeff# T\ud800itle\r\n\r\nThe \udfffcounters\u0007 are \uffff eventually consistent.\r\rmore\n\u2028x\n');
  });

  it('10,000 nested list and quote levels', async () => {
    await survives('# Deep\n\n' + '- '.repeat(10000) + 'the counters are eventually consistent\n');
    await survives('# Deeper\n\n' + '> 1. '.repeat(10000) + 'eventually consistent\n');
  });

  it('a 1 MB single line (finished or stopped with a notice, never hung)', async () => {
    const line = 'The counters are eventually consistent and '.repeat(Math.ceil(1024 * 1024 / 43));
    const { published } = await survives('# One line\n\n' + line);
    assert.ok(published.diagnostics.length > 0);
  });

  it('unterminated code fences', async () => {
    const { published } = await survives('# A\n\n```js\nconst eventual = "consistent";\n\n## Not a heading\n\n~~~\nThe counters are eventually consistent.\n');
    // Everything after the open fence is code: nothing to report there.
    assert.deepStrictEqual(ecOf(published.diagnostics), []);
  });

  it('a config file that is binary garbage', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.tradeoff.jsonc'), Buffer.from([0xff, 0x00, 0x7b, 0x22, 0xfe, 0x01]));
    const { published } = await survives(lspFixture('eventual.md'), fileUri(path.join(dir, 'doc.md')));
    assert.deepStrictEqual(published.diagnostics.filter((d) => d.code === 'tradeoff-config').length, 1);
    assert.strictEqual(ecOf(published.diagnostics).length, 1);
  });
});
