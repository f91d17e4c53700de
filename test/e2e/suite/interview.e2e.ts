// The mock interviewer in the real extension host: the command opens the panel, a built-in session runs two
// turns, ends in a debrief, and the transcript export writes a markdown file.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { InterviewPanel } from '../../../client/src/interview/interviewPanel';
import { openInEditor, workspaceUri } from './workspace';
import { waitFor } from './waitFor';

const DOCUMENT = 'answers/notification-service.md';
/** The panel's view type (a type-only import above: the suite must not bundle a second copy of the extension). */
const INTERVIEW_VIEW_TYPE = 'tradeoff.interview';

function interviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(INTERVIEW_VIEW_TYPE));
}

describe('mock interviewer', () => {
  let panel: InterviewPanel | undefined;

  after(async () => {
    panel?.dispose();
  });

  it('"Start Mock Interview" on the open document opens the panel with a question quoting it', async () => {
    await openInEditor(workspaceUri(DOCUMENT));
    panel = await vscode.commands.executeCommand<InterviewPanel>('tradeoff.startInterview', { source: 'document', persona: 'amazon', level: 'senior', minutes: 30 });
    assert.ok(panel, 'the command returns the panel');
    await waitFor(() => interviewTabs().length === 1, 'one interview panel tab');
    const [first] = panel.view.turns;
    assert.strictEqual(first.role, 'interviewer');
    assert.strictEqual(first.backend, 'built-in');
    assert.ok(first.quote && first.text.includes(first.quote), `the question quotes the document: ${first.text}`);
    const text = (await vscode.workspace.openTextDocument(workspaceUri(DOCUMENT))).getText();
    assert.ok(text.includes(first.quote!), 'the quote is the candidate\'s own words');
  });

  it('runs two answered turns, then ends in a debrief', async () => {
    assert.ok(panel);
    await panel.receive({ type: 'answer', text: 'We would add more workers.' });
    await panel.receive({
      type: 'answer',
      text:
        'The constraint is 30k notifications per second at peak. If a worker crashes mid-batch, the batch is redelivered after the visibility timeout, so users can get a duplicate push; we dedupe on the notification id for 24 hours, at the cost of a Redis lookup per send, and we alarm when queue depth passes 100k.',
    });
    const roles = panel.view.turns.map((t) => t.role);
    assert.deepStrictEqual(roles.slice(0, 5), ['interviewer', 'candidate', 'interviewer', 'candidate', 'interviewer']);
    await panel.receive({ type: 'end' });
    assert.strictEqual(panel.view.status, 'ended');
    const debrief = panel.view.debrief;
    assert.ok(debrief, 'a debrief');
    assert.strictEqual(debrief.answers.length, 2);
    assert.strictEqual(debrief.fixesFirst.length, 2);
    assert.ok(debrief.signal.score >= 0 && debrief.signal.score <= 100);
  });

  it('exports the transcript and debrief as markdown', async () => {
    assert.ok(panel);
    const target = workspaceUri('interview-export.md');
    await panel.exportTo(target);
    const written = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
    assert.ok(written.includes('We would add more workers.'), 'the answers are in it');
    assert.match(written, /debrief/i);
    assert.strictEqual(panel.view.notice?.level, 'info');
  });

  it('the "Interview me" lens of a section starts an interview on that section', async () => {
    const uri = workspaceUri(DOCUMENT);
    await openInEditor(uri);
    const lens = await waitFor(async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      return lenses?.find((l) => l.command?.command === 'tradeoff.interviewSection');
    }, 'an "Interview me" lens');
    assert.strictEqual(lens.command?.title, 'Interview me');
    const text = (await vscode.workspace.openTextDocument(uri)).getText().split('\n');
    const heading = text[lens.range.start.line];
    assert.match(heading, /^#+ /, 'the lens sits on a section heading');
    const sectionEnd = text.findIndex((l, i) => i > lens.range.start.line && /^#{1,2} /.test(l));
    const sectionText = text.slice(lens.range.start.line, sectionEnd < 0 ? undefined : sectionEnd).join('\n');
    const sectionPanel = await vscode.commands.executeCommand<InterviewPanel>(lens.command!.command, ...(lens.command!.arguments ?? []));
    assert.ok(sectionPanel, 'the lens command returns the panel');
    const [first] = sectionPanel.view.turns;
    assert.ok(first.quote && sectionText.includes(first.quote), `the first question quotes that section: ${first.text}`);
    sectionPanel.dispose();
  });

  it('"Resume the last interview" reopens a closed panel where it stopped, and the session goes on', async () => {
    await openInEditor(workspaceUri(DOCUMENT));
    const started = await vscode.commands.executeCommand<InterviewPanel>('tradeoff.startInterview', { source: 'document', persona: 'neutral', level: 'senior', minutes: 30 });
    assert.ok(started);
    await started.receive({ type: 'answer', text: 'We would add more workers.' });
    const turns = started.view.turns.map((t) => t.text);
    started.dispose();
    await waitFor(() => interviewTabs().length === 0, 'the panel closed');
    const resumed = await vscode.commands.executeCommand<InterviewPanel>('tradeoff.startInterview', { source: 'resume' });
    assert.ok(resumed, 'the command returns the resumed panel');
    try {
      await waitFor(() => interviewTabs().length === 1, 'one interview panel tab again');
      assert.deepStrictEqual(resumed.view.turns.map((t) => t.text), turns, 'the same conversation');
      assert.notStrictEqual(resumed.view.status, 'ended');
      await resumed.receive({ type: 'answer', text: 'Workers pull from the queue; we alert on queue depth above 100k.' });
      assert.ok(resumed.view.turns.length > turns.length + 1, 'the answer got a next interviewer turn');
    } finally {
      resumed.dispose();
    }
  });
});
