// Pushed diagnostics: what a finding looks like on the wire, incremental edits, markdown-only, settings.
import * as assert from 'assert';
import { configDiagnostic, noticesDiagnostic } from '../../../server/src/lsp/diagnostics';
import { LspTestClient, buildServer } from '../../helpers/lspClient';
import { EC_RULE, ecOf, lspFixture, messageOf, scratchUri } from './lspTestSupport';

describe('lsp: pushed diagnostics', function () {
  this.timeout(60000);
  before(buildServer);

  let client: LspTestClient;
  afterEach(async () => {
    await client?.stop();
  });

  it('publishes a finding with source, code, docs link, severity, range and data on open', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    const published = await client.diagnosticsForVersion(uri, 1);
    const [d] = ecOf(published.diagnostics);
    assert.ok(d, client.report());
    assert.strictEqual(d.source, 'tradeoff');
    assert.strictEqual(d.code, EC_RULE);
    assert.deepStrictEqual(d.codeDescription, { href: `https://github.com/tradeoff-dev/tradeoff/blob/main/docs/rules/${EC_RULE}.md` });
    assert.strictEqual(d.severity, 2);
    // "The like counters are eventually consistent." on line 2.
    assert.deepStrictEqual(d.range, { start: { line: 2, character: 22 }, end: { line: 2, character: 43 } });
    const data = d.data as { trigger: string; missing: string[]; start: number; end: number };
    assert.strictEqual(data.trigger, 'eventually consistent');
    assert.ok(data.missing.length > 0);
    assert.strictEqual(lspFixture('eventual.md').slice(data.start, data.end), 'eventually consistent');
  });

  it('re-analyses after an incremental change and publishes for the new version', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    assert.strictEqual(ecOf((await client.diagnosticsForVersion(uri, 1)).diagnostics).length, 1);

    // Qualify the claim in place: users see, how long, what stays strong.
    const end = { line: 2, character: 43 };
    const v2 = await client.insert(uri, end, ': users may see a stale like count for up to 5 seconds, and payments read from the primary');
    assert.deepStrictEqual(ecOf((await client.diagnosticsForVersion(uri, v2)).diagnostics), []);

    // Take the qualification out again (a ranged delete): the finding is back, at the same place.
    const qualified = { start: end, end: { line: 2, character: 43 + ': users may see a stale like count for up to 5 seconds, and payments read from the primary'.length } };
    const v3 = await client.replace(uri, qualified, '');
    const after = ecOf((await client.diagnosticsForVersion(uri, v3)).diagnostics);
    assert.strictEqual(after.length, 1, client.report());
    assert.deepStrictEqual(after[0].range, { start: { line: 2, character: 22 }, end: end });

    // Insert lines above: the finding moves down with its text.
    const v4 = await client.insert(uri, { line: 1, character: 0 }, '\nIntro paragraph.\n');
    const moved = ecOf((await client.diagnosticsForVersion(uri, v4)).diagnostics);
    assert.strictEqual(moved[0]?.range.start.line, 4, client.report());
  });

  it('analyses markdown only: by language id, or by .md/.markdown extension', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 } });
    const text = lspFixture('eventual.md');
    const plain = scratchUri('plain').replace(/\.md$/, '.txt');
    const byExtension = scratchUri('ext').replace(/\.md$/, '.markdown');
    await client.open(plain, text, 'plaintext');
    await client.open(byExtension, text, 'plaintext');
    assert.strictEqual(ecOf((await client.diagnosticsForVersion(byExtension, 1)).diagnostics).length, 1);
    assert.deepStrictEqual(client.publishedFor(plain), []);
  });

  it('clears the diagnostics of a closed document', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    await client.diagnosticsForVersion(uri, 1);
    await client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, (p) => p.version === undefined);
    assert.deepStrictEqual(cleared.diagnostics, []);
  });

  it('applies per-rule severities and "off" from the tradeoff settings (workspace/configuration)', async () => {
    let rules: Record<string, unknown> = { [EC_RULE]: 'error' };
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 }, settings: () => ({ rules }) });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    assert.strictEqual(ecOf((await client.diagnosticsForVersion(uri, 1)).diagnostics)[0]?.severity, 1);

    rules = { [EC_RULE]: 'off' };
    const before = client.publishedFor(uri).length;
    await client.changeSettings({ rules });
    const next = await client.waitForDiagnostics(uri, () => client.publishedFor(uri).length > before);
    assert.deepStrictEqual(ecOf(next.diagnostics), []);
  });

  it('reports an unknown vocabulary concept from the settings as one notice at line 0, findings still shown', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 }, settings: { vocabulary: { notAConcept: ['whatever'] } } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    const published = await client.diagnosticsForVersion(uri, 1);
    const notices = published.diagnostics.filter((d) => d.code === 'tradeoff-notice');
    assert.strictEqual(notices.length, 1);
    assert.strictEqual(notices[0].severity, 3);
    assert.strictEqual(notices[0].range.start.line, 0);
    assert.match(messageOf(notices[0]), /Unknown vocabulary concept 'notAConcept'/);
    assert.strictEqual(ecOf(published.diagnostics).length, 1);
  });

  it('publishes nothing when tradeoff.enable is false', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 }, settings: { enable: false } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    const published = await client.waitForDiagnostics(uri);
    assert.deepStrictEqual(published.diagnostics, []);
  });

  it('takes settings pushed with didChangeConfiguration from a client without workspace/configuration', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 } });
    const uri = scratchUri();
    await client.open(uri, lspFixture('eventual.md'));
    assert.strictEqual(ecOf((await client.diagnosticsForVersion(uri, 1)).diagnostics)[0]?.severity, 2);
    await client.changeSettings({ rules: { [EC_RULE]: 'hint' } });
    const hinted = await client.waitForDiagnostics(uri, (p) => ecOf(p.diagnostics)[0]?.severity === 4);
    assert.strictEqual(hinted.version, 1);
  });
});

describe('lsp/diagnostics conversion', () => {
  it('folds all notices into one information diagnostic on line 0, short of a huge first line', () => {
    const d = noticesDiagnostic([{ severity: 'warning', message: 'one' }, { severity: 'information', message: 'two' }], 'x'.repeat(1_000_000));
    assert.ok(d);
    assert.strictEqual(d.severity, 3);
    assert.strictEqual(d.message, 'one\ntwo');
    assert.deepStrictEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 200 } });
    assert.strictEqual(noticesDiagnostic([], ''), null);
  });

  it('folds all config problems into one warning naming the file, with a link to each place', () => {
    const d = configDiagnostic(
      [
        { file: '/w/.tradeoff.jsonc', message: 'Syntax error', line: 2, character: 1 },
        { file: '/w/.tradeoff.jsonc', message: 'Unknown rule "x"' },
      ],
      '# T',
      (f) => `file://${f}`,
    );
    assert.ok(d);
    assert.strictEqual(d.severity, 2);
    assert.match(d.message as string, /^Tradeoff config \/w\/\.tradeoff\.jsonc has 2 problems/);
    assert.match(d.message as string, /line 3: Syntax error/);
    assert.deepStrictEqual(d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start]), [
      ['file:///w/.tradeoff.jsonc', { line: 2, character: 1 }],
      ['file:///w/.tradeoff.jsonc', { line: 0, character: 0 }],
    ]);
    assert.strictEqual(configDiagnostic([], '', String), null);
  });
});
