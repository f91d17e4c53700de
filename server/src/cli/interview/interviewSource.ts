// Resolves what `tradeoff interview` interviews on: a markdown file (read like `check` reads it) or a practice
// question from the bank. Problems are one-line reasons (exit code 2), never exceptions.
import * as path from 'path';
import { DEFAULT_MAX_SIZE } from '../../analysis';
import { practiceQuestion, PRACTICE_QUESTIONS } from '../../interview/questionBank';
import type { InterviewSource } from '../../interview/types';
import type { InterviewCommand } from '../args';
import { readDocument } from '../readDocument';

export type SourceResult = { ok: true; source: InterviewSource; notices: string[] } | { ok: false; error: string };

export function resolveSource(command: InterviewCommand, cwd: string): SourceResult {
  if (command.source.kind === 'practice') {
    const { questionId } = command.source;
    if (!practiceQuestion(questionId)) {
      return { ok: false, error: `unknown practice question '${questionId}' (one of: ${PRACTICE_QUESTIONS.map((q) => q.id).join(', ')})` };
    }
    return { ok: true, source: { kind: 'practice', questionId }, notices: [] };
  }
  const file = command.source.path;
  const read = readDocument(path.resolve(cwd, file), DEFAULT_MAX_SIZE);
  if (read.kind === 'error') return { ok: false, error: `${file}: ${read.reason}` };
  if (read.kind === 'skipped') return { ok: false, error: `${file}: ${read.reason}` };
  return { ok: true, source: { kind: 'document', text: read.text, name: path.basename(file) }, notices: read.notices.map((n) => `${file}: warning: ${n}`) };
}
