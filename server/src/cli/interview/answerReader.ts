// Reads the candidate's input from a terminal (or a pipe) line by line: an answer ends at a line `---` or at
// two empty lines in a row; `:hint`, `:skip`, `:end` on a line of their own are commands; end of input ends.
import * as readline from 'readline';
import { parseCommand, type CandidateInput } from './candidateInput';

export type ReaderInput = CandidateInput | { kind: 'eof' };

export class AnswerReader {
  private readonly rl: readline.Interface;
  private readonly lines: string[] = [];
  private closed = false;
  private wake: (() => void) | undefined;
  /** Inputs already complete but not yet taken (an answer cut short by a command). */
  private readonly ready: ReaderInput[] = [];

  constructor(input: NodeJS.ReadableStream) {
    this.rl = readline.createInterface({ input, terminal: false, crlfDelay: Infinity });
    this.rl.on('line', (line) => {
      this.lines.push(line);
      this.notify();
    });
    this.rl.on('close', () => {
      this.closed = true;
      this.notify();
    });
  }

  /** The next answer or command; `eof` once the input has ended (Ctrl-D, end of a pipe) or after close(). */
  async next(): Promise<ReaderInput> {
    const queued = this.ready.shift();
    if (queued) return queued;
    const answer: string[] = [];
    let emptyRun = 0;
    for (;;) {
      const line = await this.nextLine();
      if (line === null) return answer.length ? { kind: 'answer', text: answer.join('\n').trim() } : { kind: 'eof' };
      const command = parseCommand(line);
      if (command) {
        if (!answer.length) return command;
        // Typed after some text: the text is the answer, then the command.
        this.ready.push(command);
        return { kind: 'answer', text: answer.join('\n').trim() };
      }
      if (line.trim() === '---') {
        if (answer.length) return { kind: 'answer', text: answer.join('\n').trim() };
        continue;
      }
      if (line.trim() === '') {
        if (!answer.length) continue; // blank lines before an answer mean nothing
        if (++emptyRun === 2) return { kind: 'answer', text: answer.join('\n').trim() };
        answer.push(line);
        continue;
      }
      emptyRun = 0;
      answer.push(line);
    }
  }

  close(): void {
    this.rl.close();
  }

  private async nextLine(): Promise<string | null> {
    while (!this.lines.length) {
      if (this.closed) return null;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    return this.lines.shift()!;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
