// Parses config text as JSONC (comments, trailing commas), keeping the syntax tree for positioned errors.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { LineIndex } from '../analysis/text/lineIndex';
import type { ConfigError } from './types';

export interface ParsedConfigText {
  /** The error-tolerant syntax tree; undefined for an empty file. */
  tree: Node | undefined;
  lines: LineIndex;
  errors: ConfigError[];
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'property name expected',
  ValueExpected: 'value expected',
  ColonExpected: 'colon expected',
  CommaExpected: 'comma expected',
  CloseBraceExpected: 'closing brace "}" expected',
  CloseBracketExpected: 'closing bracket "]" expected',
  EndOfFileExpected: 'end of file expected',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character',
};

export function parseConfigText(file: string, text: string): ParsedConfigText {
  const lines = new LineIndex(text);
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const errors = parseErrors.map((e) => errorAt(file, lines, e.offset, e.offset + e.length, `Syntax error: ${SYNTAX_MESSAGES[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}.`));
  return { tree, lines, errors };
}

/** A config error positioned on a span of the config text. */
export function errorAt(file: string, lines: LineIndex, start: number, end: number, message: string): ConfigError {
  const range = lines.rangeOf(start, end);
  return { file, message, line: range.start.line, character: range.start.character, endLine: range.end.line, endCharacter: range.end.character };
}
