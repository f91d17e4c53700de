// `--answers FILE`: the candidate's answers, one block each, separated by lines that are exactly `---`.
// A block that is only `:hint`, `:skip` or `:end` is that command, as in the interactive session.
import { parseCommand, type CandidateInput } from './candidateInput';

export function splitAnswers(text: string): CandidateInput[] {
  const blocks: string[][] = [[]];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.trim() === '---') blocks.push([]);
    else blocks[blocks.length - 1].push(line);
  }
  return blocks
    .map((lines) => lines.join('\n').trim())
    .filter((answer) => answer !== '')
    .map((answer) => parseCommand(answer) ?? { kind: 'answer', text: answer });
}
