// A strong answer moves on, a weak one gets a sharper follow-up (issue 4), checked on the first three questions
// of every labelled design answer: an answer about something else never closes the question it was given (one
// that states nothing, "It will be fine.", talks of another thing, "Bananas are yellow.", or gives a buzzword for
// a reason, "We use MongoDB because it is flexible."), and a strong answer of the question's kind always does.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyseDocument } from '../../../server/src/interview/analysedText';
import { judgeAnswer } from '../../../server/src/interview/answerVerdict';
import { documentGaps } from '../../../server/src/interview/documentGaps';
import { InterviewSession } from '../../../server/src/interview/session';
import { readLabels } from './qualityMatching';

const ROOT = path.join(__dirname, '../../fixtures/interview');
const OFF_TOPIC = ['It will be fine.', 'Bananas are yellow.', 'We use MongoDB because it is flexible.'];

/** A strong answer for each kind of question: the parts a strong interviewer listens for, with numbers. */
const STRONG: Readonly<Record<string, string>> = {
  'queue-without-failure-semantics': 'Consumers are idempotent on the message id, so a redelivered message is a no-op; a message that fails 5 times goes to a dead-letter queue that on-call reviews; we keep 7 days of retention so we can replay after a bad deploy; and we alert when consumer lag passes 2 minutes, while a backlog over 10k messages makes producers shed low-priority work.',
  'eventual-consistency-unqualified': 'A user who posts and reloads may not see the post for up to 2 seconds while replicas catch up, so we read their own writes from the primary for 5 seconds; balances and payments always read from the primary because they must be strongly consistent.',
  'shard-before-hotspot': 'The hotspot is the orders table: at 8k writes/s the single primary runs at 80% CPU, and the hot key is a flash-sale product, so we split its counter across 16 sub-keys.',
  'availability-without-resilience': 'If a zone goes down, the other two keep serving at reduced capacity and reads fall back to the cache, so users can still browse; we restore within 15 minutes (RTO) and lose at most 5 seconds of writes (RPO), following the failover runbook.',
  'missing-failure-mode': 'If it is down or slow, requests time out after 50 ms and fall back to the last cached copy; users see slightly stale data for up to a minute but nothing is lost, and two requests racing for the last item are stopped by a unique constraint.',
  'missing-operational-metrics': 'We watch p99 latency under 200 ms, queue depth, replica lag under 1 s, saturation and the error rate, and page when the error budget burn rate exceeds 2x.',
  'unjustified-components': 'Postgres because we need transactions for 3k orders/s; Redis because reads are 50k/s and must stay under 5 ms at p99; Kafka because we must replay 7 days of events; Elasticsearch because we need fuzzy search over 2M listings; Kubernetes because we must scale 40 services to 10x in minutes.',
  'missing-rollout-path': 'Day one is a single Postgres and one service. When writes exceed 5k/s we add a read replica, and only after replica lag passes 1 s do we shard.',
  'unprioritized-improvements': 'First the idempotency keys, because double charges cost money; then the cache, because p99 is 400 ms at peak; the rest can wait until those numbers move.',
  'mitigation-without-cost': 'The cost is that reads can be up to 60 seconds stale, and it adds one more cluster to operate.',
  'structure:constraint': 'The constraint is 3k orders per second at peak with p99 under 200 ms.',
  'structure:mitigation': 'Our primary fix is to add a read replica to take 90% of the reads off the primary, because reads are 90% of traffic.',
  'structure:failureMode': 'If it is down, orders fail and users see an error page for up to 30 seconds until failover.',
  'structure:newCost': 'The cost is that reads can be up to 60 seconds stale, and it adds one more cluster to operate.',
};

describe('answers judged on the first three questions of every labelled design answer', () => {
  const sets = fs.readdirSync(ROOT).filter((d) => fs.existsSync(path.join(ROOT, d, 'labels.json')));
  let offTopicJudged = 0;
  let strongJudged = 0;
  const closedByOffTopic: string[] = [];
  const leftOpenByStrong: string[] = [];
  for (const set of sets) {
    for (const label of readLabels(path.join(ROOT, set))) {
      const text = fs.readFileSync(path.join(ROOT, set, label.file), 'utf8');
      const document = analyseDocument(text);
      const gaps = documentGaps(document).gaps;
      const session = InterviewSession.start({ source: { kind: 'document', text, name: label.file }, persona: 'neutral', level: 'senior', minutes: 45 }, () => 0);
      const plan = (session.toJSON() as unknown as { plan: string[] }).plan.slice(0, 3);
      for (const key of plan) {
        const gap = gaps.find((g) => g.key === key);
        if (!gap) continue;
        for (const answer of OFF_TOPIC) {
          offTopicJudged++;
          if (judgeAnswer({ gap, answers: [answer], document }).verdict.strong) closedByOffTopic.push(`${set}/${label.file} ${key}: "${answer}"`);
        }
        const strong = STRONG[gap.kind];
        if (!strong) continue;
        strongJudged++;
        const verdict = judgeAnswer({ gap, answers: [strong], document }).verdict;
        if (!verdict.strong) leftOpenByStrong.push(`${set}/${label.file} ${key}: still missing ${verdict.stillMissing.join(', ')}`);
      }
    }
  }

  it(`an off-topic answer closes none of them (${offTopicJudged} judgements)`, () => {
    assert.ok(offTopicJudged > 2000, `only ${offTopicJudged} judgements`);
    assert.deepStrictEqual(closedByOffTopic, []);
  });

  it(`a strong answer of the question's kind closes every one (${strongJudged} judgements)`, () => {
    assert.ok(strongJudged > 900, `only ${strongJudged} judgements`);
    assert.deepStrictEqual(leftOpenByStrong, []);
  });
});
