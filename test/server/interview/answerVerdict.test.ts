import * as assert from 'assert';
import { judgeAnswer, structureOf, wordCount } from '../../../server/src/interview/answerVerdict';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyseDocument, analyseText } from '../../../server/src/interview/analysedText';
import { documentGaps } from '../../../server/src/interview/documentGaps';
import type { PlannedGap } from '../../../server/src/interview/plannedGap';
import { pressurePointGaps } from '../../../server/src/interview/practiceGaps';
import { answersFixture, engineFixture, TEST_QUESTION } from './engineFixtures';

const chat = analyseText(engineFixture('chat-service.md'));
const chatGaps = documentGaps(chat).gaps;
const answers = answersFixture('chat-service.answers.md');

function gap(key: string): PlannedGap {
  const found = chatGaps.find((g) => g.key === key);
  assert.ok(found, `gap ${key} in ${chatGaps.map((g) => g.key).join(', ')}`);
  return found;
}

function judge(key: string, ...names: string[]) {
  return judgeAnswer({ gap: gap(key), answers: names.map((n) => answers[n]), document: chat });
}

const failureModeKey = 'missing-failure-mode@3';
const queueKey = 'queue-without-failure-semantics@2';
const consistencyKey = 'eventual-consistency-unqualified@3';
const shardKey = 'shard-before-hotspot@4';

describe('interview answer verdict', () => {
  describe('a finding in a document: re-analysed with the answer in its section', () => {
    it('a strong answer closes the gap: the finding is gone', () => {
      const { verdict } = judge(failureModeKey, 'strong-failure-mode');
      assert.strictEqual(verdict.strong, true);
      assert.deepStrictEqual(verdict.stillMissing, []);
      assert.deepStrictEqual(verdict.structure.failureMode, { present: true, quote: "If a Cassandra replica is down, writes still succeed at QUORUM; if too many replicas of a chat's partition are unavailable, the send…" });
    });

    it('a weak answer leaves the finding and says what is still missing', () => {
      const { verdict } = judge(failureModeKey, 'weak-failure-mode');
      assert.strictEqual(verdict.strong, false);
      assert.deepStrictEqual(verdict.stillMissing, ['failure mode']);
      assert.deepStrictEqual(verdict.structure.failureMode, { present: false });
    });

    it('a partial answer on a queue: the parts still missing, as the rule names them', () => {
      const { verdict } = judge(queueKey, 'partial-queue');
      assert.strictEqual(verdict.strong, false);
      assert.deepStrictEqual(verdict.stillMissing, [
        'backlog (depth, lag, backpressure)',
        'replay (retention, reprocessing)',
        'poison messages (dead-letter queue, max retries)',
        'observability (lag or depth metric, alert)',
      ]);
    });

    it('a buzzword is no answer to "which constraint forces each of these?" ("because it is flexible")', () => {
      const text = '# Bookings\n\n## Architecture\n\nWe will use MongoDB, Redis, Kafka, Elasticsearch and Kubernetes.\n';
      const doc = analyseDocument(text);
      const stack = documentGaps(doc).gaps.find((g) => g.kind === 'unjustified-components')!;
      assert.ok(stack);
      assert.strictEqual(judgeAnswer({ gap: stack, answers: ['We use MongoDB because it is flexible.'], document: doc }).verdict.strong, false);
      assert.strictEqual(judgeAnswer({ gap: stack, answers: ['We use MongoDB because each booking is one document and we need 3k writes/s at peak.'], document: doc }).verdict.strong, true);
    });

    it('an answer that watches the queue ("queue depth ... page when it is over 15 minutes") is no queue mistake', () => {
      const { verdict } = judgeAnswer({ gap: gap(queueKey), answers: ['We would watch queue depth and the age of the oldest message, and page when it is over 15 minutes.'], document: chat });
      assert.deepStrictEqual(verdict.mistakes, []);
    });

    it('a follow-up answer adds to the earlier ones on the same gap', () => {
      assert.strictEqual(judge(queueKey, 'queue-alarm').verdict.strong, false);
      const twoAnswers = judge(queueKey, 'partial-queue', 'queue-replay').verdict;
      assert.strictEqual(twoAnswers.strong, false);
      assert.deepStrictEqual(twoAnswers.stillMissing, ['backlog (depth, lag, backpressure)', 'observability (lag or depth metric, alert)']);
      assert.strictEqual(judge(queueKey, 'partial-queue', 'queue-replay', 'queue-alarm').verdict.strong, true);
    });

    it('eventual consistency: qualified closes it; repeated unqualified is a mistake', () => {
      assert.strictEqual(judge(consistencyKey, 'strong-consistency').verdict.strong, true);
      const again = judge(consistencyKey, 'unqualified-again');
      assert.strictEqual(again.verdict.strong, false);
      assert.deepStrictEqual(again.verdict.mistakes, ['eventual-consistency-unqualified']);
      assert.deepStrictEqual(again.mistakeExamples, [{ rule: 'eventual-consistency-unqualified', quote: 'eventually consistent' }]);
      assert.strictEqual(again.verdict.stillMissing.length, 3);
    });

    it('a hotspot named in the answer closes shard-before-hotspot, though the rule wants it before the shard', () => {
      const strong = judge(shardKey, 'hotspot');
      assert.strictEqual(strong.verdict.strong, true);
      assert.deepStrictEqual(strong.verdict.stillMissing, []);
      const weak = judge(shardKey, 'weak-failure-mode');
      assert.strictEqual(weak.verdict.strong, false);
      assert.deepStrictEqual(weak.verdict.stillMissing, ['a named hotspot earlier in the document (what is overloaded and how we know)']);
    });
  });

  describe('a document read as a design answer though the linter alone would not', () => {
    // The statement pipeline describes its system without "we will": the interviewer reads it as a design answer.
    const statements = analyseDocument(readFileSync(join(__dirname, '../../fixtures/interview/sets/bank-statements-staff-decent.md'), 'utf8'));
    const zones = documentGaps(statements).gaps.find((g) => g.key === 'availability-without-resilience@8')!;

    it('is judged on the same reading: an answer about something else leaves the finding open', () => {
      assert.ok(zones);
      const { verdict } = judgeAnswer({ gap: zones, answers: ["We shard by user id because one Postgres can't hold everything."], document: statements });
      assert.strictEqual(verdict.strong, false);
    });

    it('and what still works while a zone is down closes it', () => {
      const answer = 'If a zone goes down, the renderers in the other two zones keep going at two thirds of the rate, so the run finishes about 2 hours late; statements already rendered are served from S3.';
      const { verdict } = judgeAnswer({ gap: zones, answers: [answer], document: statements });
      assert.strictEqual(verdict.strong, true);
    });
  });

  describe('a structure part', () => {
    // A Redis outage lifts every limit and nothing is done about it: the primary mitigation is what is missing.
    const rateLimiter = analyseText(engineFixture('rate-limiter-unmitigated.md'));
    const mitigation = documentGaps(rateLimiter).gaps[0];

    it('is closed when the answer states the part', () => {
      const strong = judgeAnswer({ gap: mitigation, answers: ['To mitigate a hot API key we cache its bucket locally on each gateway node.'], document: rateLimiter });
      assert.strictEqual(strong.verdict.strong, true);
      assert.strictEqual(strong.verdict.structure.mitigation.present, true);
      const weak = judgeAnswer({ gap: mitigation, answers: ['Redis is fast, it will be fine.'], document: rateLimiter });
      assert.strictEqual(weak.verdict.strong, false);
      assert.deepStrictEqual(weak.verdict.stillMissing, ['a primary mitigation']);
    });
  });

  describe('the structure an answer states, for the debrief', () => {
    for (const [answer, measure] of [
      ['The job takes a Postgres advisory lock so two runs cannot overlap.', 'a lock'],
      ['Each order is marked produced in the same transaction as its batch sheet, so a rerun skips finished orders.', 'a transaction'],
      ['If Redis is down we fall back to Postgres and show slots up to a minute old.', 'a fallback'],
      ['Consumers dedupe on the order id, so a redelivered message changes nothing.', 'dedupe'],
      ['After five failed attempts the message goes to a dead-letter queue that on-call reviews each morning.', 'a dead-letter queue'],
    ]) {
      it(`a measure named in an answer is its mitigation (${measure}), though a design section would need its purpose`, () => {
        const structure = structureOf(analyseText(answer));
        assert.deepStrictEqual(structure.mitigation, { present: true, quote: answer.replace(/\.$/, '') });
      });
    }

    it('no measure, no mitigation ("we would just rerun it", "MongoDB because it is flexible")', () => {
      assert.strictEqual(structureOf(analyseText('It would be fine, we would just rerun it.')).mitigation.present, false);
      assert.strictEqual(structureOf(analyseText('We use MongoDB because it is flexible.')).mitigation.present, false);
    });

    it('one sentence stating the failure and the mitigation is quoted clause by clause, not twice', () => {
      const answer = 'If the worker crashes after charging the card, we mitigate it by retrying the job with an idempotency key.';
      const structure = structureOf(analyseText(answer));
      assert.strictEqual(structure.failureMode.present, true);
      assert.strictEqual(structure.mitigation.present, true);
      assert.notStrictEqual(structure.failureMode.quote, structure.mitigation.quote, JSON.stringify(structure));
      assert.ok(answer.includes(structure.failureMode.quote!) && answer.includes(structure.mitigation.quote!), JSON.stringify(structure));
    });
  });

  describe('a practice pressure point: the answer alone', () => {
    const [, failureMode, consistency, queue] = pressurePointGaps(TEST_QUESTION);

    it('one aspect of the gap answered is enough for a queue question', () => {
      const { verdict } = judgeAnswer({ gap: queue, answers: [answers['partial-queue']] });
      assert.strictEqual(verdict.strong, true);
      assert.strictEqual(verdict.stillMissing.length, 4);
      assert.strictEqual(judgeAnswer({ gap: queue, answers: ['The recipient gets it.'] }).verdict.strong, false);
    });

    it('eventual consistency needs what users see and for how long', () => {
      assert.strictEqual(judgeAnswer({ gap: consistency, answers: [answers['strong-consistency']] }).verdict.strong, true);
      const weak = judgeAnswer({ gap: consistency, answers: [answers['unqualified-again']] });
      assert.strictEqual(weak.verdict.strong, false);
      assert.deepStrictEqual(weak.verdict.mistakes, ['eventual-consistency-unqualified']);
    });

    it('a failure mode question wants a failure mode', () => {
      assert.strictEqual(judgeAnswer({ gap: failureMode, answers: [answers['strong-failure-mode']] }).verdict.strong, true);
      assert.strictEqual(judgeAnswer({ gap: failureMode, answers: [answers['weak-failure-mode']] }).verdict.strong, false);
    });
  });

  it('counts words, not punctuation', () => {
    assert.strictEqual(wordCount('  Redis - p99 < 2 ms, fails open.  '), 6);
  });
});
