// The custom request tradeoff/analyze: the core's AnalysisResult for an open document.
import * as assert from 'assert';
import { analyze } from '../../../server/src/analysis';
import { buildServer } from '../../helpers/lspClient';
import { lspFixture, scratchUri, sharedClient } from './lspTestSupport';

describe('lsp: tradeoff/analyze', function () {
  this.timeout(60000);
  before(buildServer);

  const server = sharedClient({ initializationOptions: { debounceMs: 0 } });

  it('returns the same result as the core for the current text, without the parsed document', async () => {
    const uri = scratchUri();
    const text = lspFixture('twoSections.md');
    await server().open(uri, text);
    const result = await server().analyze(uri);
    assert.ok(!('doc' in result));
    assert.deepStrictEqual(result, JSON.parse(JSON.stringify(analyze(text))));

    const v2 = '# Other\n\nNothing here.\n';
    await server().replace(uri, { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, v2);
    assert.deepStrictEqual(await server().analyze(uri), JSON.parse(JSON.stringify(analyze(v2))));
  });

  it('rejects a document that is not open', async () => {
    await assert.rejects(server().analyze(scratchUri()), /not an open document/);
  });
});
