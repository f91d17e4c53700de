// Entry point of the `tradeoff` command (bundled to dist/cli.js).
import { parseArgs, UsageError, type Command, type InterviewCommand } from './args';
import { EXIT_CLEAN, EXIT_ERROR, runCheck, type CommandOutput } from './checkCommand';
import { runInterview } from './interviewCommand';
import { listRules } from './rulesCommand';
import { USAGE } from './usage';
import { VERSION } from './version';

/** The parsed command, an interview (run asynchronously: it talks to the terminal or a model), or the output. */
function run(argv: readonly string[]): CommandOutput | InterviewCommand {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) return { stdout: '', stderr: [`tradeoff: ${err.message} (see 'tradeoff --help')`], exitCode: EXIT_ERROR };
    throw err;
  }
  switch (command.kind) {
    case 'interview':
      return command;
    case 'help':
      return { stdout: USAGE, stderr: [], exitCode: EXIT_CLEAN };
    case 'version':
      return { stdout: `${VERSION}\n`, stderr: [], exitCode: EXIT_CLEAN };
    case 'rules':
      return { stdout: listRules(command.format), stderr: [], exitCode: EXIT_CLEAN };
    case 'check':
      return runCheck(command);
  }
}

function main(): void {
  // A closed pipe (`tradeoff check . | head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  let output: CommandOutput | InterviewCommand;
  try {
    output = run(process.argv.slice(2));
  } catch (err) {
    output = internalError(err);
  }
  if ('kind' in output) {
    runInterview(output, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
      (exitCode) => {
        process.exitCode = exitCode;
      },
      (err: unknown) => {
        process.stderr.write(`${internalError(err).stderr.join('\n')}\n`);
        process.exitCode = EXIT_ERROR;
      },
    );
    return;
  }
  if (output.stderr.length) process.stderr.write(`${output.stderr.join('\n')}\n`);
  if (output.stdout) process.stdout.write(output.stdout);
  // exitCode rather than exit(): lets a large stdout write finish flushing to a pipe.
  process.exitCode = output.exitCode;
}

function internalError(err: unknown): CommandOutput {
  return { stdout: '', stderr: [`tradeoff: internal error: ${(err as Error)?.message ?? String(err)}`], exitCode: EXIT_ERROR };
}

main();
