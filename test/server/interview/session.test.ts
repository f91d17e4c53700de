import * as assert from 'assert';
import { InterviewSession, type SessionSnapshot } from '../../../server/src/interview/session';
import type { CandidateTurn, InterviewerTurn, PersonaId } from '../../../server/src/interview/types';
import { answersFixture, bookingRaceDocument, documentConfig, manualClock, MINUTE, practiceConfig, TEST_QUESTION } from './engineFixtures';

const answers = answersFixture('chat-service.answers.md');

const KAFKA_QUOTE = "You wrote 'The gateway forwards each message to the chat service, which writes it to Cassandra and publishes it to Kafka'.";
const KAFKA = `${KAFKA_QUOTE} The consumers of Kafka fall behind by an hour: what happens to the backlog, and how would you know?`;
const CONSISTENCY = "You wrote 'Cassandra is eventually consistent, that is fine for chat'. A user writes something and reloads the page: what do they see, and for how long?";
const SHARD = "You wrote 'We shard the chat service by chat id so that each chat is owned by one node'. What exactly is overloaded before you shard, and which number shows it?";

function chatSession(persona: PersonaId = 'neutral', minutes = 45) {
  const clock = manualClock();
  const session = InterviewSession.start(documentConfig('chat-service.md', persona, minutes), clock.read);
  return { clock, session };
}

function lastCandidate(session: InterviewSession): CandidateTurn {
  const turns = session.transcript.filter((t): t is CandidateTurn => t.role === 'candidate');
  return turns[turns.length - 1];
}

describe('interview session', () => {
  describe('document', () => {
    it('opens on the first probe, quoting the candidate, with a link back to the line', () => {
      const { session } = chatSession();
      const turn = session.opening();
      assert.deepStrictEqual(turn, {
        role: 'interviewer',
        kind: 'question',
        text: `I've read 'chat-service.md'. ${CONSISTENCY}`,
        gap: 'eventual-consistency-unqualified',
        rule: 'eventual-consistency-unqualified',
        quote: 'eventually consistent',
        // The phrase wraps onto the next line in the fixture.
        range: { start: { line: 16, character: 94 }, end: { line: 17, character: 10 } },
        phase: 'clarify',
        at: 0,
        backend: 'built-in',
      });
      assert.strictEqual(session.opening(), turn, 'the opening is asked once');
      assert.strictEqual(session.transcript.length, 1);
    });

    it('a strong answer moves on to the next gap', () => {
      const { session } = chatSession();
      session.opening();
      const next = session.answer(answers['strong-consistency']);
      assert.deepStrictEqual([next.kind, next.gap, next.text], ['question', 'queue-without-failure-semantics', `Good. Next: ${KAFKA}`]);
      assert.strictEqual(lastCandidate(session).verdict?.strong, true);
    });

    it('a weak answer gets a sharper follow-up on the same gap, naming what is still missing', () => {
      const { session } = chatSession();
      session.opening();
      assert.strictEqual(session.answer(answers['strong-consistency']).gap, 'queue-without-failure-semantics');
      const followUp = session.answer(answers['partial-queue']);
      assert.deepStrictEqual([followUp.kind, followUp.gap, followUp.quote, followUp.text], ['follow-up', 'queue-without-failure-semantics', 'Kafka', 'Not yet. What happens when the consumers fall behind?']);
      assert.deepStrictEqual(lastCandidate(session).verdict?.stillMissing, [
        'backlog (depth, lag, backpressure)',
        'replay (retention, reprocessing)',
        'poison messages (dead-letter queue, max retries)',
        'observability (lag or depth metric, alert)',
      ]);
      // The second answer adds to the first: replay and poison messages are covered, the backlog is not.
      const sharper = session.answer(answers['queue-replay']);
      assert.deepStrictEqual([sharper.kind, sharper.text], ['follow-up', 'Still not there. What happens when the consumers fall behind?']);
      assert.deepStrictEqual(lastCandidate(session).verdict?.stillMissing, ['backlog (depth, lag, backpressure)', 'observability (lag or depth metric, alert)']);
      assert.deepStrictEqual(session.answer(answers['queue-alarm']).text, `Good. Next: ${SHARD}`);
    });

    it('an interviewer-side question (two requests passing the same check) is closed by what the answer states, not by any answer', () => {
      const text = bookingRaceDocument();
      const start = () => {
        const session = InterviewSession.start({ source: { kind: 'document', text, name: 'booking.md' }, persona: 'neutral', level: 'senior', minutes: 45 }, manualClock().read);
        const opening = session.opening();
        assert.strictEqual(opening.gap, 'missing-failure-mode');
        assert.match(opening.text, /Two requests pass that check at the same moment for the last one: what breaks, and what do users see\?$/);
        return session;
      };
      const weak = start();
      assert.strictEqual(weak.answer('It is fine.').kind, 'follow-up');
      assert.strictEqual(lastCandidate(weak).verdict?.strong, false);
      const strong = start();
      strong.answer('Both inserts race: the second one fails on a unique index on (table_id, slot), and that diner sees "this time was just taken" with the next free times.');
      assert.strictEqual(lastCandidate(strong).verdict?.strong, true);
    });

    it("after the persona's follow-ups, it moves on and notes it for the debrief", () => {
      const { session } = chatSession();
      session.opening();
      session.answer(answers['weak-failure-mode']);
      session.answer(answers['weak-failure-mode']);
      const moved = session.answer(answers['weak-failure-mode']);
      assert.strictEqual(moved.text, `Let's move on; I'll note that one for the debrief. Next: ${KAFKA}`);
      const fix = session.end().fixesFirst[0];
      assert.strictEqual(fix.gap, 'eventual-consistency-unqualified');
      assert.match(fix.why, /^In this session you were asked about 'eventually consistent' and, after 2 follow-ups, still had not said what users see while data is stale\./);
    });

    it('a stricter persona pushes more times before moving on', () => {
      const { session } = chatSession('amazon');
      session.opening();
      const kinds = [1, 2, 3, 4].map(() => session.answer(answers['weak-failure-mode']).kind);
      assert.deepStrictEqual(kinds, ['follow-up', 'follow-up', 'follow-up', 'question']);
    });

    it('a long answer naming no constraint and no failure mode is interrupted', () => {
      const { session } = chatSession();
      session.opening();
      const cut = session.answer(answers.rambling);
      assert.deepStrictEqual([cut.kind, cut.gap, cut.text], ['interruption', 'eventual-consistency-unqualified', "Let me stop you: what's the constraint here, and what breaks first?"]);
      // A short weak answer gets the normal follow-up.
      const { session: other } = chatSession();
      other.opening();
      assert.strictEqual(other.answer(answers['weak-failure-mode']).kind, 'follow-up');
    });

    it("when a phase's time is up mid-discussion, the interviewer moves on; a question just asked stands", () => {
      const { clock, session } = chatSession('neutral', 40);
      session.opening();
      clock.now += 5 * MINUTE;
      session.answer(answers['unqualified-again']);
      assert.strictEqual(session.tick(), null, 'clarify runs 6 minutes of 40');
      clock.now += 2 * MINUTE;
      const cut = session.tick()!;
      assert.deepStrictEqual([cut.kind, cut.phase, cut.gap, cut.text], ['interruption', 'deep-dive', 'queue-without-failure-semantics', `We're at time on this; moving on: ${KAFKA}`]);
      assert.strictEqual(session.tick(), null, 'said once');
      clock.now += 18 * MINUTE;
      assert.strictEqual(session.tick(), null, 'the queue question was just asked: it stands into the pressure phase');
      assert.strictEqual(session.clockState().phase, 'pressure');
    });

    it('entering the wrap-up phase mid-discussion, the interviewer asks the last question', () => {
      const { clock, session } = chatSession('neutral', 40);
      session.opening();
      clock.now += 30 * MINUTE;
      assert.strictEqual(session.tick(), null, 'the opening question was not answered yet: it stands');
      session.answer(answers['unqualified-again']);
      clock.now += 5 * MINUTE;
      const last = session.tick()!;
      assert.deepStrictEqual([last.kind, last.phase, last.text], ['interruption', 'wrap-up', `We're close to time; last question: ${KAFKA}`]);
    });

    it('a document with nothing flagged still gets a stress question on its biggest component', () => {
      const text = 'Reads go through Redis in front of Postgres.\n';
      const session = InterviewSession.start({ source: { kind: 'document', text, name: 'cache.md' }, persona: 'neutral', level: 'mid', minutes: 30 }, () => 0);
      assert.deepStrictEqual(session.plan().map((p) => [p.gap, p.quote]), [['structure:failureMode', 'Redis']]);
      assert.strictEqual(
        session.opening().text,
        "I've read 'cache.md'. Nothing in it jumps out as missing, so let's stress it: traffic doubles overnight. What breaks first in Redis, and what do users see?",
      );
      session.skip();
      assert.strictEqual(session.answer('anything else?').text, "That's everything I wanted to probe. End the session when you are ready for the debrief.");
    });

    it('wraps up when the time is over, once', () => {
      const { clock, session } = chatSession('neutral', 20);
      session.opening();
      clock.now += 20 * MINUTE;
      const wrap = session.tick()!;
      assert.deepStrictEqual([wrap.kind, wrap.gap, wrap.text], ['wrap-up', null, "We're out of time, so let's stop here. End the session for your debrief."]);
      assert.strictEqual(session.tick(), null);
      assert.strictEqual(session.answer('one more thing').kind, 'wrap-up');
    });

    it('changes one requirement once the deep dive is under way and two answers are in', () => {
      const { clock, session } = chatSession();
      session.opening();
      session.answer(answers['strong-consistency']);
      assert.strictEqual(session.answer(answers['partial-queue']).kind, 'follow-up', 'still in the clarify phase');
      clock.now += 8 * MINUTE;
      const change = session.answer([answers['queue-replay'], answers['queue-alarm']].join(' '));
      assert.deepStrictEqual([change.kind, change.gap, change.rule, change.text], [
        'requirement-change',
        null,
        null,
        'Good. Now a change of requirements: Traffic just grew 10x in one region: what breaks first in Cassandra?',
      ]);
      const after = session.answer(answers.surge);
      // Storage was already asked about (consistency) and so was Cassandra: the wish list that is a sizeable part of the answer comes next.
      assert.deepStrictEqual([after.kind, after.text], ['question', `Good. Next: ${SHARD}`]);
      assert.strictEqual(lastCandidate(session).verdict?.strong, true);
      session.answer(answers.hotspot);
      const changes = session.transcript.filter((t) => t.role === 'interviewer' && t.kind === 'requirement-change');
      assert.strictEqual(changes.length, 1);
    });

    it('a skip is not an answer; a weak answer to the requirement change gets a follow-up on it', () => {
      const { clock, session } = chatSession();
      session.opening();
      clock.now += 8 * MINUTE;
      session.answer(answers['strong-consistency']);
      assert.strictEqual(session.skip().kind, 'question', 'one answer so far: no change yet');
      const firstImprovement = 'First the read replicas: Cassandra reads are the bottleneck, p99 is 400 ms at peak and the disks are saturated. The CDN and the rest come after, in that order.';
      assert.strictEqual(session.answer(firstImprovement).kind, 'requirement-change');
      const followUp = session.answer('We would add more servers.');
      assert.deepStrictEqual([followUp.kind, followUp.gap, followUp.text], ['follow-up', null, 'Not yet. What breaks first? Name the component and the number.']);
      assert.deepStrictEqual(lastCandidate(session).verdict?.stillMissing, ['what breaks first']);
    });

    it('hints follow the persona: a nudge, a restatement, or two missing parts', () => {
      const nudge = chatSession('neutral').session;
      nudge.opening();
      assert.strictEqual(nudge.hint().text, `Think about the user's screen right after a write. ${CONSISTENCY}`);

      const none = chatSession('amazon').session;
      none.opening();
      assert.strictEqual(none.hint().text, `Let me restate the question. ${KAFKA_QUOTE} Consumer lag on Kafka keeps growing: what alarm fires, who gets paged, and what degrades for users?`);

      const afterFollowUp = chatSession('stripe').session;
      afterFollowUp.opening();
      afterFollowUp.answer(answers['partial-queue']);
      const hint = afterFollowUp.hint();
      assert.deepStrictEqual([hint.kind, hint.gap], ['hint', 'queue-without-failure-semantics']);
      assert.strictEqual(hint.text, 'Think about the unhappy path of one message. What happens when the consumers fall behind?');

      const generous = chatSession('bytedance').session;
      generous.opening();
      assert.strictEqual(generous.hint().text, `I am listening for two things: backlog, and replay. ${KAFKA_QUOTE} What ships in week one without Kafka, and what number tells you it is time to add it?`);
      generous.skip();
      // ByteDance's next gap is the wish list: which improvement ships this week.
      assert.strictEqual(generous.hint().text, "Think about which bottleneck hurts first; I am listening for which one comes first and why. Look at your section 'Improvements'. Which one ships this week, and what would tell you the next one is needed?");
    });

    it('skip moves to the next gap, records it, and never asks it again', () => {
      const { session } = chatSession();
      session.opening();
      const next = session.skip();
      assert.deepStrictEqual([next.kind, next.gap, next.text], ['question', 'queue-without-failure-semantics', `OK, skipping that. Next: ${KAFKA}`]);
      const asked = session.transcript.filter((t): t is InterviewerTurn => t.role === 'interviewer' && t.kind === 'question').map((t) => t.quote);
      for (let i = 0; i < 12; i++) {
        const t = session.skip();
        if (t.kind === 'wrap-up') break;
        asked.push(t.quote);
      }
      assert.strictEqual(new Set(asked).size, asked.length, asked.join(' | '));
      const debrief = session.end();
      assert.ok(debrief.fixesFirst.some((f) => /you skipped the question about/.test(f.why)));
    });

    it('the same input gives the same interview', () => {
      const run = () => {
        const { clock, session } = chatSession('google');
        session.opening();
        for (const name of ['weak-failure-mode', 'strong-consistency', 'partial-queue', 'rambling', 'hotspot']) {
          clock.now += 4 * MINUTE;
          session.tick();
          session.answer(answers[name]);
        }
        return { transcript: session.transcript, debrief: session.end() };
      };
      assert.deepStrictEqual(run(), run());
    });
  });

  describe('snapshot', () => {
    it('round-trips exactly and the restored session goes on the same way', () => {
      const { clock, session } = chatSession('stripe');
      session.opening();
      clock.now += 3 * MINUTE;
      session.answer(answers['partial-queue']);
      session.hint();
      clock.now += 5 * MINUTE;
      session.answer(answers['queue-replay']);
      assert.strictEqual(session.transcript.length, 6);
      const snapshot: SessionSnapshot = JSON.parse(JSON.stringify(session.toJSON()));
      const restored = InterviewSession.restore(snapshot, clock.read);
      assert.deepStrictEqual(restored.toJSON(), session.toJSON());
      assert.deepStrictEqual(restored.clockState(), session.clockState());
      assert.deepStrictEqual(restored.answer(answers['queue-alarm']), session.answer(answers['queue-alarm']));
      assert.deepStrictEqual(restored.end(), session.end());
    });

    it('the clock resumes where it stopped: time with the panel closed does not count', () => {
      const { clock, session } = chatSession();
      session.opening();
      clock.now += 10 * MINUTE;
      const snapshot = session.toJSON();
      clock.now += 60 * MINUTE;
      const restored = InterviewSession.restore(snapshot, clock.read);
      assert.strictEqual(restored.clockState().elapsedMs, 10 * MINUTE);
    });

    it('refuses a snapshot from another version', () => {
      assert.throws(() => InterviewSession.restore({ version: 2 } as unknown as SessionSnapshot), /another version/);
    });
  });

  describe('practice question', () => {
    function practice(persona: PersonaId = 'neutral') {
      const clock = manualClock();
      return { clock, session: InterviewSession.start(practiceConfig(persona), clock.read, { questions: [TEST_QUESTION] }) };
    }

    it('opens with the prompt; clarifying questions reveal the constraints once', () => {
      const { session } = practice();
      assert.strictEqual(session.opening().text, 'Design a group chat. Start with the requirements you would clarify, then walk me through your design.');
      const reply = session.answer('How many users, and what is the peak message rate?');
      assert.deepStrictEqual([reply.kind, reply.gap, reply.text], [
        'follow-up',
        null,
        'Here is what I have in mind: 10M daily users; 20,000 messages per second at peak; Messages are never lost once acknowledged. Now walk me through your design.',
      ]);
      assert.strictEqual(lastCandidate(session).verdict, undefined, 'a clarifying question is not judged');
    });

    it("probes its pressure points in the persona's order, quoting the candidate's design where it can", () => {
      const { session } = practice('stripe');
      assert.deepStrictEqual(session.plan().map((p) => p.rule ?? p.gap), [
        'queue-without-failure-semantics',
        'missing-failure-mode',
        'eventual-consistency-unqualified',
        'missing-operational-metrics',
        'pressure:test-chat:0',
        'missing-rollout-path',
      ]);
      session.opening();
      const first = session.answer('Clients keep a WebSocket to a gateway. The chat service writes each message to Cassandra and publishes it to Kafka; a fan-out worker delivers it to online members.');
      assert.deepStrictEqual([first.kind, first.gap, first.quote], ['question', 'pressure:test-chat:3', 'Kafka']);
      assert.strictEqual(
        first.text,
        "Thanks. Let's dig in. You wrote 'The chat service writes each message to Cassandra and publishes it to Kafka; a fan-out worker delivers it to online members'. The phone resends a message after losing the acknowledgement: what does the recipient see?",
      );
      const design = lastCandidate(session).verdict!;
      assert.deepStrictEqual(design.mistakes, ['queue-without-failure-semantics']);
      const next = session.answer(answers['partial-queue']);
      assert.strictEqual(next.text, 'Good. Next: A connection server crashes with 40,000 sockets open: what happens to messages in flight?');
    });

    it('an LLM gets the question and what the analysis found in the design sketch', () => {
      const { session } = practice();
      session.opening();
      const turn = session.answer('The chat service writes each message to Cassandra, which is eventually consistent.');
      const request = session.llmContext(turn);
      assert.strictEqual(request.question?.id, TEST_QUESTION.id);
      assert.deepStrictEqual(request.findings.map((f) => [f.rule, f.quote]), [['eventual-consistency-unqualified', 'eventually consistent']]);
      assert.strictEqual(request.documentExcerpt, undefined);
      assert.strictEqual(request.transcript.length, 2);
    });

    it('the requirement change is the question\'s own', () => {
      const { clock, session } = practice();
      session.opening();
      session.answer('A gateway tier in front of a chat service that stores messages in Postgres.');
      clock.now += 10 * MINUTE;
      const change = session.answer(answers['strong-failure-mode']);
      assert.strictEqual(change.text, 'Good. Now a change of requirements: A national event just sent 10x the usual traffic through one region. What breaks first in your design?');
    });

    it('an unknown question id is refused plainly', () => {
      assert.throws(() => InterviewSession.start({ ...practiceConfig(), source: { kind: 'practice', questionId: 'nope' } }, () => 0, { questions: [TEST_QUESTION] }), /Unknown practice question 'nope'/);
    });
  });

  describe('for an LLM backend', () => {
    it('llmContext carries the persona, the findings, the transcript before the turn and the section', () => {
      const { session } = chatSession('amazon');
      const opening = session.opening();
      const request = session.llmContext(opening);
      assert.strictEqual(request.persona.id, 'amazon');
      assert.strictEqual(request.level, 'senior');
      assert.strictEqual(request.intent, opening);
      assert.deepStrictEqual(request.transcript, []);
      assert.ok(request.findings.some((f) => f.rule === 'eventual-consistency-unqualified' && f.quote === 'eventually consistent'));
      assert.match(request.documentExcerpt ?? '', /^## High-level design\n\nClients keep a WebSocket open/);
      assert.strictEqual(request.question, undefined);
    });

    it('recordPhrasing keeps the words the user saw', () => {
      const { session } = chatSession();
      const opening = session.opening();
      session.recordPhrasing({ ...opening, text: 'Kafka consumers are an hour behind. What happens?', backend: 'openai:test' });
      assert.deepStrictEqual(session.transcript[0], { ...opening, text: 'Kafka consumers are an hour behind. What happens?', backend: 'openai:test' });
      session.recordPhrasing({ ...opening, kind: 'hint', text: 'ignored' });
      assert.strictEqual(session.transcript[0].text, 'Kafka consumers are an hour behind. What happens?');
    });
  });
});
