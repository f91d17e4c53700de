// The interviewer's commands: "Start Mock Interview" (quick picks: source, persona, level, length), "Interview Me
// on This Section" (editor context menu and code lens), the API key commands, and the panel's reload serializer.
import * as vscode from 'vscode';
import { PERSONAS } from '../../../server/src/interview/personas';
import { PRACTICE_QUESTIONS } from '../../../server/src/interview/questionBank';
import { InterviewSession } from '../../../server/src/interview/session';
import { LEVELS, PERSONA_IDS, type InterviewConfig, type InterviewSource, type Level, type PersonaId } from '../../../server/src/interview/types';
import { isLintedDocument } from '../lintedDocuments';
import { clearApiKey, promptForApiKey } from './apiKey';
import { chooseBackend } from './backendChoice';
import { INTERVIEW_VIEW_TYPE, InterviewPanel } from './interviewPanel';
import { interviewAnalysisOptions } from './interviewAnalysisOptions';

const LENGTHS = [15, 30, 45];

/** Arguments of tradeoff.interviewSection when a code lens runs it. */
export interface InterviewSectionArgs {
  uri: string;
  line: number;
}

/** Options a test (or a keybinding) can pass to skip the quick picks. */
export interface StartInterviewOptions {
  /** 'document', 'resume' (the last interview, where it stopped) or a practice question id. */
  source?: 'document' | 'resume' | string;
  persona?: PersonaId;
  level?: Level;
  minutes?: number;
}

export function registerInterview(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('tradeoff.startInterview', (options?: StartInterviewOptions) => startInterview(context, options)),
    vscode.commands.registerCommand('tradeoff.interviewSection', (args?: InterviewSectionArgs) => interviewSection(context, args)),
    vscode.commands.registerCommand('tradeoff.setApiKey', () => promptForApiKey(context.secrets)),
    vscode.commands.registerCommand('tradeoff.clearApiKey', () => clearApiKey(context.secrets)),
    vscode.window.registerWebviewPanelSerializer(INTERVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(webview: vscode.WebviewPanel) {
        InterviewPanel.revive(context, webview, await chooseBackend(context.secrets));
      },
    }),
  );
}

/** Returns the panel, or undefined when the user cancelled a pick. */
async function startInterview(context: vscode.ExtensionContext, options: StartInterviewOptions = {}): Promise<InterviewPanel | undefined> {
  const editor = vscode.window.activeTextEditor;
  const document = editor && isLintedDocument(editor.document) ? editor.document : undefined;
  const source = options.source ?? (await pickSource(document, InterviewPanel.resumable(context)));
  if (!source) return undefined;
  if (source === 'resume') {
    const resumed = InterviewPanel.resume(context, await chooseBackend(context.secrets));
    if (!resumed) void vscode.window.showWarningMessage('Tradeoff: there is no interview to resume in this workspace.');
    return resumed;
  }
  if (source === 'document' && !document) {
    void vscode.window.showWarningMessage('Tradeoff: open the markdown design answer to be interviewed on, or pick a practice question.');
    return undefined;
  }
  const picked = await pickSessionKnobs(options);
  if (!picked) return undefined;
  const interviewSource: InterviewSource =
    source === 'document' && document ? { kind: 'document', text: document.getText(), name: vscode.workspace.asRelativePath(document.uri) } : { kind: 'practice', questionId: source };
  return open(context, { source: interviewSource, ...picked }, source === 'document' ? document?.uri : undefined);
}

async function interviewSection(context: vscode.ExtensionContext, args?: InterviewSectionArgs): Promise<InterviewPanel | undefined> {
  const uri = args?.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
  const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri)) : undefined;
  if (!document || !isLintedDocument(document)) {
    void vscode.window.showWarningMessage('Tradeoff: put the cursor in a section of a markdown design answer first.');
    return undefined;
  }
  const line = Number.isInteger(args?.line) ? args!.line : vscode.window.activeTextEditor?.selection.active.line ?? 0;
  const picked = defaultKnobs();
  return open(context, { source: { kind: 'document', text: document.getText(), name: vscode.workspace.asRelativePath(document.uri) }, ...picked, sectionLine: line }, document.uri);
}

async function open(context: vscode.ExtensionContext, config: InterviewConfig, sourceUri?: vscode.Uri): Promise<InterviewPanel> {
  const session = InterviewSession.start(config, Date.now, { analyzeOptions: interviewAnalysisOptions(sourceUri) });
  const choice = await chooseBackend(context.secrets);
  const persona = PERSONAS[config.persona].label;
  const about = config.source.kind === 'document' ? config.source.name : PRACTICE_QUESTIONS.find((q) => q.id === (config.source as { questionId: string }).questionId)?.title;
  return InterviewPanel.start(context, session, choice, `Interview: ${about ?? 'practice'} (${persona})`, sourceUri);
}

async function pickSource(document: vscode.TextDocument | undefined, resumable: ReturnType<typeof InterviewPanel.resumable>): Promise<string | undefined> {
  const items: Array<vscode.QuickPickItem & { value: string }> = [];
  if (resumable) {
    const answered = `${resumable.answers} answer${resumable.answers === 1 ? '' : 's'}, ${resumable.minutes} min in`;
    items.push({ label: '$(history) Resume the last interview', description: resumable.title, detail: `Where it stopped: ${answered}`, value: 'resume' });
  }
  if (document) items.push({ label: '$(file) This document', description: vscode.workspace.asRelativePath(document.uri), detail: 'Follow-ups on your own answer, aimed at its weakest parts', value: 'document' });
  items.push({ label: 'Practice questions', kind: vscode.QuickPickItemKind.Separator, value: '' });
  for (const q of PRACTICE_QUESTIONS) items.push({ label: q.title, detail: q.prompt, value: q.id });
  const picked = await vscode.window.showQuickPick(items, { title: 'Tradeoff mock interview: what about?', matchOnDetail: true, ignoreFocusOut: true });
  return picked?.value || undefined;
}

function defaultKnobs(): Pick<InterviewConfig, 'persona' | 'level' | 'minutes'> {
  const settings = vscode.workspace.getConfiguration('tradeoff.interview');
  const persona = settings.get<PersonaId>('persona', 'neutral');
  const level = settings.get<Level>('level', 'senior');
  const minutes = settings.get<number>('minutes', 30);
  return {
    persona: PERSONA_IDS.includes(persona) ? persona : 'neutral',
    level: LEVELS.includes(level) ? level : 'senior',
    minutes: Number.isFinite(minutes) && minutes >= 5 && minutes <= 120 ? minutes : 30,
  };
}

/** The configured default first, so Enter takes it (showQuickPick highlights the first item). */
function defaultFirst<T>(values: readonly T[], preferred: T): T[] {
  return [preferred, ...values.filter((v) => v !== preferred)];
}

async function pickSessionKnobs(options: StartInterviewOptions): Promise<Pick<InterviewConfig, 'persona' | 'level' | 'minutes'> | undefined> {
  const defaults = defaultKnobs();
  const persona =
    options.persona ??
    (
      await vscode.window.showQuickPick(
        defaultFirst(PERSONA_IDS, defaults.persona).map((id) => ({ label: PERSONAS[id].label, description: id === defaults.persona ? '(default)' : undefined, detail: PERSONAS[id].focus, id })),
        { title: 'Interviewer persona', ignoreFocusOut: true },
      )
    )?.id;
  if (!persona) return undefined;
  const level = options.level ?? ((await vscode.window.showQuickPick(defaultFirst(LEVELS, defaults.level).map((l) => ({ label: l, description: l === defaults.level ? '(default)' : undefined })), { title: 'Level you are interviewing for', ignoreFocusOut: true }))?.label as Level | undefined);
  if (!level) return undefined;
  const minutes =
    options.minutes ??
    Number((await vscode.window.showQuickPick(defaultFirst(LENGTHS.includes(defaults.minutes) ? LENGTHS : [...LENGTHS, defaults.minutes], defaults.minutes).map((m) => ({ label: `${m} minutes`, description: m === defaults.minutes ? '(default)' : undefined, minutes: m })), { title: 'Session length', ignoreFocusOut: true }))?.minutes);
  if (!Number.isFinite(minutes) || minutes <= 0) return undefined;
  return { persona, level, minutes };
}
