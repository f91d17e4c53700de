// AnalysisHost: one job at a time, stale jobs skipped, and a hung, failing or dead worker replaced.
import * as assert from 'assert';
import * as path from 'path';
import { AnalysisFailedError, AnalysisHost, AnalysisTimeoutError, StaleAnalysisError } from '../../../../server/src/lsp/worker/analysisHost';

const ECHO_WORKER = path.join(__dirname, '..', '..', '..', 'fixtures', 'lsp', 'echoWorker.js');

interface Echo {
  kind: string;
  key: string;
  text: string | null;
}

describe('lsp/worker/analysisHost', function () {
  this.timeout(30000);

  let host: AnalysisHost;
  let logged: string[];
  beforeEach(() => {
    logged = [];
    host = new AnalysisHost({ workerScript: ECHO_WORKER, workerData: null, timeoutMs: 1000, log: (m) => logged.push(m) });
  });
  afterEach(() => host.dispose());

  const analyze = (text: string, key = '1|{}', isStale?: () => boolean) => host.analyze({ uri: 'file:///a.md', key }, text, {}, isStale) as unknown as Promise<Echo>;

  it('runs jobs in order on the worker', async () => {
    const results = await Promise.all([analyze('one', '1|{}'), analyze('two', '2|{}')]);
    assert.deepStrictEqual(results, [
      { kind: 'analyze', key: '1|{}', text: 'one' },
      { kind: 'analyze', key: '2|{}', text: 'two' },
    ]);
  });

  it('skips a queued job that went stale before it started', async () => {
    const first = analyze('one');
    const second = analyze('two', '2|{}', () => true);
    assert.deepStrictEqual(await first, { kind: 'analyze', key: '1|{}', text: 'one' });
    await assert.rejects(second, StaleAnalysisError);
  });

  it('replaces a worker that does not answer in time, and the next job runs on the new one', async () => {
    const hung = analyze('hang');
    const next = analyze('after');
    await assert.rejects(hung, AnalysisTimeoutError);
    assert.deepStrictEqual(await next, { kind: 'analyze', key: '1|{}', text: 'after' });
    assert.ok(logged.some((m) => /restarting the analysis worker/.test(m)));
  });

  it('reports an analysis that threw, and a worker that exited, then keeps going', async () => {
    await assert.rejects(analyze('throw'), (err: Error) => err instanceof AnalysisFailedError && err.message === 'boom');
    await assert.rejects(analyze('exit'), AnalysisFailedError);
    assert.deepStrictEqual(await analyze('fine'), { kind: 'analyze', key: '1|{}', text: 'fine' });
  });

  it('sends the text with a fixes request only when the worker does not hold that analysis', async () => {
    const a = { uri: 'file:///a.md', key: '1|{}' };
    await analyze('doc');
    const held = (await host.fixes(a, 'doc', {}, [0])) as unknown as Echo;
    assert.strictEqual(held.text, null);
    const other = (await host.fixes({ ...a, key: '2|{}' }, 'doc v2', {}, [0])) as unknown as Echo;
    assert.strictEqual(other.text, 'doc v2');
    // After a restart the new worker holds nothing: the text goes along again.
    await assert.rejects(analyze('exit'), AnalysisFailedError);
    const resent = (await host.fixes({ ...a, key: '2|{}' }, 'doc v2', {}, [0])) as unknown as Echo;
    assert.strictEqual(resent.text, 'doc v2');
  });

  it('sends the text with a sections request only when the worker does not hold that analysis', async () => {
    const a = { uri: 'file:///a.md', key: '1|{}' };
    await analyze('doc');
    const held = (await host.sections(a, 'doc', {})) as unknown as Echo;
    assert.deepStrictEqual(held, { kind: 'sections', key: '1|{}', text: null });
    const other = (await host.sections({ ...a, key: '2|{}' }, 'doc v2', {})) as unknown as Echo;
    assert.strictEqual(other.text, 'doc v2');
    // The worker now holds version 2 (it analysed it for the request): no text for it next time.
    const again = (await host.sections({ ...a, key: '2|{}' }, 'doc v2', {})) as unknown as Echo;
    assert.strictEqual(again.text, null);
  });

  it('rejects pending and new jobs once disposed', async () => {
    const pending = analyze('hang');
    host.dispose();
    await assert.rejects(pending, AnalysisFailedError);
    await assert.rejects(analyze('late'), AnalysisFailedError);
  });
});
