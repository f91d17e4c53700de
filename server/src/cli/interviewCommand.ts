// `tradeoff interview`: the mock interviewer in the terminal. `plan` prints the opening probes; a session runs
// interactively or from --answers, with the built-in interviewer or an OpenAI-compatible model phrasing the
// turns. Exit code 0 when it ran (a failed model turn falls back with a notice), 2 on a usage or I/O error.
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { ioErrorReason } from '../config/ioErrorReason';
import type { InterviewerBackend } from '../interview/backend';
import { transcriptMarkdown } from '../interview/exportMarkdown';
import { InterviewSession } from '../interview/session';
import type { Debrief, InterviewConfig, InterviewerTurn, Turn } from '../interview/types';
import type { InterviewCommand } from './args';
import { EXIT_CLEAN, EXIT_ERROR } from './checkCommand';
import { splitAnswers } from './interview/answersFile';
import type { CandidateInput } from './interview/candidateInput';
import { resolveSource } from './interview/interviewSource';
import { planJson, planText } from './interview/planOutput';
import { runScripted, ScriptClock } from './interview/scriptedRun';
import { sessionJson } from './interview/sessionJson';
import { runInTerminal } from './interview/terminalRun';
import { candidateText, debriefText, interviewerText } from './interview/transcriptText';
import { wrapText } from './interview/wrapText';
import { createTurnPhraser } from './interview/turnPhraser';

export interface InterviewIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A usage or I/O problem: one line on stderr, exit code 2. */
class InterviewError extends Error {}

export async function runInterview(command: InterviewCommand, io: InterviewIo): Promise<number> {
  const err = (line: string): void => void io.stderr.write(`${line}\n`);
  try {
    const source = resolveSource(command, io.cwd);
    if (!source.ok) throw new InterviewError(source.error);
    source.notices.forEach(err);
    const config: InterviewConfig = { source: source.source, persona: command.persona, level: command.level, minutes: command.minutes };
    const sessionOptions = { analyzeOptions: source.analyzeOptions };

    if (command.mode === 'plan') {
      const probes = InterviewSession.start(config, Date.now, sessionOptions).plan();
      io.stdout.write(command.format === 'json' ? planJson(probes) : planText(probes, command));
      return EXIT_CLEAN;
    }

    const backend = await openAiBackendFor(command, io.env);
    const inputs = command.answersFile === null ? null : readAnswers(command.answersFile, io);
    let session: InterviewSession;
    let debrief: Debrief;
    if (inputs) {
      const clock = new ScriptClock();
      session = InterviewSession.start(config, clock.now, sessionOptions);
      const text = command.format === 'text';
      const result = await runScripted(session, inputs, createTurnPhraser(session, backend, err), clock, {
        interviewer: (turn: InterviewerTurn) => text && io.stdout.write(`${interviewerText(turn)}\n\n`),
        candidate: (answer: string) => text && io.stdout.write(`${candidateText(answer)}\n\n`),
      });
      debrief = result.debrief;
      if (result.unused) err(`tradeoff: the interview ended before ${result.unused} of the answers (${result.unused === 1 ? 'it was' : 'they were'} not used)`);
      io.stdout.write(text ? fitted(debriefText(debrief), io.stdout) : sessionJson(session.transcript, debrief));
    } else {
      session = InterviewSession.start(config, Date.now, sessionOptions);
      io.stdout.write(introText(command));
      debrief = await runInTerminal(session, createTurnPhraser(session, backend, err), io.stdin, (t) => void io.stdout.write(t));
      io.stdout.write(fitted(debriefText(debrief), io.stdout));
    }
    if (command.exportFile) writeExport(command.exportFile, io.cwd, session.config, session.transcript, debrief);
    return EXIT_CLEAN;
  } catch (e) {
    if (!(e instanceof InterviewError)) throw e;
    err(`tradeoff: ${e.message}`);
    return EXIT_ERROR;
  }
}

/** The LLM backend the command asks for, or null for the built-in interviewer. */
async function openAiBackendFor(command: InterviewCommand, env: NodeJS.ProcessEnv): Promise<InterviewerBackend | null> {
  if (!command.llm) return null;
  const apiKey = env.OPENAI_API_KEY;
  if (!apiKey) {
    throw new InterviewError('--provider openai reads the API key from OPENAI_API_KEY, which is not set (a local server such as Ollama accepts any value)');
  }
  // Loaded only when asked for: `check` and the built-in interviewer never pay for the SDK's start-up.
  const { createOpenAiBackend } = await import('../interview/backends/openaiBackend');
  try {
    return createOpenAiBackend({ baseURL: command.llm.baseURL, model: command.llm.model, apiKey });
  } catch (e) {
    throw new InterviewError(`--base-url/--model: ${(e as Error).message}`);
  }
}

function readAnswers(file: string, io: InterviewIo): CandidateInput[] {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new InterviewError(`${file}: ${ioErrorReason(e)}`);
  }
  const inputs = splitAnswers(text);
  if (!inputs.length) throw new InterviewError(`${file}: no answers (separate them with lines of '---')`);
  return inputs;
}

function introText(command: InterviewCommand): string {
  const on = command.source.kind === 'file' ? path.basename(command.source.path) : `the practice question '${command.source.questionId}'`;
  return [
    `Mock interview on ${on}: ${command.persona} interviewer, ${command.level} level, ${command.minutes} minutes.`,
    "End an answer with a line '---' or two empty lines. On a line of their own: :hint, :skip, :end.",
    '',
  ].join('\n');
}

function writeExport(file: string, cwd: string, config: InterviewConfig, transcript: Turn[], debrief: Debrief): void {
  try {
    writeFileSync(path.resolve(cwd, file), transcriptMarkdown(config, transcript, debrief));
  } catch (e) {
    throw new InterviewError(`--export ${file}: ${ioErrorReason(e)}`);
  }
}

/** Text wrapped to the terminal's width when stdout is a terminal; as is when it is piped or redirected. */
function fitted(text: string, stdout: NodeJS.WritableStream): string {
  const tty = stdout as NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  return tty.isTTY && tty.columns && tty.columns >= 40 ? wrapText(text, tty.columns - 1) : text;
}
