// Hover, code actions and tradeoff/analyze, answered from the analysis of the document's current version.
import { CodeActionKind, ErrorCodes, ResponseError, type CodeAction, type CodeActionParams, type CodeLens, type CodeLensParams, type Hover, type HoverParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { AnalysisResult, TextEdit } from '../analysis/types';
import { FIX_ALL_KIND, findingsOfDiagnostics, fixAllAction, quickFixActions, wantsKind } from './codeActions';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { DocumentAnalysis, DocumentAnalyzer } from './documentAnalyzer';
import { hoverFor } from './hover';
import { structureLenses } from './codeLens';
import type { AnalyzeParams } from './protocol';

export interface RequestContext {
  analyzer: DocumentAnalyzer;
  isMarkdown(uri: string): boolean;
  /** Whether the client takes versioned documentChanges in a WorkspaceEdit. */
  documentChanges: boolean;
  /** Whether the client has the interviewer's "Interview me on this section" command. */
  interviewLens?: boolean;
}

export async function provideHover(ctx: RequestContext, params: HoverParams): Promise<Hover | null> {
  const shown = await shownAnalysis(ctx, params.textDocument.uri);
  return shown ? hoverFor(shown.findings, params.position) : null;
}

export async function provideCodeActions(ctx: RequestContext, params: CodeActionParams): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const wantQuickFix = wantsKind(only, CodeActionKind.QuickFix);
  const wantFixAll = wantsKind(only, FIX_ALL_KIND);
  const ours = params.context.diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE);
  if (!wantFixAll && !(wantQuickFix && ours)) return [];
  const shown = await shownAnalysis(ctx, uri);
  if (!shown) return [];
  const { analysis, findings } = shown;
  const edit = (edits: TextEdit[]): WorkspaceEdit =>
    ctx.documentChanges ? { documentChanges: [{ textDocument: { uri, version: analysis.version }, edits }] } : { changes: { [uri]: edits } };
  const actions: CodeAction[] = [];
  if (wantQuickFix) {
    const matches = findingsOfDiagnostics(findings, params.context.diagnostics);
    actions.push(...quickFixActions(matches, await ctx.analyzer.fixes(analysis, matches.map((m) => m.index)), edit));
  }
  if (wantFixAll) {
    const all = await ctx.analyzer.fixes(analysis, findings.map((_, i) => i));
    const fixAll = fixAllAction(all, edit);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** The structure checklist of each design section, when the document shows findings and lenses are on. */
export async function provideCodeLenses(ctx: RequestContext, params: CodeLensParams): Promise<CodeLens[]> {
  const uri = params.textDocument.uri;
  const shown = await shownAnalysis(ctx, uri);
  if (!shown || !shown.analysis.context.settings.codeLens) return [];
  const result = await ctx.analyzer.result(shown.analysis);
  return structureLenses(uri, result.sections, ctx.interviewLens);
}

/** tradeoff/analyze answers even when diagnostics are off for the document: it is an explicit request. */
export async function provideAnalysis(ctx: RequestContext, params: AnalyzeParams): Promise<AnalysisResult> {
  const analysis = typeof params?.uri === 'string' ? await ctx.analyzer.current(params.uri) : null;
  if (!analysis) throw new ResponseError(ErrorCodes.InvalidParams, `tradeoff/analyze: ${params?.uri} is not an open document.`);
  return ctx.analyzer.result(analysis);
}

/** The current analysis when the document shows findings (markdown, enabled, not ignored, analysed). */
async function shownAnalysis(ctx: RequestContext, uri: string): Promise<{ analysis: DocumentAnalysis; findings: AnalysisResult['findings'] } | null> {
  if (!ctx.isMarkdown(uri)) return null;
  const analysis = await ctx.analyzer.current(uri);
  if (!analysis || analysis.context.silent || !analysis.outcome.ok) return null;
  return { analysis, findings: analysis.outcome.result.findings };
}
