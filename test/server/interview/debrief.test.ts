import * as assert from 'assert';
import { InterviewSession } from '../../../server/src/interview/session';
import type { Debrief, PersonaId } from '../../../server/src/interview/types';
import { answersFixture, documentConfig, manualClock, MINUTE } from './engineFixtures';

const answers = answersFixture('chat-service.answers.md');

/** Three weak answers on the queue, a repeated mistake then a strong answer on consistency (in the order asked), a skip. */
function weakSession(persona: PersonaId): Debrief {
  const clock = manualClock();
  const session = InterviewSession.start(documentConfig('chat-service.md', persona), clock.read);
  const onQueue = ['weak-failure-mode', 'weak-failure-mode', 'weak-failure-mode'];
  const onConsistency = ['unqualified-again', 'strong-consistency'];
  const consistencyFirst = session.opening().gap === 'eventual-consistency-unqualified';
  for (const name of consistencyFirst ? [...onConsistency, ...onQueue] : [...onQueue, ...onConsistency]) {
    clock.now += MINUTE;
    session.answer(answers[name]);
  }
  session.skip();
  return session.end();
}

describe('interview debrief', () => {
  const debrief = weakSession('neutral');

  it('per answer: the question it answered, the four parts found or missing, what is still missing', () => {
    assert.deepStrictEqual(
      debrief.answers.map((a) => [a.question.slice(0, 40), a.verdict.strong]),
      [
        ["I've read 'chat-service.md'. You wrote '", false],
        ['Not yet. What exactly does the user see ', true],
        ["Good. Next: You wrote 'The gateway forwa", false],
        ['Not yet. What happens when the consumers', false],
        ['Still not there. What happens when the c', false],
      ],
    );
    assert.deepStrictEqual(debrief.answers[0].verdict, {
      strong: false,
      structure: { constraint: { present: false }, failureMode: { present: false }, mitigation: { present: false }, newCost: { present: true, quote: "It's eventually consistent anyway, so that is fine" } },
      mistakes: ['eventual-consistency-unqualified'],
      stillMissing: ['what users see while data is stale', 'how long it lasts (a bound)', 'which operation still needs a stronger guarantee'],
    });
  });

  it('mistakes, most costly first: one repeated under questioning costs double', () => {
    assert.deepStrictEqual(debrief.mistakes, [
      { rule: 'missing-failure-mode', count: 3, example: 'We will store messages in Cassandra' },
      { rule: 'eventual-consistency-unqualified', count: 2, example: 'eventually consistent' },
      { rule: 'shard-before-hotspot', count: 2, example: 'partitioned' },
      { rule: 'queue-without-failure-semantics', count: 1, example: 'Kafka' },
      { rule: 'availability-without-resilience', count: 1, example: 'multi-AZ' },
      { rule: 'mitigation-without-cost', count: 1, example: 'Add a CDN' },
      { rule: 'unprioritized-improvements', count: 1, example: 'Improvements' },
      { rule: 'missing-rollout-path', count: 1, example: 'Design: group chat for 50M daily users' },
    ]);
  });

  it('the two fixes to practise first, in order, each with why from the session', () => {
    assert.deepStrictEqual(debrief.fixesFirst, [
      {
        gap: 'queue-without-failure-semantics',
        title: 'Give every queue its failure semantics: backlog, replay, duplicates, poison messages, the alarm',
        why: "In this session you were asked about 'Kafka' and, after 2 follow-ups, still had not said backlog. A strong interviewer probes this before anything else.",
      },
      {
        gap: 'eventual-consistency-unqualified',
        title: 'Qualify eventual consistency: what users see, for how long, and what stays strongly consistent',
        // Said in other words than the first fix's reason, which is of the same weight.
        why: "In this session the same mistake showed in your answers ('eventually consistent'). It is among the first things a strong interviewer asks.",
      },
    ]);
  });

  it("the why is tied to the persona's focus", () => {
    const stripe = weakSession('stripe').fixesFirst;
    assert.deepStrictEqual(stripe.map((f) => f.gap), ['queue-without-failure-semantics', 'structure:failureMode']);
    assert.match(stripe[0].why, /after 3 follow-ups, still had not said backlog\. It is what a Stripe interviewer probes first\. Failure semantics: idempotency, retries/);
    assert.match(stripe[1].why, /^In this session you named a failure mode in 0 of 5 answers\. A Stripe interviewer probes it early\.$/);
    assert.doesNotMatch(stripe[1].why, /Failure semantics: idempotency/, 'the focus is said once, with the first fix');
    const bytedance = weakSession('bytedance').fixesFirst;
    assert.match(bytedance[0].why, /It is not a ByteDance interviewer's main focus \(iteration speed: what ships in week one/);
    assert.match(bytedance[1].why, /you skipped the question about 'Improvements'\. It is what a ByteDance interviewer probes first\./);
  });

  it('an overall signal with its reasons', () => {
    assert.deepStrictEqual(debrief.signal, {
      score: 19,
      label: 'mid',
      reasons: [
        '0 of 3 probes answered strongly at once, 1 after follow-ups, 1 still weak after 2 follow-ups, 1 skipped.',
        'Across your 5 answers: constraint in 0, failure mode in 0, primary mitigation in 0, new cost in 1.',
        'Mistakes that showed in your answers: eventual-consistency-unqualified.',
        'The document itself scores 28/100 with 11 findings.',
        'You chose the senior bar; this session reads as mid.',
      ],
    });
  });

  it('a strong session on a strong document reads higher', () => {
    const session = InterviewSession.start(documentConfig('rate-limiter.md'), () => 0);
    session.opening();
    session.answer(
      'The constraint is 2 ms at p99. If one API key gets hot, its Redis shard saturates first; to mitigate that we lease budget to each gateway node, at the cost of letting a client overshoot by up to 10% for one refill window.',
    );
    const signal = session.end().signal;
    assert.deepStrictEqual(signal, {
      score: 100,
      label: 'staff',
      reasons: [
        '1 of 1 probe answered strongly at once.',
        'Across your 1 answer: constraint in 1, failure mode in 1, primary mitigation in 1, new cost in 1.',
        'The document itself scores 100/100 with 0 findings.',
        'You chose the senior bar; this session reads as staff.',
      ],
    });
  });

  it('lists the planned gaps never asked, in plan order', () => {
    assert.deepStrictEqual(debrief.unprobed, ['unprioritized-improvements', 'availability-without-resilience', 'missing-rollout-path', 'structure:failureMode', 'missing-failure-mode', 'mitigation-without-cost']);
  });
});
