import * as assert from 'assert';
import { analyze } from '../../../server/src/analysis';
import { transcriptMarkdown } from '../../../server/src/interview/exportMarkdown';
import { practiceQuestion } from '../../../server/src/interview/questionBank';
import { InterviewSession } from '../../../server/src/interview/session';
import type { InterviewerTurn } from '../../../server/src/interview/types';
import { answersFixture, documentConfig, manualClock, MINUTE } from './engineFixtures';

const STRONG =
  'The constraint is 2 ms at p99. If one API key gets hot, its Redis shard saturates first; to mitigate that we lease budget to each gateway node, at the cost of letting a client overshoot by up to 10% for one refill window.';

/** A short session on rate-limiter-unmitigated.md (a Redis outage lifts every limit): an LLM-phrased opening, a weak answer, a hint that fell back, a strong answer. */
function shortSession(): string {
  const clock = manualClock();
  const session = InterviewSession.start(documentConfig('rate-limiter-unmitigated.md', 'amazon', 30), clock.read);
  const opening = session.opening();
  session.recordPhrasing({ ...opening, text: 'Token buckets in Redis: what is your first move when a key runs hot?', backend: 'openai:gpt-test' });
  clock.now += 2 * MINUTE + 5000;
  session.answer('Redis is fast.\n\n- it will be fine');
  clock.now += MINUTE;
  const hint = session.hint();
  session.recordPhrasing({ ...hint, fallbackReason: 'the request to http://127.0.0.1:1 failed: ECONNREFUSED' } as InterviewerTurn);
  clock.now += MINUTE;
  session.answer(STRONG);
  return transcriptMarkdown(session.config, session.transcript, session.end());
}

describe('interview transcript export', () => {
  it('renders the transcript and the debrief as a markdown file to keep', () => {
    assert.strictEqual(
      shortSession(),
      [
        '<!-- tradeoff-disable-file -->',
        '',
        '# Mock interview: rate-limiter-unmitigated.md',
        '',
        '- Interviewer: Amazon interviewer',
        '- Level: senior',
        '- Length: 30 minutes',
        '',
        '## Transcript',
        '',
        '**Interviewer** (0:00, clarify, openai:gpt-test): Token buckets in Redis: what is your first move when a key runs hot?',
        '',
        '**You** (2:05):',
        '',
        '> Redis is fast.',
        '>',
        '> - it will be fine',
        '',
        '**Interviewer** (2:05, clarify): Dive deeper. What is the one fix you would make first?',
        '',
        '**Interviewer** (3:05, clarify): Let me restate the question. What is the one fix you would make first?',
        '',
        '_The model failed (the request to http://127.0.0.1:1 failed: ECONNREFUSED); this is the built-in question._',
        '',
        '**You** (4:05):',
        '',
        `> ${STRONG}`,
        '',
        "**Interviewer** (4:05, clarify): That's everything I wanted to probe. End the session when you are ready for the debrief.",
        '',
        '## Debrief',
        '',
        '### Signal: 73/100 (senior)',
        '',
        '- 0 of 1 probe answered strongly at once, 1 after follow-ups.',
        '- Across your 2 answers: constraint in 1, failure mode in 1, primary mitigation in 1, new cost in 1.',
        '- The document itself scores 90/100 with 0 findings.',
        '- You asked for 1 hint.',
        '',
        '### Practise first',
        '',
        "1. **Commit to one primary mitigation, and say why it comes first**: In this session 'We will keep token buckets' took 1 follow-up to answer. It is not an Amazon interviewer's main focus (operational rigor: the metric and alarm for every failure, who gets paged, what degrades, who owns it), but it cost you here.",
        '2. **Name the numbers you watch and alert on**: Nothing else stood out in this session; an Amazon interviewer probes this first (operational rigor: the metric and alarm for every failure, who gets paged, what degrades, who owns it).',
        '',
        '### Mistakes',
        '',
        'None found.',
        '',
        '### Your answers',
        '',
        '1. Token buckets in Redis: what is your first move when a key runs hot? (weak)',
        '   - Constraint: missing',
        '   - Failure mode: missing',
        '   - Mitigation: missing',
        '   - New cost: missing',
        '   - Still missing: a primary mitigation',
        '2. Dive deeper. What is the one fix you would make first? (strong)',
        // Each part quotes the sentence it is in (long ones cut at a word, with an ellipsis).
        '   - Constraint: "The constraint is 2 ms at p99"',
        '   - Failure mode: "If one API key gets hot, its Redis shard saturates first; to mitigate that we lease budget to each gateway node, at the cost of letting…"',
        '   - Mitigation: "If one API key gets hot, its Redis shard saturates first; to mitigate that we lease budget to each gateway node, at the cost of letting…"',
        '   - New cost: "…mitigate that we lease budget to each gateway node, at the cost of letting a client overshoot by up to 10% for one refill window"',
        '',
      ].join('\n'),
    );
  });

  it("is not flagged by Tradeoff's own linter, however weak the quoted answers", () => {
    const answers = answersFixture('chat-service.answers.md');
    const session = InterviewSession.start(documentConfig('chat-service.md'), () => 0);
    session.opening();
    for (const name of ['weak-failure-mode', 'unqualified-again', 'rambling']) session.answer(answers[name]);
    session.skip();
    const markdown = transcriptMarkdown(session.config, session.transcript, session.end());
    assert.match(markdown, /### Mistakes\n\n\| Rule \| Count \| Example \|\n\| --- \| --- \| --- \|\n\| missing-failure-mode \| 3 \| "We will store messages in Cassandra" \|/);
    assert.match(markdown, /### Not probed\n\n- Name the hotspot, with the number that shows it, before you shard \(shard-before-hotspot\)\n- Rank your improvements: the first one, and the bottleneck it relieves \(unprioritized-improvements\)\n- Turn redundancy into a plan: what degrades, what you fall back to, how you recover \(availability-without-resilience\)\n- Give a rollout path: the day-one baseline and the trigger for each added piece \(missing-rollout-path\)\n- Say what breaks right after each component you add \(structure:failureMode, missing-failure-mode\)\n- Name the new cost of every mitigation \(mitigation-without-cost\)/);
    const result = analyze(markdown);
    assert.deepStrictEqual(result.findings, []);
    assert.deepStrictEqual(result.notices, []);
    // Without the disable comment the same text would be flagged: the comment is what keeps it clean.
    assert.ok(analyze(markdown.replace('<!-- tradeoff-disable-file -->', '')).findings.length > 0);
  });

  it("names a practice question by its title, and HTML in the interviewer's words stays text", () => {
    const question = practiceQuestion('url-shortener');
    assert.ok(question, 'the bank has a url-shortener question');
    const session = InterviewSession.start({ source: { kind: 'practice', questionId: 'url-shortener' }, persona: 'neutral', level: 'mid', minutes: 45 }, () => 0);
    const opening = session.opening();
    session.recordPhrasing({ ...opening, text: 'Design it. <img src=x onerror=alert(1)>', backend: 'openai:m' });
    const markdown = transcriptMarkdown(session.config, session.transcript, session.end());
    assert.ok(markdown.startsWith(`<!-- tradeoff-disable-file -->\n\n# Mock interview: ${question.title}\n`));
    assert.match(markdown, /Design it\. &lt;img src=x onerror=alert\(1\)>/);
  });
});
