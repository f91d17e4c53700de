// The interviewer backend on VS Code's Language Model API (vscode.lm): the user's own chat models (e.g. Copilot).
// Used only from a user action (starting an interview), so VS Code can ask for the user's consent.
import * as vscode from 'vscode';
import type { InterviewerBackend, TurnRequest } from '../../../server/src/interview/backend';
import { buildMessages } from '../../../server/src/interview/llmPrompt';

/** The first chat model VS Code offers, or an Error saying plainly why there is none. */
export async function pickLanguageModel(): Promise<vscode.LanguageModelChat | Error> {
  if (!vscode.lm?.selectChatModels) return new Error('this version of VS Code has no Language Model API');
  try {
    const models = await vscode.lm.selectChatModels();
    return models[0] ?? new Error('VS Code offers no chat model (install and sign in to a chat extension, such as GitHub Copilot Chat)');
  } catch (err) {
    return new Error(`VS Code's language models are not available: ${(err as Error).message}`);
  }
}

export function vscodeLmBackend(model: vscode.LanguageModelChat): InterviewerBackend {
  return {
    id: `vscode-lm:${model.name || model.id}`,
    async *phrase(request: TurnRequest, signal: AbortSignal): AsyncIterable<string> {
      // The Language Model API has no system role: the instructions go first as a user message.
      const messages = buildMessages(request).map((m) =>
        m.role === 'assistant' ? vscode.LanguageModelChatMessage.Assistant(m.content) : vscode.LanguageModelChatMessage.User(m.content),
      );
      const cancel = new vscode.CancellationTokenSource();
      const onAbort = () => cancel.cancel();
      signal.addEventListener('abort', onAbort);
      try {
        const response = await model.sendRequest(messages, { justification: 'Tradeoff asks your chat model to phrase the mock interviewer\'s next question.' }, cancel.token);
        for await (const chunk of response.text) {
          if (signal.aborted) return;
          yield chunk;
        }
      } catch (err) {
        throw new Error(describeLanguageModelError(err));
      } finally {
        signal.removeEventListener('abort', onAbort);
        cancel.dispose();
      }
    },
  };
}

function describeLanguageModelError(err: unknown): string {
  if (err instanceof vscode.LanguageModelError) {
    if (err.code === vscode.LanguageModelError.NoPermissions.name) return 'you did not allow Tradeoff to use the chat model';
    if (err.code === vscode.LanguageModelError.Blocked.name) return 'the chat model blocked the request (quota or policy)';
    if (err.code === vscode.LanguageModelError.NotFound.name) return 'the chat model is no longer available';
    return `the chat model failed: ${err.message}`;
  }
  return `the chat model failed: ${(err as Error)?.message ?? String(err)}`;
}
