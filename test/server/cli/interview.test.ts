import * as assert from 'assert';
import { spawn } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InterviewSession } from '../../../server/src/interview/session';
import { PERSONAS } from '../../../server/src/interview/personas';
import { PERSONA_IDS, type InterviewConfig, type PersonaId } from '../../../server/src/interview/types';
import { FakeOpenAiServer } from '../../helpers/fakeOpenAiServer';
import { assertNoStack, buildCli, CLI, ROOT, runCli, type CliRun } from './cliHarness';

const DIR = path.join(ROOT, 'test', 'fixtures', 'interview', 'cli');
const DOC = 'order-service.md';
const DOC_TEXT = readFileSync(path.join(DIR, DOC), 'utf8');
const ANSWERS = 'answers.txt';
/** The answer blocks of answers.txt (the `:hint` block is a command, not an answer). */
const ANSWER_TEXTS = readFileSync(path.join(DIR, ANSWERS), 'utf8')
  .split(/^---$/m)
  .map((b) => b.trim())
  .filter((b) => b && !b.startsWith(':'));

interface JsonTurn {
  rule: string | null;
  question: string;
  answer: string;
}
interface SessionOutput {
  turns: JsonTurn[];
  debrief: { answers: Array<{ question: string; answer: string }>; fixesFirst: unknown[]; signal: { score: number; label: string; reasons: string[] }; mistakes: unknown[]; unprobed: unknown[] };
}

function config(persona: PersonaId, source: InterviewConfig['source'] = { kind: 'document', text: DOC_TEXT, name: DOC }): InterviewConfig {
  return { source, persona, level: 'senior', minutes: 30 };
}

/** Spawns the CLI without blocking this process (the fake model server lives here), with an exact environment. */
function runCliAsync(args: string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: DIR, env: { PATH: process.env.PATH ?? '', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, errLines: stderr.split('\n').filter((l) => l !== '') }));
    child.stdin.end(options.input ?? '');
  });
}

describe('tradeoff interview', () => {
  before(buildCli);

  describe('plan', () => {
    it('--format json prints exactly {"probes":[{rule,question,quote}]} in the engine\'s order, for every persona', () => {
      const firstRules = new Set<string | null>();
      for (const persona of PERSONA_IDS) {
        const r = runCli(['interview', 'plan', DOC, '--persona', persona, '--format', 'json'], DIR);
        assert.deepStrictEqual([r.code, r.stderr], [0, ''], persona);
        const expected = InterviewSession.start(config(persona))
          .plan()
          .map((p) => ({ rule: p.rule, question: p.question, quote: p.quote }));
        assert.ok(expected.length >= 3, `the fixture gives ${persona} several probes`);
        const printed = JSON.parse(r.stdout) as { probes: JsonTurn[] };
        assert.deepStrictEqual(printed, { probes: expected }, persona);
        for (const p of printed.probes) assert.deepStrictEqual(Object.keys(p), ['rule', 'question', 'quote']);
        firstRules.add(printed.probes[0].rule);
      }
      // --persona reaches the engine: the personas do not all open on the same gap.
      assert.ok(firstRules.size >= 3, `first probes: ${[...firstRules].join(', ')}`);
    });

    it('text lists the same probes, numbered, with their quotes', () => {
      const r = runCli(['interview', 'plan', DOC, '--persona', 'amazon'], DIR);
      assert.strictEqual(r.code, 0);
      const probes = InterviewSession.start(config('amazon')).plan();
      const lines = r.stdout.split('\n');
      assert.strictEqual(lines[0], `Opening plan: amazon interviewer, senior level, ${probes.length} probes in order.`);
      probes.forEach((p, i) => {
        const at = lines.indexOf(`${i + 1}. [${p.rule ?? p.gap}] ${p.question}`);
        assert.ok(at > 0, `probe ${i + 1} listed`);
        if (p.quote) assert.strictEqual(lines[at + 1], `   quotes: "${p.quote}"`);
      });
    });

    it('--practice ID plans from the question bank', () => {
      const r = runCli(['interview', 'plan', '--practice', 'rate-limiter', '--persona', 'stripe', '--format', 'json'], DIR);
      assert.strictEqual(r.code, 0, r.stderr);
      const expected = InterviewSession.start(config('stripe', { kind: 'practice', questionId: 'rate-limiter' })).plan();
      assert.ok(expected.length > 0);
      assert.deepStrictEqual(JSON.parse(r.stdout), { probes: expected.map((p) => ({ rule: p.rule, question: p.question, quote: p.quote })) });
    });
  });

  describe('the document\'s .tradeoff.jsonc', () => {
    it('a rule turned off there is never probed; a broken entry is reported and the valid parts still apply', () => {
      const tmp = mkdtempSync(path.join(os.tmpdir(), 'tradeoff-interview-config-'));
      try {
        copyFileSync(path.join(DIR, DOC), path.join(tmp, DOC));
        const planned = (args: string[]) => JSON.parse(runCli(['interview', 'plan', DOC, '--format', 'json', ...args], tmp).stdout).probes as Array<{ rule: string | null }>;
        const before = planned([]);
        const first = before.find((p) => p.rule !== null)!.rule!;
        writeFileSync(path.join(tmp, '.tradeoff.jsonc'), `{ "rules": { "${first}": "off", "no-such-rule": "warning" } }\n`);
        const r = runCli(['interview', 'plan', DOC, '--format', 'json'], tmp);
        assert.strictEqual(r.code, 0, r.stderr);
        const after = JSON.parse(r.stdout).probes as Array<{ rule: string | null }>;
        assert.ok(after.length > 0 && after.every((p) => p.rule !== first), `${first} is not probed once off: ${JSON.stringify(after)}`);
        assert.deepStrictEqual(r.errLines.length, 1, r.stderr);
        assert.match(r.errLines[0], /^tradeoff: config error: \.tradeoff\.jsonc:1:\d+: .*no-such-rule/);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    });
  });

  describe('--answers (non-interactive)', () => {
    it('--format json prints exactly {"turns":[{rule,question,answer}],"debrief":{...}}', () => {
      const r = runCli(['interview', DOC, '--persona', 'stripe', '--answers', ANSWERS, '--format', 'json'], DIR);
      assert.deepStrictEqual([r.code, r.stderr], [0, '']);
      const out = JSON.parse(r.stdout) as SessionOutput;
      assert.deepStrictEqual(Object.keys(out), ['turns', 'debrief']);
      for (const t of out.turns) {
        assert.deepStrictEqual(Object.keys(t), ['rule', 'question', 'answer']);
        assert.ok(t.rule === null || typeof t.rule === 'string');
        assert.ok(t.question.length > 0);
      }
      // The first question is the engine's opening, quoting the document; its rule leads the stripe plan.
      const opening = InterviewSession.start(config('stripe')).opening();
      assert.deepStrictEqual([out.turns[0].rule, out.turns[0].question], [opening.rule, opening.text]);
      // Every answer of the file, in order, each after the question it answers; the hint got none.
      assert.deepStrictEqual(
        out.turns.filter((t) => t.answer).map((t) => t.answer),
        ANSWER_TEXTS,
      );
      // The weak first answer got a follow-up, which the :hint left unanswered; the hint turn got the second answer.
      assert.deepStrictEqual([out.turns[1].answer, out.turns[2].answer], ['', ANSWER_TEXTS[1]]);
      // The debrief judges each answer.
      assert.deepStrictEqual(
        out.debrief.answers.map((a) => a.answer),
        ANSWER_TEXTS,
      );
      assert.ok(out.debrief.signal.score >= 0 && out.debrief.signal.score <= 100);
      assert.ok(['mid', 'senior', 'staff'].includes(out.debrief.signal.label));
      assert.ok(out.debrief.fixesFirst.length <= 2);
    });

    it('is deterministic, and reads the answers from stdin with --answers -', async () => {
      const fromFile = runCli(['interview', DOC, '--persona', 'stripe', '--answers', ANSWERS, '--format', 'json'], DIR);
      assert.strictEqual(runCli(['interview', DOC, '--persona', 'stripe', '--answers', ANSWERS, '--format', 'json'], DIR).stdout, fromFile.stdout);
      const fromStdin = await runCliAsync(['interview', DOC, '--persona', 'stripe', '--answers', '-', '--format', 'json'], { input: readFileSync(path.join(DIR, ANSWERS), 'utf8') });
      assert.deepStrictEqual([fromStdin.code, fromStdin.stdout], [0, fromFile.stdout]);
    });

    it('text prints the transcript (questions, answers) and then the debrief', () => {
      const r = runCli(['interview', DOC, '--persona', 'stripe', '--answers', ANSWERS], DIR);
      assert.deepStrictEqual([r.code, r.stderr], [0, '']);
      const json = JSON.parse(runCli(['interview', DOC, '--persona', 'stripe', '--answers', ANSWERS, '--format', 'json'], DIR).stdout) as SessionOutput;
      let at = 0;
      const expectInOrder = (text: string): void => {
        const found = r.stdout.indexOf(text, at);
        assert.ok(found >= at, `missing or out of order: ${text}`);
        at = found + text.length;
      };
      expectInOrder(`Interviewer [question, clarify, 00:00]: ${json.turns[0].question}`);
      expectInOrder(`You: ${ANSWER_TEXTS[0]}`);
      expectInOrder(json.turns[1].question);
      expectInOrder(`You: ${ANSWER_TEXTS[1].split('\n')[0]}`);
      expectInOrder('\nDebrief\n');
      expectInOrder(`Seniority signal: ${json.debrief.signal.score}/100 (${json.debrief.signal.label})`);
      expectInOrder('Practise first:');
    });

    it('--export FILE also writes the transcript and debrief as markdown', () => {
      const tmp = mkdtempSync(path.join(os.tmpdir(), 'tradeoff-interview-'));
      try {
        const file = path.join(tmp, 'session.md');
        const r = runCli(['interview', DOC, '--persona', 'stripe', '--answers', ANSWERS, '--format', 'json', '--export', file], DIR);
        assert.strictEqual(r.code, 0, r.stderr);
        const markdown = readFileSync(file, 'utf8');
        const out = JSON.parse(r.stdout) as SessionOutput;
        assert.ok(markdown.includes(ANSWER_TEXTS[0]), 'an answer in the export');
        assert.ok(markdown.includes(out.turns[0].question.slice(0, 40)), 'the first question in the export');
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    });
  });

  describe('interactive (readline)', () => {
    it('reads answers ended by --- or two empty lines, handles :hint and :end, and prints the debrief', async () => {
      const input = ['It retries.', '---', ':hint', 'We dedupe on the order id, so a redelivered event is skipped.', '', '', ':end', ''].join('\n');
      const r = await runCliAsync(['interview', DOC, '--persona', 'stripe'], { input });
      assert.deepStrictEqual([r.code, r.stderr], [0, '']);
      assert.ok(r.stdout.startsWith('Mock interview on order-service.md: stripe interviewer, senior level, 30 minutes.\n'), r.stdout.slice(0, 200));
      const opening = InterviewSession.start(config('stripe')).opening();
      assert.ok(r.stdout.includes(`Interviewer [question, clarify, 00:00]: ${opening.text}`));
      assert.match(r.stdout, /\nInterviewer \[hint, clarify, \d\d:\d\d\]: /);
      assert.match(r.stdout, /\nDebrief\n/);
      // Both answers were recorded (the debrief quotes them), and nothing after :end.
      assert.ok(r.stdout.includes('A: It retries.'));
      assert.ok(r.stdout.includes('A: We dedupe on the order id, so a redelivered event is skipped.'));
    });

    it('end of input ends the session with the answer typed so far', async () => {
      const r = await runCliAsync(['interview', '--practice', 'url-shortener'], { input: 'How many URLs per day?\nAnd how long do links live?' });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.ok(r.stdout.includes("Mock interview on the practice question 'url-shortener'"));
      assert.match(r.stdout, /\nDebrief\n/);
    });
  });

  describe('--provider openai (against a real OpenAI-compatible server on 127.0.0.1)', () => {
    let server: FakeOpenAiServer;
    before(async () => {
      server = await FakeOpenAiServer.start();
    });
    after(() => server.close());

    const KEY = 'sk-cli-test-5b1d';
    const llmArgs = (): string[] => ['--provider', 'openai', '--base-url', server.baseURL, '--model', 'interviewer-1'];

    it("phrases every interviewer turn with the model: the requests carry the persona, the findings and the key", async () => {
      server.serve(...Array.from({ length: 12 }, (_, i) => ({ kind: 'stream' as const, deltas: [`Model question `, `${i + 1}?`] })));
      const r = await runCliAsync(['interview', DOC, '--persona', 'stripe', '--answers', ANSWERS, '--format', 'json', ...llmArgs()], { env: { OPENAI_API_KEY: KEY } });
      assert.deepStrictEqual([r.code, r.stderr], [0, '']);
      const out = JSON.parse(r.stdout) as SessionOutput;
      const asked = out.turns.map((t) => t.question);
      assert.deepStrictEqual(asked, asked.map((_, i) => `Model question ${i + 1}?`));
      assert.deepStrictEqual(
        out.turns.filter((t) => t.answer).map((t) => t.answer),
        ANSWER_TEXTS,
      );
      // One request per interviewer turn (the closing wrap-up, if any, is phrased too).
      assert.ok(server.completions.length >= out.turns.length);
      for (const req of server.completions) {
        assert.strictEqual(req.headers.authorization, `Bearer ${KEY}`);
        assert.strictEqual(req.body.model, 'interviewer-1');
        assert.strictEqual(req.body.stream, true);
        const [system, context] = req.body.messages as Array<{ role: string; content: string }>;
        assert.strictEqual(system.role, 'system');
        assert.ok(system.content.includes(PERSONAS.stripe.focus), 'the persona');
        assert.ok(context.content.includes('[queue-without-failure-semantics]'), 'the findings');
        assert.ok(context.content.includes('We will put Kafka'), 'the document excerpt');
      }
      // The second request carries the transcript so far: the model's own question and the first answer.
      const second = server.completions[1].body.messages as Array<{ role: string; content: string }>;
      assert.deepStrictEqual(second.slice(2, 4), [
        { role: 'assistant', content: 'Model question 1?' },
        { role: 'user', content: ANSWER_TEXTS[0] },
      ]);
    });

    it('a failed model turn prints a one-line notice on stderr and falls back to the built-in question', async () => {
      server.serve({ kind: 'stream', deltas: ['Model opening?'] }, { kind: 'error', status: 401, message: `Incorrect API key provided: ${KEY}` }, { kind: 'stream', deltas: ['Model again?'] });
      const r = await runCliAsync(['interview', DOC, '--persona', 'stripe', '--answers', ANSWERS, '--format', 'json', ...llmArgs()], { env: { OPENAI_API_KEY: KEY } });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.deepStrictEqual(r.errLines, [`tradeoff: openai:interviewer-1 failed, so the built-in interviewer asks this one: the API key was rejected by ${server.baseURL} (HTTP 401): check the key.`]);
      assert.ok(!r.stderr.includes(KEY));
      const out = JSON.parse(r.stdout) as SessionOutput;
      assert.strictEqual(out.turns[0].question, 'Model opening?');
      // The second turn is the engine's own follow-up (what the built-in run asks there), the third the model's again.
      const builtIn = JSON.parse(runCli(['interview', DOC, '--persona', 'stripe', '--answers', ANSWERS, '--format', 'json'], DIR).stdout) as SessionOutput;
      assert.strictEqual(out.turns[1].question, builtIn.turns[1].question);
      assert.strictEqual(out.turns[2].question, 'Model again?');
    });

    it('text output streams the model text with its id in the turn header', async () => {
      server.serve({ kind: 'stream', deltas: ['Model ', 'question?'] });
      const r = await runCliAsync(['interview', DOC, '--answers', ANSWERS, ...llmArgs()], { env: { OPENAI_API_KEY: KEY } });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.ok(r.stdout.includes('Interviewer [question, clarify, 00:00, openai:interviewer-1]: Model question?'), r.stdout.slice(0, 300));
    });

    it('a server that is not reachable: every turn falls back, the session still runs (exit 0)', async () => {
      const r = await runCliAsync(['interview', DOC, '--answers', ANSWERS, '--format', 'json', '--provider', 'openai', '--base-url', 'http://127.0.0.1:9/v1', '--model', 'm'], {
        env: { OPENAI_API_KEY: KEY },
      });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.ok(r.errLines.length > 0);
      for (const line of r.errLines) assert.match(line, /^tradeoff: openai:m failed, so the built-in interviewer asks this one: could not reach http:\/\/127\.0\.0\.1:9\/v1/);
      const builtIn = runCli(['interview', DOC, '--answers', ANSWERS, '--format', 'json'], DIR);
      assert.strictEqual(r.stdout, builtIn.stdout);
    });

    it('without OPENAI_API_KEY: exit 2 with a clear message, nothing sent', async () => {
      server.serve({ kind: 'stream', deltas: ['x'] });
      const r = await runCliAsync(['interview', DOC, '--answers', ANSWERS, ...llmArgs()], { env: {} });
      assert.strictEqual(r.code, 2);
      assert.deepStrictEqual(r.errLines, ['tradeoff: --provider openai reads the API key from OPENAI_API_KEY, which is not set (a local server such as Ollama accepts any value)']);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(server.requests.length, 0);
    });

    it('a base URL that is not a URL: exit 2', async () => {
      const r = await runCliAsync(['interview', DOC, '--answers', ANSWERS, '--provider', 'openai', '--base-url', 'localhost:11434', '--model', 'm'], { env: { OPENAI_API_KEY: KEY } });
      assert.strictEqual(r.code, 2);
      assert.deepStrictEqual(r.errLines, ['tradeoff: --base-url/--model: the base URL must start with http:// or https:// (not localhost:).']);
    });
  });

  describe('usage and I/O errors: exit 2, one line, no stack', () => {
    const cases: Array<[string[], RegExp]> = [
      [['interview'], /^tradeoff: 'interview' needs a markdown FILE or --practice ID \(see 'tradeoff --help'\)$/],
      [['interview', 'plan'], /^tradeoff: 'interview' needs a markdown FILE or --practice ID/],
      [['interview', DOC, '--persona', 'netflix'], /^tradeoff: --persona must be one of neutral, google, meta, amazon, stripe, bytedance, not 'netflix'/],
      [['interview', DOC, '--level', 'intern'], /^tradeoff: --level must be one of mid, senior, staff, not 'intern'/],
      [['interview', DOC, '--minutes', 'ten'], /^tradeoff: --minutes must be a whole number from 5 to 180, not 'ten'/],
      [['interview', DOC, '--minutes', '2'], /^tradeoff: --minutes must be a whole number from 5 to 180, not '2'/],
      [['interview', DOC, '--provider', 'claude'], /^tradeoff: --provider must be one of built-in, openai, not 'claude'/],
      [['interview', DOC, '--provider', 'openai'], /^tradeoff: --provider openai needs --model/],
      [['interview', DOC, '--model', 'gpt-4o'], /^tradeoff: --model needs --provider openai/],
      [['interview', DOC, '--format', 'json'], /^tradeoff: --format json needs --answers FILE/],
      [['interview', DOC, '--format', 'sarif', '--answers', ANSWERS], /^tradeoff: --format must be one of text, json for 'interview', not 'sarif'/],
      [['interview', 'plan', DOC, '--answers', ANSWERS], /^tradeoff: --answers applies to an interview session, not to 'interview plan'/],
      [['interview', DOC, 'other.md'], /^tradeoff: 'interview' takes one file \(got 'order-service.md' and 'other.md'\)/],
      [['interview', DOC, '--practice', 'rate-limiter'], /^tradeoff: give either a FILE or --practice ID, not both/],
      [['interview', DOC, '--config', 'x.jsonc'], /^tradeoff: --config applies to 'check', not 'interview'/],
      [['interview', DOC, '--persona'], /^tradeoff: option --persona needs a value/],
      [['check', DOC, '--persona', 'amazon'], /^tradeoff: --persona applies to 'interview', not 'check'/],
      [['interview', 'missing.md', '--answers', ANSWERS], /^tradeoff: missing\.md: file not found$/],
      [['interview', DOC, '--answers', 'missing.txt'], /^tradeoff: missing\.txt: file not found$/],
      [['interview', '--practice', 'tiny-url', '--answers', ANSWERS], /^tradeoff: unknown practice question 'tiny-url' \(one of: url-shortener, rate-limiter, /],
      [['interview', 'plan', DIR], /^tradeoff: .*: it is a directory$/],
    ];
    for (const [args, message] of cases) {
      it(args.join(' ').replace(DIR, '<dir>'), () => {
        const r = runCli(args, DIR);
        assert.strictEqual(r.code, 2, r.stderr);
        assert.strictEqual(r.stdout, '');
        assert.strictEqual(r.errLines.length, 1, r.stderr);
        assert.match(r.errLines[0], message);
        assertNoStack(r);
      });
    }

    it('an answers file without answers', async () => {
      const r = await runCliAsync(['interview', DOC, '--answers', '-'], { input: '---\n\n---\n' });
      assert.strictEqual(r.code, 2);
      assert.deepStrictEqual(r.errLines, ["tradeoff: -: no answers (separate them with lines of '---')"]);
    });

    it('--help describes interview', () => {
      const r = runCli(['--help']);
      for (const word of ['tradeoff interview', 'interview plan', '--persona', '--answers', '--practice', '--provider', '--base-url', '--model', 'OPENAI_API_KEY']) {
        assert.ok(r.stdout.includes(word), word);
      }
    });
  });
});
