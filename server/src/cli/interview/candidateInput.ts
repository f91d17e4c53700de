// What the candidate can send in a terminal session: an answer, or a command typed on a line of its own.

export type CandidateCommand = 'hint' | 'skip' | 'end';

export type CandidateInput = { kind: 'answer'; text: string } | { kind: 'command'; command: CandidateCommand };

const COMMANDS: readonly CandidateCommand[] = ['hint', 'skip', 'end'];

/** `:hint`, `:skip`, `:end` (case and surrounding spaces ignored), else null. */
export function parseCommand(line: string): CandidateInput | null {
  const match = /^:(\w+)$/.exec(line.trim().toLowerCase());
  const command = match && COMMANDS.find((c) => c === match[1]);
  return command ? { kind: 'command', command } : null;
}
