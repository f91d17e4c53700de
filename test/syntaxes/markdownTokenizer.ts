// Tokenizes markdown as VS Code does: the real markdown grammar as host, with the Tradeoff structure grammar
// injected into it the way package.json's `injectTo` does, on the oniguruma build VS Code uses.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';

const ROOT = path.resolve(__dirname, '../..');
export const INJECTION_PATH = path.join(ROOT, 'syntaxes/tradeoff-structure.injection.tmLanguage.json');
const MARKDOWN_PATH = path.join(ROOT, 'test/fixtures/grammars/markdown.tmLanguage.json');
const ONIG_WASM = path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm');

export const MARKDOWN_SCOPE = 'text.html.markdown';
export const INJECTION_SCOPE: string = JSON.parse(fs.readFileSync(INJECTION_PATH, 'utf8')).scopeName;

export interface Token {
  /** 0-based line and UTF-16 start column of the token. */
  line: number;
  start: number;
  text: string;
  scopes: string[];
}

// loadWASM may run once per process: every caller shares one load.
let onig: Promise<void> | undefined;

function loadOniguruma(): Promise<void> {
  onig ??= loadWASM(fs.readFileSync(ONIG_WASM).buffer as ArrayBuffer);
  return onig;
}

/** The markdown grammar, with the injection when `inject` (else markdown alone, as without the extension). */
export async function loadMarkdownGrammar(inject = true): Promise<IGrammar> {
  await loadOniguruma();
  const files: Record<string, string> = { [MARKDOWN_SCOPE]: MARKDOWN_PATH, [INJECTION_SCOPE]: INJECTION_PATH };
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    // Embedded languages (html, yaml, fenced code languages) are not loaded: the rules that include them still scope their text.
    loadGrammar: async (scopeName) => (files[scopeName] ? parseRawGrammar(fs.readFileSync(files[scopeName], 'utf8'), files[scopeName]) : null),
    getInjections: (scopeName) => (inject && scopeName === MARKDOWN_SCOPE ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar(MARKDOWN_SCOPE);
  if (!grammar) throw new Error('markdown grammar did not load');
  return grammar;
}

export function tokenize(grammar: IGrammar, markdown: string): Token[] {
  const out: Token[] = [];
  let state: StateStack = INITIAL;
  markdown.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const t of result.tokens) out.push({ line, start: t.startIndex, text: lineText.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = result.ruleStack;
  });
  return out;
}
