// The OpenAI-compatible endpoint's API key lives in VS Code's SecretStorage (the OS keychain), never in
// settings, workspace files or logs.
import * as vscode from 'vscode';

const SECRET_KEY = 'tradeoff.interview.openai.apiKey';

export function readApiKey(secrets: vscode.SecretStorage): Thenable<string | undefined> {
  return secrets.get(SECRET_KEY);
}

/** "Tradeoff: Set API Key": asks for the key (password input) and stores it. Returns whether one was stored. */
export async function promptForApiKey(secrets: vscode.SecretStorage): Promise<boolean> {
  const key = await vscode.window.showInputBox({
    title: 'Tradeoff: API key for the interviewer\'s OpenAI-compatible endpoint',
    prompt: 'Stored in VS Code\'s secret storage (your OS keychain). Local servers such as Ollama accept any value.',
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'Enter a key, or press Escape to cancel.' : undefined),
  });
  if (key === undefined) return false;
  await secrets.store(SECRET_KEY, key.trim());
  void vscode.window.showInformationMessage('Tradeoff: API key stored in secret storage.');
  return true;
}

export async function clearApiKey(secrets: vscode.SecretStorage): Promise<void> {
  await secrets.delete(SECRET_KEY);
  void vscode.window.showInformationMessage('Tradeoff: API key removed.');
}
