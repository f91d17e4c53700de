// Settings apply without a reload: severity overrides, disabled rules, the master switch, and a rule named in
// `tradeoff.rules` replacing the repo config's entry for it (the workspace's .tradeoff.jsonc turns
// missing-rollout-path off).
import * as assert from 'assert';
import expected from '../fixtures/expected/notification-service.json';
import { rulesOf, waitForDiagnostics, type PlainDiagnostic } from './diagnostics';
import type { ExpectedDiagnostics } from './expectedDiagnostics';
import { openInEditor, setTradeoffSetting, workspaceUri } from './workspace';

const fixture = expected as ExpectedDiagnostics;
const QUEUE = 'queue-without-failure-semantics';
const EVENTUAL = 'eventual-consistency-unqualified';
const ROLLOUT = 'missing-rollout-path';

describe('settings take effect without reload', () => {
  const uri = workspaceUri(fixture.document);
  const baseline = fixture.diagnostics;
  const atBaseline = (list: PlainDiagnostic[]) =>
    list.length === baseline.length && list.every((d) => baseline.some((b) => b.rule === d.rule && b.severity === d.severity && b.range.start.line === d.range.start.line));

  before(async () => {
    assert.ok(rulesOf(baseline).includes(QUEUE) && rulesOf(baseline).includes(EVENTUAL), 'the fixture should have queue and eventual-consistency findings');
    assert.ok(!rulesOf(baseline).includes(ROLLOUT), `the workspace's .tradeoff.jsonc should turn ${ROLLOUT} off`);
    await openInEditor(uri);
    await waitForDiagnostics(uri, atBaseline, 'the baseline diagnostics');
  });

  afterEach(async () => {
    await setTradeoffSetting('rules', undefined);
    await setTradeoffSetting('enable', undefined);
    await waitForDiagnostics(uri, atBaseline, 'the baseline diagnostics after restoring the settings');
  });

  it('a severity in tradeoff.rules changes the diagnostic severity', async () => {
    await setTradeoffSetting('rules', { [QUEUE]: 'error' });
    const list = await waitForDiagnostics(uri, (l) => l.some((d) => d.rule === QUEUE && d.severity === 'error'), `${QUEUE} as an error`);
    assert.strictEqual(list.length, baseline.length);
    for (const d of list.filter((x) => x.rule !== QUEUE)) {
      assert.strictEqual(d.severity, baseline.find((b) => b.rule === d.rule)!.severity, `${d.rule} changed severity too`);
    }
  });

  it('"off" in tradeoff.rules removes that rule\'s diagnostics and keeps the others', async () => {
    await setTradeoffSetting('rules', { [EVENTUAL]: 'off' });
    const list = await waitForDiagnostics(uri, (l) => !l.some((d) => d.rule === EVENTUAL) && l.length > 0, `no ${EVENTUAL} diagnostics`);
    assert.deepStrictEqual(rulesOf(list).sort(), rulesOf(baseline).filter((r) => r !== EVENTUAL).sort());
  });

  it('a rule named in tradeoff.rules wins over the repo config that turns it off', async () => {
    await setTradeoffSetting('rules', { [ROLLOUT]: 'information' });
    const list = await waitForDiagnostics(uri, (l) => l.some((d) => d.rule === ROLLOUT), `a ${ROLLOUT} diagnostic`);
    assert.strictEqual(list.find((d) => d.rule === ROLLOUT)!.severity, 'information');
  });

  it('tradeoff.enable=false clears every diagnostic, and true brings them back', async () => {
    await setTradeoffSetting('enable', false);
    await waitForDiagnostics(uri, (l) => l.length === 0, 'no Tradeoff diagnostics');
    await setTradeoffSetting('enable', true);
    await waitForDiagnostics(uri, atBaseline, 'the diagnostics to come back');
  });
});
