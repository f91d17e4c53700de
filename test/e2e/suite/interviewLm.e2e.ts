// The mock interviewer on VS Code's Language Model API, end to end: a fake chat model (the test-only extension in
// test/e2e/fixtures/fake-lm-provider, registered with vscode.lm.registerLanguageModelChatProvider) phrases the
// turns; the test checks what the panel shows, what the model was sent, and the fallback when the model fails.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { InterviewPanel } from '../../../client/src/interview/interviewPanel';
import { MAX_PROMPT_FINDINGS } from '../../../server/src/interview/llmPrompt';
import { PERSONAS } from '../../../server/src/interview/personas';
import { waitForDiagnostics } from './diagnostics';
import { openInEditor, workspaceUri } from './workspace';
import { waitFor } from './waitFor';

const DOCUMENT = 'answers/notification-service.md';
const FAKE_EXTENSION_ID = 'tradeoff-test.fake-lm-provider';
const FAKE_VENDOR = 'tradeoff-test-lm';
/** The fake model's name: the vscode-lm backend names its turns after it. */
const FAKE_BACKEND = 'vscode-lm:Fake Interviewer';

/** What the fake model recorded of the last request it got (plain JSON; see the fixture's extension.js). */
interface FakeRequest {
  model: string;
  behaviour: 'stream' | 'blocked' | 'error';
  messages: Array<{ role: 'user' | 'assistant'; text: string }>;
  /** The parts it streamed back, in order (on 'stream'). */
  parts: string[];
}

type Behaviour = FakeRequest['behaviour'];

async function fakeBehaves(behaviour: Behaviour): Promise<void> {
  await vscode.commands.executeCommand('tradeoffTestLm.behave', behaviour);
}

async function fakeLastRequest(): Promise<FakeRequest> {
  const request = await vscode.commands.executeCommand<FakeRequest | undefined>('tradeoffTestLm.lastRequest');
  assert.ok(request, 'the fake chat model received a request');
  return request;
}

async function setProvider(value: string | undefined): Promise<void> {
  // Application scope: only the user settings can hold it.
  await vscode.workspace.getConfiguration('tradeoff.interview').update('provider', value, vscode.ConfigurationTarget.Global);
  await waitFor(() => vscode.workspace.getConfiguration('tradeoff.interview').inspect('provider')?.globalValue === value, `tradeoff.interview.provider to become ${value}`);
}

async function startInterview(): Promise<InterviewPanel> {
  await openInEditor(workspaceUri(DOCUMENT));
  const panel = await vscode.commands.executeCommand<InterviewPanel>('tradeoff.startInterview', { source: 'document', persona: 'amazon', level: 'senior', minutes: 30 });
  assert.ok(panel, 'the command returns the panel');
  return panel;
}

/** The `- [rule] message (they wrote: "quote")` lines of the prompt's findings list. */
function promptFindings(prompt: string): Array<{ rule: string; message: string; quote?: string }> {
  return [...prompt.matchAll(/^- \[([\w-]+)\] (.*?)(?: \(they wrote: "(.*)"\))?$/gm)].map((m) => ({ rule: m[1], message: m[2], quote: m[3] }));
}

describe('mock interviewer on vscode.lm (fake chat model)', () => {
  let panel: InterviewPanel | undefined;
  let previousProvider: string | undefined;

  before(async function () {
    // The Language Model Chat Provider API is VS Code 1.104+; the oldest supported VS Code (1.91) cannot host the fake.
    if (typeof (vscode.lm as { registerLanguageModelChatProvider?: unknown } | undefined)?.registerLanguageModelChatProvider !== 'function') {
      console.log(`vscode.lm tests skipped: VS Code ${vscode.version} has no vscode.lm.registerLanguageModelChatProvider (1.104+)`);
      this.skip();
    }
    assert.ok(vscode.extensions.getExtension(FAKE_EXTENSION_ID), `${FAKE_EXTENSION_ID} is installed (runInCodeServer.mjs copies it into the extensions dir)`);
    previousProvider = vscode.workspace.getConfiguration('tradeoff.interview').inspect<string>('provider')?.globalValue;
    await fakeBehaves('stream');
    await setProvider('vscodeLm');
  });

  afterEach(() => {
    panel?.dispose();
    panel = undefined;
  });

  after(async () => {
    await setProvider(previousProvider);
    await fakeBehaves('stream');
  });

  it('VS Code offers the fake chat model through vscode.lm.selectChatModels', async () => {
    const models = await vscode.lm.selectChatModels({ vendor: FAKE_VENDOR });
    assert.deepStrictEqual(
      models.map((m) => ({ vendor: m.vendor, id: m.id, name: m.name })),
      [{ vendor: FAKE_VENDOR, id: 'fake-interviewer', name: 'Fake Interviewer' }],
    );
  });

  it('the first question is the fake model\'s streamed text, and its request carries the persona and the findings', async () => {
    await openInEditor(workspaceUri(DOCUMENT));
    const diagnostics = await waitForDiagnostics(workspaceUri(DOCUMENT), (list) => list.length > 0, 'Tradeoff diagnostics');
    panel = await startInterview();
    const request = await fakeLastRequest();
    const [first] = panel.view.turns;
    assert.strictEqual(first.role, 'interviewer');
    assert.strictEqual(first.backend, FAKE_BACKEND);
    assert.strictEqual(first.fallbackReason, undefined, 'no fallback');
    assert.ok(request.parts.length > 1, 'the fake streamed several parts');
    assert.strictEqual(first.text, request.parts.join('').trim(), 'the turn is the streamed parts, joined');
    assert.strictEqual(panel.view.notice, undefined, 'no "using the built-in interviewer" notice');

    assert.strictEqual(request.model, 'fake-interviewer');
    // No system role in the Language Model API: the instructions and the context go first, as user text.
    assert.strictEqual(request.messages[0].role, 'user');
    const prompt = request.messages.map((m) => m.text).join('\n');
    const amazon = PERSONAS.amazon;
    assert.ok(prompt.includes(`as the ${amazon.label}. ${amazon.focus}`), `the prompt names the persona and its focus:\n${prompt.slice(0, 400)}`);
    assert.match(prompt, /at senior level/);
    assert.match(prompt, /^Draft \(the built-in wording[^)]*\): \S/m, 'the built-in turn goes along as the draft');

    // The model is told exactly the weak spots the user sees: every diagnostic, and nothing the workspace's
    // .tradeoff.jsonc turned off (it disables missing-rollout-path). The list is capped, hence the first check.
    const findings = promptFindings(prompt);
    assert.ok(diagnostics.length <= MAX_PROMPT_FINDINGS, `the fixture has at most ${MAX_PROMPT_FINDINGS} diagnostics`);
    const listed = (items: Array<{ rule: string; message: string }>) => items.map((f) => `[${f.rule}] ${f.message}`).sort();
    assert.deepStrictEqual(listed(findings), listed(diagnostics), 'the prompt\'s findings are the document\'s diagnostics');
    assert.ok(!findings.some((f) => f.rule === 'missing-rollout-path'), 'a rule turned off in .tradeoff.jsonc is not sent');
    // A chosen model in a trusted workspace may see the candidate's words: quotes and an excerpt go along.
    const text = (await vscode.workspace.openTextDocument(workspaceUri(DOCUMENT))).getText().replace(/\s+/g, ' ');
    const quoted = findings.filter((f) => f.quote);
    assert.ok(quoted.length > 0, 'findings carry the candidate\'s words');
    for (const f of quoted) assert.ok(text.includes(f.quote!), `the quote "${f.quote}" is from the document`);
    assert.match(prompt, /The candidate's document \(excerpt\):/);
  });

  it('the next turn comes from the fake model too, with the transcript in its request', async () => {
    panel = await startInterview();
    const [first] = panel.view.turns;
    assert.strictEqual(first.backend, FAKE_BACKEND);
    const answer = 'We would add more workers and retry failed sends.';
    await panel.receive({ type: 'answer', text: answer });
    const request = await fakeLastRequest();
    const next = panel.view.turns[2];
    assert.strictEqual(next?.role, 'interviewer');
    assert.strictEqual(next.backend, FAKE_BACKEND);
    assert.strictEqual(next.text, request.parts.join('').trim());
    const roles = request.messages.map((m) => m.role);
    const asked = request.messages.findIndex((m) => m.role === 'assistant' && m.text === first.text);
    assert.ok(asked > 0, `the first question is in the request as the assistant's turn: ${JSON.stringify(roles)}`);
    assert.ok(request.messages.slice(asked + 1).some((m) => m.role === 'user' && m.text.includes(answer)), 'the answer follows it as the user\'s turn');
  });

  const failures: Array<{ behaviour: Behaviour; what: string; reason: (text: string) => boolean }> = [
    { behaviour: 'blocked', what: 'LanguageModelError.Blocked', reason: (r) => r === 'the chat model blocked the request (quota or policy)' },
    { behaviour: 'error', what: 'a plain Error', reason: (r) => r.startsWith('the chat model failed: ') && r.includes('fake provider crashed') },
  ];
  for (const { behaviour, what, reason } of failures) {
    it(`when the fake model throws ${what}, the turn falls back to the built-in interviewer with the plain reason`, async () => {
      await fakeBehaves(behaviour);
      try {
        panel = await startInterview();
        const request = await fakeLastRequest();
        assert.strictEqual(request.behaviour, behaviour, 'the request reached the fake model, which failed');
        const [first] = panel.view.turns;
        assert.strictEqual(first.role, 'interviewer');
        assert.strictEqual(first.backend, 'built-in');
        assert.ok(first.fallbackReason && reason(first.fallbackReason), `the fallback reason in plain words: ${first.fallbackReason}`);
        assert.ok(first.quote && first.text.includes(first.quote), `the built-in question quotes the document: ${first.text}`);
      } finally {
        await fakeBehaves('stream');
      }
    });
  }
});
