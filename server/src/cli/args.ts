// Parses the command line into a command; anything malformed is a UsageError (exit code 2).
import { LEVELS, PERSONA_IDS, type Level, type PersonaId } from '../interview/types';

export type OutputFormat = 'text' | 'json' | 'sarif';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'rules'; format: 'text' | 'json' }
  | { kind: 'check'; format: OutputFormat; configFile: string | null; paths: string[] }
  | InterviewCommand;

/** `tradeoff interview [plan] FILE|--practice ID ...`. */
export interface InterviewCommand {
  kind: 'interview';
  /** plan: print the opening plan; session: run an interview (interactive, or from --answers). */
  mode: 'plan' | 'session';
  source: { kind: 'file'; path: string } | { kind: 'practice'; questionId: string };
  persona: PersonaId;
  level: Level;
  minutes: number;
  format: 'text' | 'json';
  /** Answers separated by lines of `---` ('-' = stdin); null runs interactively. */
  answersFile: string | null;
  /** Where to write the transcript and debrief as markdown, if asked. */
  exportFile: string | null;
  /** The OpenAI-compatible endpoint to phrase the turns, or null for the built-in interviewer. */
  llm: { baseURL: string; model: string } | null;
}

export const DEFAULT_INTERVIEW_MINUTES = 30;
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';

export class UsageError extends Error {}

const FORMATS: Record<'check' | 'rules' | 'interview', readonly string[]> = {
  check: ['text', 'json', 'sarif'],
  rules: ['text', 'json'],
  interview: ['text', 'json'],
};

/** Options of `interview` only, as they were spelled, with their values. */
type InterviewOptions = Map<string, string>;

export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  let format: string | undefined;
  let configFile: string | null = null;
  let help = false;
  let version = false;
  const interviewOptions: InterviewOptions = new Map();
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
      case '--persona':
      case '--level':
      case '--minutes':
      case '--answers':
      case '--export':
      case '--practice':
      case '--provider':
      case '--base-url':
      case '--model':
        interviewOptions.set(name, value());
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  const [command, ...rest] = positional;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'check' && command !== 'rules' && command !== 'interview') throw new UsageError(`unknown command '${command}'`);
  if (command !== 'interview') {
    const [option] = interviewOptions.keys();
    if (option !== undefined) throw new UsageError(`${option} applies to 'interview', not '${command}'`);
  }
  if (format !== undefined && !FORMATS[command].includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS[command].join(', ')} for '${command}', not '${format}'`);
  }
  if (command === 'rules') {
    if (rest.length) throw new UsageError(`'rules' takes no arguments (got '${rest[0]}')`);
    if (configFile !== null) throw new UsageError(`--config applies to 'check', not 'rules'`);
    return { kind: 'rules', format: (format ?? 'text') as 'text' | 'json' };
  }
  if (command === 'interview') {
    if (configFile !== null) throw new UsageError(`--config applies to 'check', not 'interview'`);
    return parseInterview(rest, (format ?? 'text') as 'text' | 'json', interviewOptions);
  }
  if (rest.length === 0) throw new UsageError(`'check' needs at least one file, directory or glob`);
  return { kind: 'check', format: (format ?? 'text') as OutputFormat, configFile, paths: rest };
}

function parseInterview(rest: string[], format: 'text' | 'json', options: InterviewOptions): InterviewCommand {
  // `interview plan FILE`: a file really named "plan" is spelled ./plan.
  const mode = rest[0] === 'plan' ? 'plan' : 'session';
  const files = mode === 'plan' ? rest.slice(1) : rest;
  const practice = options.get('--practice');
  if (files.length > 1) throw new UsageError(`'interview' takes one file (got '${files[0]}' and '${files[1]}')`);
  if (practice !== undefined && files.length) throw new UsageError(`give either a FILE or --practice ID, not both`);
  if (practice === undefined && files.length === 0) throw new UsageError(`'interview' needs a markdown FILE or --practice ID`);
  const source = practice !== undefined ? { kind: 'practice' as const, questionId: practice } : { kind: 'file' as const, path: files[0] };

  const persona = options.get('--persona') ?? 'neutral';
  if (!(PERSONA_IDS as readonly string[]).includes(persona)) throw new UsageError(`--persona must be one of ${PERSONA_IDS.join(', ')}, not '${persona}'`);
  const level = options.get('--level') ?? 'senior';
  if (!(LEVELS as readonly string[]).includes(level)) throw new UsageError(`--level must be one of ${LEVELS.join(', ')}, not '${level}'`);
  const minutesText = options.get('--minutes');
  const minutes = minutesText === undefined ? DEFAULT_INTERVIEW_MINUTES : Number(minutesText);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 180) throw new UsageError(`--minutes must be a whole number from 5 to 180, not '${minutesText}'`);

  const provider = options.get('--provider') ?? 'built-in';
  if (provider !== 'built-in' && provider !== 'openai') throw new UsageError(`--provider must be one of built-in, openai, not '${provider}'`);
  const baseURL = options.get('--base-url');
  const model = options.get('--model');
  let llm: InterviewCommand['llm'] = null;
  if (provider === 'openai') {
    if (!model) throw new UsageError(`--provider openai needs --model (the model or deployment name)`);
    llm = { baseURL: baseURL ?? DEFAULT_OPENAI_BASE_URL, model };
  } else if (baseURL !== undefined || model !== undefined) {
    throw new UsageError(`${baseURL !== undefined ? '--base-url' : '--model'} needs --provider openai`);
  }

  const answersFile = options.get('--answers') ?? null;
  const exportFile = options.get('--export') ?? null;
  if (mode === 'session' && format === 'json' && answersFile === null) throw new UsageError(`--format json needs --answers FILE (an interactive session prints text)`);
  if (mode === 'plan') {
    for (const name of ['--answers', '--export', '--provider', '--base-url', '--model']) {
      if (options.has(name)) throw new UsageError(`${name} applies to an interview session, not to 'interview plan'`);
    }
  }
  return { kind: 'interview', mode, source, persona: persona as PersonaId, level: level as Level, minutes, format, answersFile, exportFile, llm };
}
