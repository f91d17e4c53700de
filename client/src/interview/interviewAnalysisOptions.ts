// The analysis options an interview on a document uses: the linter's for that document (the nearest
// .tradeoff.jsonc, then the tradeoff.* settings that name a rule, a term or a size; same precedence as the
// language server), so a rule the user turned off is never probed and their own vocabulary counts.
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../../../server/src/analysis/types';
import { loadConfigForFile } from '../../../server/src/config';
import { effectiveOptions } from '../../../server/src/lsp/analysisOptions';
import { mergeSettings, parseSettings } from '../../../server/src/lsp/settings';

export function interviewAnalysisOptions(uri: vscode.Uri | undefined): AnalyzeOptions {
  const repo = uri?.scheme === 'file' ? loadConfigForFile(uri.fsPath).options : {};
  const config = vscode.workspace.getConfiguration('tradeoff', uri);
  const settings = mergeSettings(parseSettings({ rules: config.get('rules'), vocabulary: config.get('vocabulary'), maxFileSize: config.get('maxFileSize') }));
  return effectiveOptions(repo, settings);
}
