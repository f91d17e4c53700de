// The lenses' server commands over the real protocol: tradeoff.insertStructurePart edits through
// workspace/applyEdit and then selects the placeholder with window/showDocument; tradeoff.showStructurePart
// only selects; anything stale or malformed changes nothing and says why.
import * as assert from 'assert';
import { ErrorCodes, MessageType, ResponseError, type CodeLens, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { insertStructurePart, showStructurePart, type StructureCommandContext } from '../../../server/src/lsp/structureCommands';
import { INSERT_STRUCTURE_PART_COMMAND, SHOW_STRUCTURE_PART_COMMAND } from '../../../server/src/lsp/protocolNames';
import { readFixture } from '../../helpers/ruleHarness';
import { LspTestClient, applyEdits, buildServer, editsFor } from '../../helpers/lspClient';
import { scratchUri, sharedClient } from './lspTestSupport';

const lens = (name: string) => readFixture(`lens/${name}`);

const MISUNDERSTOOD = 'Tradeoff: the structure lens sent arguments this server does not understand; nothing was changed.';
const MOVED = 'Tradeoff: that section moved while the lens was showing; click the updated lens to add the part.';
const CLOSED = 'Tradeoff: the document of that lens is no longer open; nothing was changed.';

const lensTitled = (lenses: CodeLens[], title: string, line?: number) => {
  const found = lenses.find((l) => l.command?.title === title && (line === undefined || l.range.start.line === line));
  assert.ok(found, `a "${title}" lens in ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
  return found.command!;
};

/** What the client saw while one command ran: the edits, the selections and the messages it was sent. */
async function run(client: LspTestClient, command: string, args: unknown[] | undefined) {
  const edits = client.applyEditRequests.length;
  const shows = client.showDocumentRequests.length;
  const order = client.editorRequests.length;
  const messages = client.shownMessages.length;
  const result = await client.executeCommand(command, args);
  await client.roundTrip();
  return {
    result,
    applyEdits: client.applyEditRequests.slice(edits),
    showDocuments: client.showDocumentRequests.slice(shows),
    order: client.editorRequests.slice(order),
    messages: client.shownMessages.slice(messages).map((m) => ({ type: m.type, message: m.message })),
  };
}

describe('lsp: structure lens commands', function () {
  this.timeout(60000);
  before(buildServer);

  const server = sharedClient({ initializationOptions: { debounceMs: 0 }, capabilities: { window: { showDocument: { support: true } } } });

  // The client answers applyEdit like an editor: it applies the edit (didChange) before it answers.
  let documentText = new Map<string, string>();
  beforeEach(() => {
    documentText = new Map();
    server().answerApplyEdit = async (params) => {
      for (const [uri, text] of documentText) {
        const edits = editsFor(params.edit, uri);
        if (edits.length === 0) continue;
        documentText.set(uri, applyEdits(text, edits));
        await server().change(uri, [...edits].reverse().map((e) => ({ range: e.range, text: e.newText })));
      }
      return { applied: true };
    };
    server().answerShowDocument = () => ({ success: true });
  });

  async function open(fixture: string, text = lens(fixture)): Promise<string> {
    const uri = scratchUri('answer');
    await server().open(uri, text);
    documentText.set(uri, text);
    return uri;
  }

  it('insertStructurePart: one versioned edit adding the line, then the placeholder selected', async () => {
    const uri = await open('prose.md');
    const command = lensTitled(await server().codeLenses(uri), 'New cost ✗');
    const seen = await run(server(), command.command, command.arguments);

    assert.strictEqual(seen.result, true);
    assert.deepStrictEqual(seen.order, ['workspace/applyEdit', 'window/showDocument']);
    assert.deepStrictEqual(seen.applyEdits, [
      {
        label: 'Add new cost',
        edit: {
          documentChanges: [
            {
              textDocument: { uri, version: 1 },
              edits: [{ range: { start: { line: 8, character: 97 }, end: { line: 8, character: 97 } }, newText: '\n\n**New cost:** ...' }],
            },
          ],
        },
      },
    ]);
    assert.deepStrictEqual(seen.showDocuments, [{ uri, selection: { start: { line: 10, character: 14 }, end: { line: 10, character: 17 } }, takeFocus: true }]);
    assert.deepStrictEqual(seen.messages, []);
    const text = documentText.get(uri)!;
    assert.strictEqual(TextDocument.create(uri, 'markdown', 2, text).getText(seen.showDocuments[0].selection!), '...');
  });

  it('the scaffold keeps the lens ✗; a second click selects the same line instead of adding another', async () => {
    const uri = await open('prose.md');
    const first = await run(server(), INSERT_STRUCTURE_PART_COMMAND, [{ uri, line: 2, part: 'newCost' }]);
    assert.strictEqual(first.applyEdits.length, 1);

    const lenses = await server().codeLenses(uri);
    const command = lensTitled(lenses, 'New cost ✗');
    assert.deepStrictEqual(command.arguments, [{ uri, line: 2, title: 'Redirect path', part: 'newCost' }]);
    const analysis = await server().analyze(uri);
    assert.deepStrictEqual(analysis.sections.find((s) => s.title === 'Redirect path')?.structure.newCost, { present: false });

    const second = await run(server(), command.command, command.arguments);
    assert.strictEqual(second.result, true);
    assert.deepStrictEqual(second.applyEdits, []);
    assert.deepStrictEqual(second.showDocuments, first.showDocuments);
    assert.strictEqual(documentText.get(uri)!.split('**New cost:**').length, 2, 'one scaffold line');
  });

  it('once the placeholder is answered, the lens turns ✓ and goes to the answer', async () => {
    const uri = await open('trailing-code.md');
    const inserted = await run(server(), INSERT_STRUCTURE_PART_COMMAND, [{ uri, line: 2, part: 'failureMode' }]);
    const placeholder = inserted.showDocuments[0].selection!;
    assert.deepStrictEqual(placeholder, { start: { line: 14, character: 18 }, end: { line: 14, character: 21 } });
    await server().replace(uri, placeholder, 'if Redis is slow or unreachable, every API call waits on the limiter.');

    const command = lensTitled(await server().codeLenses(uri), 'Failure mode ✓');
    const evidence = { start: { line: 14, character: 2 }, end: { line: 14, character: 87 } };
    assert.deepStrictEqual(command.arguments, [{ uri, range: evidence }]);
    const shown = await run(server(), command.command, command.arguments);
    assert.strictEqual(shown.result, true);
    assert.deepStrictEqual(shown.applyEdits, []);
    assert.deepStrictEqual(shown.showDocuments, [{ uri, selection: evidence, takeFocus: true }]);
  });

  it('adds to the right section of several: the subsection’s own text', async () => {
    const uri = await open('subsections.md');
    const command = lensTitled(await server().codeLenses(uri), 'New cost ✗', 9);
    const seen = await run(server(), command.command, command.arguments);
    assert.deepStrictEqual(editsFor(seen.applyEdits[0].edit, uri), [
      { range: { start: { line: 12, character: 64 }, end: { line: 12, character: 64 } }, newText: '\n\n**New cost:** ...' },
    ]);
    assert.deepStrictEqual(documentText.get(uri)!.split('\n').slice(12, 17), [
      'them out, so one celebrity post does not queue a million writes.',
      '',
      '**New cost:** ...',
      '',
      '### Ranking',
    ]);
  });

  it('keeps CRLF line breaks in a CRLF document', async () => {
    const uri = await open('heading-only.md', lens('heading-only.md').replace(/\n/g, '\r\n'));
    const seen = await run(server(), INSERT_STRUCTURE_PART_COMMAND, [{ uri, line: 2, part: 'newCost' }]);
    assert.deepStrictEqual(editsFor(seen.applyEdits[0].edit, uri), [
      { range: { start: { line: 6, character: 92 }, end: { line: 6, character: 92 } }, newText: '\r\n\r\n**New cost:** ...' },
    ]);
  });

  it('names the version the edit was computed for, after edits', async () => {
    const uri = await open('prose.md');
    await server().insert(uri, { line: 1, character: 0 }, '\nDraft for the design review on Thursday.\n');
    const seen = await run(server(), INSERT_STRUCTURE_PART_COMMAND, [{ uri, line: 4, part: 'newCost' }]);
    const change = seen.applyEdits[0].edit.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change);
    assert.deepStrictEqual(change.textDocument, { uri, version: 2 });
    assert.deepStrictEqual(change.edits, [{ range: { start: { line: 10, character: 97 }, end: { line: 10, character: 97 } }, newText: '\n\n**New cost:** ...' }]);
  });

  it('a stale lens whose line now starts a different section warns and edits nothing', async () => {
    const uri = await open('prose.md');
    const command = lensTitled(await server().codeLenses(uri), 'New cost ✗');
    // Another section's heading now sits on the lens's line.
    await server().insert(uri, { line: 2, character: 0 }, '## Capacity planning\n\nWe size for 3x the launch peak.\n\n');
    const seen = await run(server(), command.command, command.arguments);
    assert.strictEqual(seen.result, false);
    assert.deepStrictEqual(seen.order, []);
    assert.deepStrictEqual(seen.messages, [{ type: MessageType.Warning, message: MOVED }]);
  });

  it('a stale lens (its line is no longer a section start) warns and edits nothing', async () => {
    const uri = await open('prose.md');
    const command = lensTitled(await server().codeLenses(uri), 'New cost ✗');
    // Two lines added above the heading before the click: line 2 is now the new paragraph.
    await server().insert(uri, { line: 1, character: 0 }, '\nDraft for the design review on Thursday.\n');
    const seen = await run(server(), command.command, command.arguments);
    assert.strictEqual(seen.result, false);
    assert.deepStrictEqual(seen.order, []);
    assert.deepStrictEqual(seen.messages, [{ type: MessageType.Warning, message: MOVED }]);
  });

  it('a lens line inside a section (not its heading) is stale too', async () => {
    const uri = await open('prose.md');
    const seen = await run(server(), INSERT_STRUCTURE_PART_COMMAND, [{ uri, line: 4, part: 'constraint' }]);
    assert.strictEqual(seen.result, false);
    assert.deepStrictEqual(seen.order, []);
    assert.deepStrictEqual(seen.messages, [{ type: MessageType.Warning, message: MOVED }]);
  });

  it('a document that is no longer open warns and edits nothing', async () => {
    const uri = await open('prose.md');
    await server().close(uri);
    const seen = await run(server(), INSERT_STRUCTURE_PART_COMMAND, [{ uri, line: 2, part: 'newCost' }]);
    assert.strictEqual(seen.result, false);
    assert.deepStrictEqual(seen.order, []);
    assert.deepStrictEqual(seen.messages, [{ type: MessageType.Warning, message: CLOSED }]);
  });

  it('malformed arguments are rejected with a warning, nothing edited', async () => {
    const uri = await open('prose.md');
    const malformed: (unknown[] | undefined)[] = [
      undefined,
      [],
      [null],
      ['newCost'],
      [{ uri, line: '2', part: 'newCost' }],
      [{ uri, line: 2, part: 'tradeoff' }],
      [{ uri, line: -1, part: 'newCost' }],
      [{ uri, line: 2.5, part: 'newCost' }],
      [{ line: 2, part: 'newCost' }],
    ];
    for (const args of malformed) {
      const seen = await run(server(), INSERT_STRUCTURE_PART_COMMAND, args);
      assert.strictEqual(seen.result, false, JSON.stringify(args));
      assert.deepStrictEqual(seen.order, [], JSON.stringify(args));
      assert.deepStrictEqual(seen.messages, [{ type: MessageType.Warning, message: MISUNDERSTOOD }], JSON.stringify(args));
    }
    assert.strictEqual(server().version(uri), 1);
  });

  it('an edit the client refuses is reported, and the cursor is not moved', async () => {
    const uri = await open('prose.md');
    server().answerApplyEdit = () => ({ applied: false, failureReason: 'the file is read-only' });
    const seen = await run(server(), INSERT_STRUCTURE_PART_COMMAND, [{ uri, line: 2, part: 'newCost' }]);
    assert.strictEqual(seen.result, false);
    assert.deepStrictEqual(seen.order, ['workspace/applyEdit']);
    assert.deepStrictEqual(seen.messages, [{ type: MessageType.Warning, message: 'Tradeoff could not add the new cost line: the file is read-only.' }]);
  });

  it('a client that cannot show the document still gets the edit, and the command succeeds', async () => {
    const uri = await open('prose.md');
    server().answerShowDocument = () => {
      throw new ResponseError(ErrorCodes.MethodNotFound, 'window/showDocument is not supported');
    };
    const seen = await run(server(), INSERT_STRUCTURE_PART_COMMAND, [{ uri, line: 2, part: 'newCost' }]);
    assert.strictEqual(seen.result, true);
    assert.deepStrictEqual(seen.order, ['workspace/applyEdit', 'window/showDocument']);
    assert.deepStrictEqual(seen.messages, []);
    assert.ok(documentText.get(uri)!.includes('\n\n**New cost:** ...\n'));
  });

  it('showStructurePart: selects the evidence range, edits nothing', async () => {
    const uri = await open('prose.md');
    const command = lensTitled(await server().codeLenses(uri), 'Constraint ✓');
    const seen = await run(server(), command.command, command.arguments);
    assert.strictEqual(seen.result, true);
    assert.deepStrictEqual(seen.order, ['window/showDocument']);
    assert.deepStrictEqual(seen.showDocuments, [
      { uri, selection: { start: { line: 4, character: 22 }, end: { line: 4, character: 49 } }, takeFocus: true },
    ]);
  });

  it('showStructurePart: malformed arguments are rejected with a warning', async () => {
    const uri = await open('prose.md');
    for (const args of [undefined, [null], [{ uri }], [{ uri, range: 'line 4' }], [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } } }]]) {
      const seen = await run(server(), SHOW_STRUCTURE_PART_COMMAND, args);
      assert.strictEqual(seen.result, false, JSON.stringify(args));
      assert.deepStrictEqual(seen.order, [], JSON.stringify(args));
      assert.deepStrictEqual(seen.messages, [{ type: MessageType.Warning, message: 'Tradeoff: the structure lens sent arguments this server does not understand.' }]);
    }
  });

  it('an unknown command is an error response', async () => {
    await assert.rejects(server().executeCommand('tradeoff.addEverything', [{}]), (err: ResponseError<unknown>) => {
      assert.strictEqual(err.code, ErrorCodes.InvalidParams);
      assert.strictEqual(err.message, 'Unknown command tradeoff.addEverything');
      return true;
    });
    assert.ok(server().isRunning);
  });
});

describe('lsp: structure lens commands for a client without documentChanges', function () {
  this.timeout(60000);
  before(buildServer);

  const server = sharedClient({ initializationOptions: { debounceMs: 0 }, capabilities: { workspace: { workspaceEdit: { documentChanges: false } } } });

  it('sends the edit as plain changes', async () => {
    const uri = scratchUri('answer');
    await server().open(uri, lens('trailing-list.md'));
    const seen = await run(server(), INSERT_STRUCTURE_PART_COMMAND, [{ uri, line: 2, part: 'newCost' }]);
    assert.strictEqual(seen.result, true);
    assert.deepStrictEqual(seen.applyEdits, [
      {
        label: 'Add new cost',
        edit: { changes: { [uri]: [{ range: { start: { line: 10, character: 21 }, end: { line: 10, character: 21 } }, newText: '\n\n**New cost:** ...' }] } },
      },
    ]);
  });
});

describe('lsp/structureCommands with a stand-in client', () => {
  const uri = 'file:///answers/limiter.md';

  function context(text: string, overrides: Partial<StructureCommandContext> = {}) {
    const calls: { applied: TextEdit[][]; shown: unknown[]; warnings: string[] } = { applied: [], shown: [], warnings: [] };
    const ctx: StructureCommandContext = {
      document: (u) => (u === uri ? TextDocument.create(uri, 'markdown', 7, text) : undefined),
      applyEdit: async (params) => {
        calls.applied.push(editsFor(params.edit, uri));
        return { applied: true };
      },
      showDocument: async (params) => calls.shown.push(params),
      warn: (message) => calls.warnings.push(message),
      documentChanges: true,
      ...overrides,
    };
    return { ctx, calls };
  }

  it('adds the mitigation with its full label and selects the placeholder', async () => {
    const { ctx, calls } = context(lens('trailing-code.md'));
    assert.strictEqual(await insertStructurePart(ctx, { uri, line: 2, part: 'mitigation' }), true);
    assert.deepStrictEqual(calls.applied, [[{ range: { start: { line: 12, character: 3 }, end: { line: 12, character: 3 } }, newText: '\n\n**Primary mitigation:** ...' }]]);
    assert.deepStrictEqual(calls.shown, [{ uri, selection: { start: { line: 14, character: 24 }, end: { line: 14, character: 27 } }, takeFocus: true }]);
    assert.deepStrictEqual(calls.warnings, []);
  });

  it('a refused edit without a reason still says what failed', async () => {
    const { ctx, calls } = context(lens('trailing-code.md'), { applyEdit: async () => ({ applied: false }) });
    assert.strictEqual(await insertStructurePart(ctx, { uri, line: 2, part: 'constraint' }), false);
    assert.deepStrictEqual(calls.warnings, ['Tradeoff could not add the constraint line.']);
    assert.deepStrictEqual(calls.shown, []);
  });

  it('showStructurePart passes the range through unchanged', async () => {
    const { ctx, calls } = context('');
    const range = { start: { line: 3, character: 4 }, end: { line: 3, character: 9 } };
    assert.strictEqual(await showStructurePart(ctx, { uri, range }), true);
    assert.deepStrictEqual(calls.shown, [{ uri, selection: range, takeFocus: true }]);
  });
});
