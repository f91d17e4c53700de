// The Tradeoff extension: starts the language server and adds the editor pieces around it (commands, status
// bar). Diagnostics, hovers, quick fixes and the structure code lenses all come from the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { fixAllInActiveEditor } from './commands/fixAll';
import { openRuleDocs } from './commands/openRuleDocs';
import { registerInterview } from './interview/interviewCommands';
import { CLIENT_NAME, createLanguageClient } from './languageClient';
import { RestartPolicy } from './restartPolicy';
import { SignalStatusBar } from './signalStatusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = performance.now();
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  const policy = new RestartPolicy();
  const showOutput = () => output.show(true);
  const restart = async () => {
    policy.reset();
    try {
      if (client) await client.restart();
      output.info('Language server restarted on request.');
    } catch (err) {
      output.error(`Restarting the language server failed: ${(err as Error).message}`);
      void vscode.window.showErrorMessage(`Tradeoff could not restart its language server: ${(err as Error).message}`, 'Show Output').then((c) => c && showOutput());
    }
  };
  client = createLanguageClient(context, output, policy, { showOutput, restart: () => void restart() });

  context.subscriptions.push(
    vscode.commands.registerCommand('tradeoff.showOutput', showOutput),
    vscode.commands.registerCommand('tradeoff.fixAll', fixAllInActiveEditor),
    vscode.commands.registerCommand('tradeoff.openRuleDocs', (ruleId?: string) => openRuleDocs(context.extensionUri, ruleId)),
    vscode.commands.registerCommand('tradeoff.restartServer', restart),
  );
  registerInterview(context);

  try {
    await client.start();
  } catch (err) {
    output.error(`The language server did not start: ${(err as Error).message}`);
    void vscode.window.showErrorMessage(`Tradeoff's language server did not start: ${(err as Error).message}`, 'Show Output').then((c) => c && showOutput());
    return;
  }
  context.subscriptions.push(new SignalStatusBar(client));
  const message = `Tradeoff activated in ${Math.round(performance.now() - started)} ms (server ready)`;
  output.info(message);
  console.log(message);
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  if (stopping?.isRunning()) await stopping.stop();
}
