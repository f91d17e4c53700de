// Code actions: the core's quick fixes per diagnostic, and source.fixAll.tradeoff for the whole document.
import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { Finding } from '../../../server/src/analysis/types';
import { findingsOfDiagnostics, wantsKind } from '../../../server/src/lsp/codeActions';
import { applyEdits, buildServer, editsFor } from '../../helpers/lspClient';
import { EC_RULE, ecOf, lspFixture, scratchUri, sharedClient } from './lspTestSupport';

describe('lsp: code actions', function () {
  this.timeout(60000);
  before(buildServer);

  const server = sharedClient({ initializationOptions: { debounceMs: 0 } });

  async function openWithFindings(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = scratchUri();
    await server().open(uri, text);
    return { uri, diagnostics: ecOf((await server().diagnosticsForVersion(uri, 1)).diagnostics) };
  }

  it('offers the rule scaffold (preferred) and the two disable fixes, each tied to its diagnostic', async () => {
    const text = lspFixture('eventual.md');
    const { uri, diagnostics } = await openWithFindings(text);
    const [d] = diagnostics;
    const actions = await server().codeActions(uri, d.range, [d]);
    assert.deepStrictEqual(
      actions.map((a) => [a.kind, a.title.startsWith('Disable') ? a.title : 'scaffold', a.isPreferred === true]),
      [
        ['quickfix', 'scaffold', true],
        ['quickfix', `Disable ${EC_RULE} for this line`, false],
        ['quickfix', `Disable ${EC_RULE} for this file`, false],
      ],
    );
    for (const a of actions) assert.deepStrictEqual(a.diagnostics, [d]);

    // Each fix, applied, does what it says.
    const scaffolded = applyEdits(text, editsFor(actions[0].edit, uri));
    assert.ok(scaffolded.startsWith(text.trimEnd()), 'the scaffold is inserted after the paragraph');
    assert.match(scaffolded.slice(text.trimEnd().length), /\.\.\./);
    const lineDisabled = applyEdits(text, editsFor(actions[1].edit, uri)).split('\n');
    assert.strictEqual(lineDisabled[2], `<!-- tradeoff-disable-next-line ${EC_RULE} -->`);
    const fileDisabled = applyEdits(text, editsFor(actions[2].edit, uri));
    assert.ok(fileDisabled.startsWith(`<!-- tradeoff-disable-file ${EC_RULE} -->`));
  });

  it('names the document version the edits were computed for', async () => {
    const { uri, diagnostics } = await openWithFindings(lspFixture('eventual.md'));
    const [action] = await server().codeActions(uri, diagnostics[0].range, diagnostics);
    const change = action.edit?.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change);
    assert.deepStrictEqual(change.textDocument, { uri, version: 1 });
  });

  it('applying the line-disable fix clears the finding', async () => {
    const text = lspFixture('eventual.md');
    const { uri, diagnostics } = await openWithFindings(text);
    const actions = await server().codeActions(uri, diagnostics[0].range, diagnostics);
    const disable = actions.find((a) => a.title.includes('for this line'))!;
    const version = await server().change(uri, editsFor(disable.edit, uri).map((e) => ({ range: e.range, text: e.newText })));
    assert.deepStrictEqual(ecOf((await server().diagnosticsForVersion(uri, version)).diagnostics), []);
  });

  it('source.fixAll.tradeoff applies every preferred fix at once, in document order, without overlaps', async () => {
    const text = lspFixture('twoSections.md');
    const { uri, diagnostics } = await openWithFindings(text);
    assert.strictEqual(diagnostics.length, 2, server().report());
    const actions = await server().codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.strictEqual(actions.length, 1);
    const [fixAll] = actions;
    assert.strictEqual(fixAll.kind, 'source.fixAll.tradeoff');
    assert.strictEqual(fixAll.diagnostics, undefined);

    const edits = editsFor(fixAll.edit, uri);
    // Both scaffolds of the reference rule are in (other rules may add theirs), and no disable comment.
    const quick = await Promise.all(diagnostics.map((d) => server().codeActions(uri, d.range, [d])));
    const scaffolds = quick.flatMap((list) => editsFor(list.find((a) => a.isPreferred)?.edit, uri));
    assert.strictEqual(scaffolds.length, 2);
    for (const s of scaffolds) assert.ok(edits.some((e) => JSON.stringify(e) === JSON.stringify(s)), 'the scaffold is part of fixAll');
    assert.ok(edits.every((e) => !e.newText.includes('tradeoff-disable')));
    // In document order, and no edit overlaps the next.
    const pos = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
    for (let i = 1; i < edits.length; i++) assert.ok(pos(edits[i - 1].range.end) <= pos(edits[i].range.start), 'sorted, non-overlapping');

    const fixed = applyEdits(text, edits);
    const search = fixed.indexOf('## Search');
    assert.ok(fixed.indexOf('What users see') < search && fixed.lastIndexOf('What users see') > search, 'one scaffold in each section');
  });

  it('offers fixAll only when asked for source actions, and quick fixes only for our diagnostics', async () => {
    const { uri, diagnostics } = await openWithFindings(lspFixture('eventual.md'));
    const plain = await server().codeActions(uri, diagnostics[0].range, diagnostics);
    assert.ok(plain.every((a) => a.kind === 'quickfix'));
    const foreign: Diagnostic = { ...diagnostics[0], source: 'markdownlint', code: 'MD001' };
    assert.deepStrictEqual(await server().codeActions(uri, diagnostics[0].range, [foreign]), []);
    const onlySource = await server().codeActions(uri, diagnostics[0].range, diagnostics, ['source']);
    assert.deepStrictEqual(onlySource.map((a) => a.kind), ['source.fixAll.tradeoff']);
  });

  it('offers no fixAll for a document without findings', async () => {
    const uri = scratchUri();
    await server().open(uri, '# Notes\n\nNothing to see here.\n');
    await server().diagnosticsForVersion(uri, 1);
    const actions = await server().codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.tradeoff']);
    assert.deepStrictEqual(actions.filter((a) => a.kind === 'source.fixAll.tradeoff'), []);
  });
});

describe('lsp/codeActions helpers', () => {
  it('wantsKind: quick fixes by default, source actions only when asked for', () => {
    assert.ok(wantsKind(undefined, 'quickfix'));
    assert.ok(!wantsKind(undefined, 'source.fixAll.tradeoff'));
    assert.ok(wantsKind(['source'], 'source.fixAll.tradeoff'));
    assert.ok(wantsKind(['source.fixAll'], 'source.fixAll.tradeoff'));
    assert.ok(!wantsKind(['source.fixAll'], 'quickfix'));
    assert.ok(!wantsKind(['source.fix'], 'source.fixAll.tradeoff'), 'a kind prefix is whole dotted parts');
  });

  const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
  const finding = (rule: string, line: number, from: number, to: number): Finding => ({
    rule,
    severity: 'warning',
    message: 'm',
    range: range(line, from, to),
    data: { start: 0, end: 0 },
  });
  const diagnostic = (code: string, line: number, from: number, to: number, source = 'tradeoff'): Diagnostic => ({ source, code, message: 'm', range: range(line, from, to) });

  it('findingsOfDiagnostics: exact range first, else an overlapping finding of the same rule; ours only', () => {
    const findings = [finding('a', 1, 0, 5), finding('a', 1, 3, 9), finding('b', 2, 0, 4)];
    assert.deepStrictEqual(
      findingsOfDiagnostics(findings, [diagnostic('a', 1, 3, 9), diagnostic('b', 2, 1, 2), diagnostic('a', 7, 0, 1), diagnostic('b', 2, 0, 4, 'other')]).map((m) => m.index),
      [1, 2],
    );
  });
});
