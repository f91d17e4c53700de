// The structure checklist lenses over the real protocol: four per design section, what they run, and the
// settings that turn them off (with a workspace/codeLens/refresh so the editor asks again).
import * as assert from 'assert';
import { DidChangeConfigurationNotification, type CodeLens } from 'vscode-languageserver-protocol';
import type { AnalysisResult } from '../../../server/src/analysis/types';
import { STRUCTURE_PARTS } from '../../../server/src/analysis/types';
import { isInsertStructurePartArgs, isShowStructurePartArgs, structureLenses } from '../../../server/src/lsp/codeLens';
import { INSERT_STRUCTURE_PART_COMMAND, SHOW_STRUCTURE_PART_COMMAND } from '../../../server/src/lsp/protocolNames';
import { readFixture } from '../../helpers/ruleHarness';
import { LspTestClient, buildServer } from '../../helpers/lspClient';
import { scratchUri, sharedClient } from './lspTestSupport';

const lens = (name: string) => readFixture(`lens/${name}`);

/** A lens as `line: title -> command`, to compare whole lists at a glance. */
const summary = (lenses: CodeLens[]) => lenses.map((l) => `${l.range.start.line}: ${l.command?.title} -> ${l.command?.command}`);

const INSERT = INSERT_STRUCTURE_PART_COMMAND;
const SHOW = SHOW_STRUCTURE_PART_COMMAND;

/** The lenses tradeoff/analyze's section reports call for: one per part of every design section, in order. */
function expectedFromAnalysis(uri: string, result: AnalysisResult): CodeLens[] {
  const names = { constraint: 'Constraint', failureMode: 'Failure mode', mitigation: 'Mitigation', newCost: 'New cost' };
  return result.sections
    .filter((s) => s.describesDesign)
    .flatMap((s) =>
      STRUCTURE_PARTS.map((part) => {
        const r = s.structure[part];
        const range = { start: s.headingRange.start, end: s.headingRange.start };
        return r.present
          ? { range, command: { title: `${names[part]} ✓`, command: SHOW, arguments: [{ uri, range: r.range }] } }
          : { range, command: { title: `${names[part]} ✗`, command: INSERT, arguments: [{ uri, line: s.headingRange.start.line, title: s.title, part }] } };
      }),
    );
}

/** The lenses without their tooltips (checked separately). */
const withoutTooltips = (lenses: CodeLens[]) => lenses.map((l) => ({ range: l.range, command: { title: l.command!.title, command: l.command!.command, arguments: l.command!.arguments } }));

describe('lsp: structure code lenses', function () {
  this.timeout(60000);
  before(buildServer);

  // Documents whose name says so get their own `tradeoff` settings through workspace/configuration.
  const server = sharedClient({
    initializationOptions: { debounceMs: 0 },
    settings: (scopeUri) => {
      if (scopeUri?.includes('lenses-off')) return { codeLens: { enable: false } };
      if (scopeUri?.includes('disabled')) return { enable: false };
      return {};
    },
  });

  async function lensesOf(fixture: string, name = 'answer'): Promise<{ uri: string; lenses: CodeLens[] }> {
    const uri = scratchUri(name);
    await server().open(uri, lens(fixture));
    return { uri, lenses: await server().codeLenses(uri) };
  }

  it('declares the lens provider and the two lens commands', () => {
    const caps = server().initializeResult.capabilities;
    assert.deepStrictEqual(caps.codeLensProvider, { resolveProvider: false });
    assert.deepStrictEqual(caps.executeCommandProvider, { commands: [INSERT, SHOW] });
  });

  it('four lenses on the heading line of the design section, in framework order, ✓ found / ✗ missing', async () => {
    const { uri, lenses } = await lensesOf('prose.md');
    assert.deepStrictEqual(summary(lenses), [
      `2: Constraint ✓ -> ${SHOW}`,
      `2: Failure mode ✓ -> ${SHOW}`,
      `2: Mitigation ✓ -> ${SHOW}`,
      `2: New cost ✗ -> ${INSERT}`,
      // "Analytics" proposes nothing in the first person but describes components (Kafka, a batch job).
      `10: Constraint ✗ -> ${INSERT}`,
      `10: Failure mode ✗ -> ${INSERT}`,
      `10: Mitigation ✗ -> ${INSERT}`,
      `10: New cost ✗ -> ${INSERT}`,
    ]);
    // Zero-width, where the heading text starts ("## " before it).
    for (const l of lenses.slice(0, 4)) assert.deepStrictEqual(l.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } });
    assert.deepStrictEqual(lenses[1].command?.arguments, [{ uri, range: { start: { line: 8, character: 0 }, end: { line: 8, character: 23 } } }]);
    assert.deepStrictEqual(lenses[3].command?.arguments, [{ uri, line: 2, title: 'Redirect path', part: 'newCost' }]);
  });

  it("match tradeoff/analyze's section reports exactly: ranges, commands and arguments", async () => {
    for (const fixture of ['prose.md', 'trailing-list.md', 'trailing-code.md', 'heading-only.md', 'subsections.md', 'no-headings.md']) {
      const { uri, lenses } = await lensesOf(fixture);
      const expected = expectedFromAnalysis(uri, await server().analyze(uri));
      assert.ok(expected.length >= 4, `${fixture} has a design section`);
      assert.deepStrictEqual(withoutTooltips(lenses), expected, fixture);
    }
  });

  it('one row of four per design section, subsections included; the title and non-design sections get none', async () => {
    const { lenses } = await lensesOf('subsections.md');
    assert.deepStrictEqual(summary(lenses), [
      `2: Constraint ✓ -> ${SHOW}`,
      `2: Failure mode ✗ -> ${INSERT}`,
      `2: Mitigation ✓ -> ${SHOW}`,
      `2: New cost ✗ -> ${INSERT}`,
      `9: Constraint ✗ -> ${INSERT}`,
      `9: Failure mode ✗ -> ${INSERT}`,
      `9: Mitigation ✗ -> ${INSERT}`,
      `9: New cost ✗ -> ${INSERT}`,
      // "Uploads" describes components (object storage, pre-signed URLs).
      `18: Constraint ✗ -> ${INSERT}`,
      `18: Failure mode ✗ -> ${INSERT}`,
      `18: Mitigation ✗ -> ${INSERT}`,
      `18: New cost ✗ -> ${INSERT}`,
    ]);
  });

  it('a document without headings gets its row on the first line', async () => {
    const { uri, lenses } = await lensesOf('no-headings.md');
    assert.deepStrictEqual(summary(lenses), [
      `0: Constraint ✓ -> ${SHOW}`,
      `0: Failure mode ✓ -> ${SHOW}`,
      `0: Mitigation ✓ -> ${SHOW}`,
      `0: New cost ✗ -> ${INSERT}`,
    ]);
    assert.deepStrictEqual(lenses[3].command?.arguments, [{ uri, line: 0, title: null, part: 'newCost' }]);
  });

  it('tooltips quote the evidence of a found part and name the line a missing part adds', async () => {
    const { lenses } = await lensesOf('trailing-code.md');
    assert.deepStrictEqual(
      lenses.map((l) => l.command?.tooltip),
      [
        'Constraint: “must” (line 5). Click to go there.',
        'No failure mode in this section. Click to add “**Failure mode:** ...”: what breaks first, and what users see when it does.',
        'No mitigation in this section. Click to add “**Primary mitigation:** ...”: the one measure that addresses that failure.',
        'No new cost in this section. Click to add “**New cost:** ...”: what the mitigation costs: latency, staleness, money, operational burden.',
      ],
    );
  });

  it('none on a document that proposes no design, and none on a non-markdown document', async () => {
    assert.deepStrictEqual((await lensesOf('runbook.md')).lenses, []);
    const uri = scratchUri('notes').replace(/\.md$/, '.txt');
    await server().open(uri, lens('prose.md'), 'plaintext');
    assert.deepStrictEqual(await server().codeLenses(uri), []);
  });

  it('none when tradeoff.codeLens.enable is false for the document, while its diagnostics stay on', async () => {
    const { uri, lenses } = await lensesOf('prose.md', 'lenses-off');
    assert.deepStrictEqual(lenses, []);
    // Only the lenses are off: the analysis still runs and reports the missing new cost.
    const result = await server().analyze(uri);
    assert.strictEqual(result.sections.find((s) => s.title === 'Redirect path')?.structure.newCost.present, false);
    await server().diagnosticsForVersion(uri, 1);
  });

  it('none when tradeoff.enable is false for the document', async () => {
    const { uri, lenses } = await lensesOf('prose.md', 'disabled');
    assert.deepStrictEqual(lenses, []);
    assert.deepStrictEqual((await server().diagnosticsForVersion(uri, 1)).diagnostics, []);
  });

  it('follow edits: filling in the missing part turns its lens to ✓', async () => {
    const { uri, lenses } = await lensesOf('trailing-list.md');
    assert.strictEqual(lenses[3].command?.title, 'New cost ✗');
    await server().insert(uri, { line: 10, character: 21 }, '\n\nThe new cost: a second queue per provider doubles the dashboards the on-call engineer watches.');
    const after = await server().codeLenses(uri);
    assert.strictEqual(after[3].command?.title, 'New cost ✓');
    assert.deepStrictEqual(after[3].command?.arguments, [{ uri, range: { start: { line: 12, character: 4 }, end: { line: 12, character: 94 } } }]);
    assert.strictEqual(after[3].command?.tooltip, 'New cost: “new cost: a second queue per provider doubles the dashboards the on-call engineer watches.” (line 13). Click to go there.');
  });
});

describe('lsp: code lens refresh after settings changes', function () {
  this.timeout(60000);
  before(buildServer);

  let lensesOn = true;
  let enabled = true;
  const server = sharedClient({
    initializationOptions: { debounceMs: 0 },
    settings: () => ({ enable: enabled, codeLens: { enable: lensesOn } }),
    capabilities: { workspace: { codeLens: { refreshSupport: true }, workspaceFolders: true } },
  });

  /** Tells the server the settings changed (it fetches them again through workspace/configuration). */
  async function settingsChanged(): Promise<void> {
    await server().connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await server().roundTrip();
  }

  // Each test starts from the default settings, whatever the one before left behind.
  beforeEach(async () => {
    lensesOn = true;
    enabled = true;
    await settingsChanged();
  });

  it('asks the client to refresh its lenses after didChangeConfiguration, and the new settings apply', async () => {
    const uri = scratchUri('answer');
    await server().open(uri, lens('prose.md'));
    assert.strictEqual((await server().codeLenses(uri)).length, 8);
    const before = server().codeLensRefreshRequests;

    lensesOn = false;
    await settingsChanged();
    assert.strictEqual(server().codeLensRefreshRequests, before + 1);
    assert.deepStrictEqual(await server().codeLenses(uri), []);

    lensesOn = true;
    await settingsChanged();
    assert.strictEqual(server().codeLensRefreshRequests, before + 2);
    assert.strictEqual((await server().codeLenses(uri)).length, 8);
  });

  it('re-reads the settings and refreshes the lenses when workspace folders change', async () => {
    const uri = scratchUri('answer');
    await server().open(uri, lens('trailing-code.md'));
    assert.strictEqual((await server().codeLenses(uri)).length, 4);
    const before = server().codeLensRefreshRequests;

    lensesOn = false;
    await server().workspaceFoldersChanged([{ uri: 'file:///work/other-service', name: 'other-service' }]);
    await server().roundTrip();
    assert.strictEqual(server().codeLensRefreshRequests, before + 1);
    assert.deepStrictEqual(await server().codeLenses(uri), []);
  });

  it('turning tradeoff.enable off at runtime takes the lenses away', async () => {
    const uri = scratchUri('answer');
    await server().open(uri, lens('prose.md'));
    assert.strictEqual((await server().codeLenses(uri)).length, 8);
    enabled = false;
    await settingsChanged();
    assert.deepStrictEqual(await server().codeLenses(uri), []);
  });
});

describe('lsp: no code lens refresh for a client without refreshSupport', function () {
  this.timeout(60000);
  before(buildServer);

  let client: LspTestClient | undefined;
  before(async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 }, settings: {} });
  });
  after(async () => {
    await client?.stop();
  });

  it('changes the settings without sending workspace/codeLens/refresh', async () => {
    const uri = scratchUri('answer');
    await client!.open(uri, lens('prose.md'));
    assert.strictEqual((await client!.codeLenses(uri)).length, 8);
    await client!.changeSettings({ codeLens: { enable: false } });
    await client!.roundTrip();
    assert.strictEqual(client!.codeLensRefreshRequests, 0);
    assert.deepStrictEqual(await client!.codeLenses(uri), []);
  });
});

describe('lsp/codeLens: structureLenses and its argument checks', () => {
  const uri = 'file:///answers/cache.md';
  const headingRange = { start: { line: 4, character: 0 }, end: { line: 4, character: 12 } };
  const evidence = { start: { line: 6, character: 3 }, end: { line: 6, character: 20 } };
  const section = (isDesign: boolean) => ({
    title: 'Read path',
    level: 2,
    headingRange,
    range: { start: headingRange.start, end: { line: 9, character: 0 } },
    isDesign,
    describesDesign: isDesign,
    structure: {
      constraint: { present: false },
      failureMode: { present: true, range: evidence, quote: 'if Redis is down' },
      mitigation: { present: false },
      newCost: { present: false },
    },
  });

  it('ends each row with "Interview me" on that section when the client has the interviewer', () => {
    const lenses = structureLenses(uri, [section(true)], true);
    assert.strictEqual(lenses.length, 5);
    assert.deepStrictEqual(lenses[4].command && { title: lenses[4].command.title, command: lenses[4].command.command, arguments: lenses[4].command.arguments }, {
      title: 'Interview me',
      command: 'tradeoff.interviewSection',
      arguments: [{ uri, line: 4 }],
    });
    assert.strictEqual(structureLenses(uri, [section(true)]).length, 4, 'other clients do not get a command they cannot run');
  });

  it('shows the checklist on a section that describes components without proposing them (describesDesign)', () => {
    const describing = { ...section(false), describesDesign: true };
    assert.equal(structureLenses(uri, [describing]).length, 4);
  });

  it('builds the four lenses of a design section and none for other sections', () => {
    const lenses = structureLenses(uri, [section(false), section(true), section(false)]);
    assert.deepStrictEqual(summary(lenses), [`4: Constraint ✗ -> ${INSERT}`, `4: Failure mode ✓ -> ${SHOW}`, `4: Mitigation ✗ -> ${INSERT}`, `4: New cost ✗ -> ${INSERT}`]);
    assert.deepStrictEqual(lenses[1].command?.arguments, [{ uri, range: evidence }]);
    assert.deepStrictEqual(lenses[2].command?.arguments, [{ uri, line: 4, title: 'Read path', part: 'mitigation' }]);
    assert.strictEqual(lenses[1].command?.tooltip, 'Failure mode: “if Redis is down” (line 7). Click to go there.');
  });

  it('accepts exactly the arguments its lenses send', () => {
    const [insert, show] = structureLenses(uri, [section(true)]);
    assert.strictEqual(isInsertStructurePartArgs(insert.command?.arguments?.[0]), true);
    assert.strictEqual(isShowStructurePartArgs(show.command?.arguments?.[0]), true);
    for (const bad of [undefined, null, 'newCost', { uri }, { uri, line: 4 }, { uri, line: 4.5, part: 'newCost' }, { uri, line: -1, part: 'newCost' }, { uri, line: 4, part: 'tradeoff' }, { uri: 7, line: 4, part: 'newCost' }]) {
      assert.strictEqual(isInsertStructurePartArgs(bad), false, JSON.stringify(bad));
    }
    for (const bad of [undefined, null, { uri }, { uri, range: null }, { range: evidence }, { uri, range: { start: { line: 'x' }, end: evidence.end } }]) {
      assert.strictEqual(isShowStructurePartArgs(bad), false, JSON.stringify(bad));
    }
  });

  it('rejects a range without characters: the client would get an invalid selection', () => {
    assert.strictEqual(isShowStructurePartArgs({ uri, range: { start: { line: 6 }, end: { line: 6 } } }), false);
  });
});
