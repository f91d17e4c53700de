// Parses the command line into a command; anything malformed is a UsageError (exit code 2).

export type OutputFormat = 'text' | 'json' | 'sarif';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'rules'; format: 'text' | 'json' }
  | { kind: 'check'; format: OutputFormat; configFile: string | null; paths: string[] };

export class UsageError extends Error {}

const FORMATS: Record<'check' | 'rules', readonly string[]> = {
  check: ['text', 'json', 'sarif'],
  rules: ['text', 'json'],
};

export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  let format: string | undefined;
  let configFile: string | null = null;
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`option ${name} needs a value`);
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        help = true;
        break;
      case '-v':
      case '--version':
        version = true;
        break;
      case '-f':
      case '--format':
        format = value();
        break;
      case '-c':
      case '--config':
        configFile = value();
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  const [command, ...rest] = positional;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'check' && command !== 'rules') throw new UsageError(`unknown command '${command}'`);
  if (format !== undefined && !FORMATS[command].includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS[command].join(', ')} for '${command}', not '${format}'`);
  }
  if (command === 'rules') {
    if (rest.length) throw new UsageError(`'rules' takes no arguments (got '${rest[0]}')`);
    if (configFile !== null) throw new UsageError(`--config applies to 'check', not 'rules'`);
    return { kind: 'rules', format: (format ?? 'text') as 'text' | 'json' };
  }
  if (rest.length === 0) throw new UsageError(`'check' needs at least one file, directory or glob`);
  return { kind: 'check', format: (format ?? 'text') as OutputFormat, configFile, paths: rest };
}
