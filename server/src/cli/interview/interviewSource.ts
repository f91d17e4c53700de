// Resolves what `tradeoff interview` interviews on: a markdown file (read like `check` reads it) or a practice
// question from the bank. Problems are one-line reasons (exit code 2), never exceptions.
import * as path from 'path';
import { DEFAULT_MAX_SIZE, type AnalyzeOptions } from '../../analysis';
import { formatConfigError, loadConfigForFile } from '../../config';
import { practiceQuestion, PRACTICE_QUESTIONS } from '../../interview/questionBank';
import type { InterviewSource } from '../../interview/types';
import type { InterviewCommand } from '../args';
import { readDocument } from '../readDocument';

/** A resolved source, with the analysis options of the document's own config (none for a practice question). */
export type SourceResult = { ok: true; source: InterviewSource; analyzeOptions: AnalyzeOptions; notices: string[] } | { ok: false; error: string };

export function resolveSource(command: InterviewCommand, cwd: string): SourceResult {
  if (command.source.kind === 'practice') {
    const { questionId } = command.source;
    if (!practiceQuestion(questionId)) {
      return { ok: false, error: `unknown practice question '${questionId}' (one of: ${PRACTICE_QUESTIONS.map((q) => q.id).join(', ')})` };
    }
    return { ok: true, source: { kind: 'practice', questionId }, analyzeOptions: {}, notices: [] };
  }
  const file = command.source.path;
  const absolute = path.resolve(cwd, file);
  // The document's nearest .tradeoff.jsonc, as `check` uses it: a rule turned off there is never probed.
  const config = loadConfigForFile(absolute);
  const read = readDocument(absolute, config.options.maxSize ?? DEFAULT_MAX_SIZE);
  if (read.kind === 'error') return { ok: false, error: `${file}: ${read.reason}` };
  if (read.kind === 'skipped') return { ok: false, error: `${file}: ${read.reason}` };
  // An interview goes on with the config's valid parts; its errors are said, as the editor shows them.
  const configNotices = config.errors.map((e) => `tradeoff: config error: ${formatConfigError({ ...e, file: path.relative(cwd, e.file) || e.file })}`);
  return {
    ok: true,
    source: { kind: 'document', text: read.text, name: path.basename(file) },
    analyzeOptions: config.options,
    notices: [...configNotices, ...read.notices.map((n) => `${file}: warning: ${n}`)],
  };
}
