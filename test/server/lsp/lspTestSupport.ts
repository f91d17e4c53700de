// Shared bits of the language-server protocol tests: fixtures, URIs, and the one rule that reports today.
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, fileUri, type LspClientOptions } from '../../helpers/lspClient';

export const EC_RULE = 'eventual-consistency-unqualified';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'lsp');

export function lspFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The diagnostics of the reference rule (other rules may report on the same text later). */
export function ecOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.code === EC_RULE);
}

const created: string[] = [];

/** A fresh directory for documents and config files of one test (removed after the run). */
export function tempDir(): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'tradeoff-lsp-')));
  created.push(dir);
  return dir;
}

// A root-level hook: runs once after every suite of the run.
after(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let counter = 0;

/** A file URI of a markdown document that does not exist on disk (no config file above it). */
export function scratchUri(name = 'doc'): string {
  return fileUri(path.join(tempDir(), `${name}-${++counter}.md`));
}

/** A diagnostic's message as text (LSP 3.18 also allows markup; this server sends plain strings). */
export function messageOf(d: Diagnostic | undefined): string {
  if (!d) return '';
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** One server for the whole suite: started before its tests, stopped after them. Call inside `describe`. */
export function sharedClient(options: LspClientOptions): () => LspTestClient {
  let client: LspTestClient | undefined;
  before(async () => {
    client = await LspTestClient.start(options);
  });
  after(async () => {
    await client?.stop();
  });
  return () => {
    if (!client) throw new Error('the language server has not started');
    return client;
  };
}
