// Entry point of the `tradeoff` command (bundled to dist/cli.js).
import { parseArgs, UsageError, type Command } from './args';
import { EXIT_CLEAN, EXIT_ERROR, runCheck, type CommandOutput } from './checkCommand';
import { listRules } from './rulesCommand';
import { USAGE } from './usage';
import { VERSION } from './version';

function run(argv: readonly string[]): CommandOutput {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) return { stdout: '', stderr: [`tradeoff: ${err.message} (see 'tradeoff --help')`], exitCode: EXIT_ERROR };
    throw err;
  }
  switch (command.kind) {
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
  let output: CommandOutput;
  try {
    output = run(process.argv.slice(2));
  } catch (err) {
    output = { stdout: '', stderr: [`tradeoff: internal error: ${(err as Error)?.message ?? String(err)}`], exitCode: EXIT_ERROR };
  }
  if (output.stderr.length) process.stderr.write(`${output.stderr.join('\n')}\n`);
  if (output.stdout) process.stdout.write(output.stdout);
  // exitCode rather than exit(): lets a large stdout write finish flushing to a pipe.
  process.exitCode = output.exitCode;
}

main();
