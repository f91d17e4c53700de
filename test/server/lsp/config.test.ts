// .tradeoff.jsonc in the server: a broken file gives one clear diagnostic, the defaults keep working, changes
// are picked up, and editor settings win over the repo file only where they are set.
import * as assert from 'assert';
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspTestClient, buildServer, fileUri } from '../../helpers/lspClient';
import { EC_RULE, ecOf, lspFixture, messageOf, tempDir } from './lspTestSupport';

const CONFIG_CODE = 'tradeoff-config';
const NOTICE_CODE = 'tradeoff-notice';

describe('lsp: .tradeoff.jsonc', function () {
  this.timeout(60000);
  before(buildServer);

  let client: LspTestClient;
  let settings: Record<string, unknown>;
  beforeEach(async () => {
    settings = {};
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 }, settings: () => settings });
  });
  afterEach(async () => {
    await client?.stop();
  });

  /** A workspace with the given config text and one document; returns its URI once it was analysed. */
  async function openIn(configText: string | null, text = lspFixture('eventual.md'), docPath = 'design.md'): Promise<{ dir: string; uri: string; published: PublishDiagnosticsParams }> {
    const dir = tempDir();
    if (configText !== null) writeFileSync(path.join(dir, '.tradeoff.jsonc'), configText);
    mkdirSync(path.dirname(path.join(dir, docPath)), { recursive: true });
    const uri = fileUri(path.join(dir, docPath));
    await client.open(uri, text);
    return { dir, uri, published: await client.diagnosticsForVersion(uri, 1) };
  }

  const configDiagnostics = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === CONFIG_CODE);

  it('a broken config gives one warning at line 0 naming the file and the problems; the defaults still work', async () => {
    const { dir, published } = await openIn('{\n  "rules": { "eventual-consistency-unqualified": "warn" \n');
    const config = configDiagnostics(published);
    assert.strictEqual(config.length, 1, client.report());
    const [d] = config;
    assert.strictEqual(d.source, 'tradeoff');
    assert.strictEqual(d.severity, 2);
    assert.strictEqual(d.range.start.line, 0);
    assert.strictEqual(d.range.end.line, 0);
    const message = messageOf(d);
    assert.ok(message.includes(path.join(dir, '.tradeoff.jsonc')), message);
    assert.match(message, /Syntax error/);
    assert.match(message, /Invalid severity "warn"/);
    assert.strictEqual(d.relatedInformation?.[0].location.uri, fileUri(path.join(dir, '.tradeoff.jsonc')));
    // The rule still runs with its default severity.
    assert.deepStrictEqual(ecOf(published.diagnostics).map((f) => f.severity), [2]);
  });

  it('applies a valid config: severities, "off", and ignore globs', async () => {
    const severe = await openIn(`{ "rules": { "${EC_RULE}": "error" } }`);
    assert.deepStrictEqual(ecOf(severe.published.diagnostics).map((f) => f.severity), [1]);
    assert.deepStrictEqual(configDiagnostics(severe.published), []);

    const off = await openIn(`{ "rules": { "${EC_RULE}": "off" } }`);
    assert.deepStrictEqual(ecOf(off.published.diagnostics), []);

    const ignored = await openIn(`{ "ignore": ["drafts/**"] }`, lspFixture('eventual.md'), 'drafts/idea.md');
    assert.deepStrictEqual(ignored.published.diagnostics, []);
  });

  it('precedence: defaults < .tradeoff.jsonc < editor settings, the settings only where explicitly set', async () => {
    const { uri } = await openIn(`{ "rules": { "${EC_RULE}": "error" }, "maxFileSize": "1KB" }`, lspFixture('eventual.md') + 'x'.repeat(2000));
    const notice = (await client.diagnosticsForVersion(uri, 1)).diagnostics.find((d) => d.code === NOTICE_CODE);
    assert.match(messageOf(notice), /size limit/, 'the repo size limit applies');

    const republished = async (change: Record<string, unknown>) => {
      const before = client.publishedFor(uri).length;
      settings = change;
      await client.changeSettings(change);
      return client.waitForDiagnostics(uri, () => client.publishedFor(uri).length > before);
    };
    // A setting for another rule leaves the repo's severity for this one; a larger size limit wins.
    let p = await republished({ rules: { 'shard-before-hotspot': 'hint' }, maxFileSize: 10_000_000 });
    assert.deepStrictEqual(ecOf(p.diagnostics).map((f) => f.severity), [1], client.report());
    // A setting for this rule replaces the repo's.
    p = await republished({ rules: { [EC_RULE]: 'hint' }, maxFileSize: 10_000_000 });
    assert.deepStrictEqual(ecOf(p.diagnostics).map((f) => f.severity), [4]);
  });

  it('a setting re-enables a rule the repo turned off', async () => {
    settings = { rules: { [EC_RULE]: 'warning' } };
    const { published } = await openIn(`{ "rules": { "${EC_RULE}": "off" } }`);
    assert.deepStrictEqual(ecOf(published.diagnostics).map((f) => f.severity), [2]);
  });

  it('re-analyses open documents when a watched config file changes', async () => {
    const { dir, uri, published } = await openIn('{ "rules": { ');
    assert.strictEqual(configDiagnostics(published).length, 1);
    const configPath = path.join(dir, '.tradeoff.jsonc');
    writeFileSync(configPath, `{ "rules": { "${EC_RULE}": "information" } }\n`);
    await client.filesChanged([{ uri: fileUri(configPath), type: 2 }]);
    const fixed = await client.waitForDiagnostics(uri, (p) => configDiagnostics(p).length === 0);
    assert.deepStrictEqual(ecOf(fixed.diagnostics).map((f) => f.severity), [3]);
  });

  it('a config created after the document was opened is picked up', async () => {
    const { dir, uri, published } = await openIn(null);
    assert.deepStrictEqual(ecOf(published.diagnostics).map((f) => f.severity), [2]);
    const configPath = path.join(dir, '.tradeoff.jsonc');
    writeFileSync(configPath, `{ "rules": { "${EC_RULE}": "error" } }`);
    await client.filesChanged([{ uri: fileUri(configPath), type: 1 }]);
    await client.waitForDiagnostics(uri, (p) => ecOf(p.diagnostics)[0]?.severity === 1);
  });
});
