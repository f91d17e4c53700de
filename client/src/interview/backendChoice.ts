// Which interviewer backend a session uses, from the settings, the workspace's trust and the stored key.
// Text leaves the machine only when the user configured a remote model AND trusts the workspace.
import * as vscode from 'vscode';
import type { InterviewerBackend } from '../../../server/src/interview/backend';
import { createOpenAiBackend } from '../../../server/src/interview/backends/openaiBackend';
import { builtInBackend } from '../../../server/src/interview/builtInBackend';
import { readApiKey } from './apiKey';
import { pickLanguageModel, vscodeLmBackend } from './vscodeLmBackend';

export type ProviderSetting = 'builtIn' | 'openai' | 'vscodeLm';

export interface BackendChoice {
  backend: InterviewerBackend;
  /** Whether document text may go into the prompt (a remote model the user chose, in a trusted workspace). */
  mayShareDocument: boolean;
  /** Why the built-in engine is used instead of the configured one, for the panel. */
  notice?: string;
}

export async function chooseBackend(secrets: vscode.SecretStorage): Promise<BackendChoice> {
  const settings = vscode.workspace.getConfiguration('tradeoff.interview');
  const provider = settings.get<ProviderSetting>('provider', 'builtIn');
  if (provider === 'builtIn') return { backend: builtInBackend, mayShareDocument: false };
  if (!vscode.workspace.isTrusted) {
    return { backend: builtInBackend, mayShareDocument: false, notice: 'Restricted Mode: your document stays on this machine, so the built-in interviewer asks the questions. Trust the workspace to use your model.' };
  }
  if (provider === 'vscodeLm') {
    const model = await pickLanguageModel();
    if (model instanceof Error) return { backend: builtInBackend, mayShareDocument: false, notice: `Using the built-in interviewer: ${model.message}.` };
    return { backend: vscodeLmBackend(model), mayShareDocument: true };
  }
  const baseURL = settings.get<string>('openai.baseUrl', '').trim();
  const model = settings.get<string>('openai.model', '').trim();
  if (!baseURL || !model) {
    return { backend: builtInBackend, mayShareDocument: false, notice: 'Using the built-in interviewer: set tradeoff.interview.openai.baseUrl and tradeoff.interview.openai.model to use your endpoint.' };
  }
  const apiKey = await readApiKey(secrets);
  if (!apiKey) {
    return { backend: builtInBackend, mayShareDocument: false, notice: 'Using the built-in interviewer: no API key stored. Run "Tradeoff: Set API Key" (any value for a local server such as Ollama).' };
  }
  return { backend: createOpenAiBackend({ baseURL, model, apiKey }), mayShareDocument: true };
}
