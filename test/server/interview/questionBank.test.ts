import * as assert from 'assert';
import { parseDocument } from '../../../server/src/analysis/document/model';
import { ConceptMatcher } from '../../../server/src/analysis/concepts/matcher';
import { RULES } from '../../../server/src/analysis/rules';
import { STRUCTURE_PARTS } from '../../../server/src/analysis/types';
import { buildVocabulary } from '../../../server/src/analysis/vocabulary';
import { PRACTICE_QUESTIONS, practiceQuestion } from '../../../server/src/interview/questionBank';

const GAP_IDS = new Set<string>([...RULES.map((r) => r.id), ...STRUCTURE_PARTS.map((p) => `structure:${p}`)]);

/**
 * What would answer each kind of gap. A pressure point's question must contain none of it: an interviewer who
 * says "dead-letter queue" or "read-your-writes" has handed the candidate the answer.
 * `concepts`: vocabulary concepts whose presence satisfies the rule; `phrases`: the mechanisms by name.
 */
const MITIGATION_NAMES = /idempoten|de-?dup|fencing|\blease|circuit breaker|backoff|jitter|dead[- ]letter|\bDLQ\b|bulkhead|two[- ]phase commit|\b2PC\b|\bsaga\b|outbox|compare[- ]and[- ]set|optimistic lock|version number|\bCRDT|operational transform|vector clock/i;
const COST_NAMES = /trade-?off is|at the cost of|downside|invalidat|\bstale|replication lag|write amplification|more complex|operational burden/i;
const ANSWER_KEYS: Record<string, { concepts: string[]; phrases: RegExp }> = {
  'eventual-consistency-unqualified': {
    concepts: ['stalenessBound', 'strongerGuarantee', 'strongConsistencyModel'],
    phrases: /read[- ]your[- ](own[- ])?writes|quorum|strongly consistent|strong consistency|linearizab|causal|session consisten|sticky|monotonic|from the (primary|leader)/i,
  },
  'queue-without-failure-semantics': {
    concepts: ['queueReplay', 'queueIdempotency', 'queuePoisonMessage', 'queueBacklog'],
    phrases: /dead[- ]letter|\bDLQ\b|idempoten|de-?dup|exactly[- ]once|at[- ]least[- ]once|at[- ]most[- ]once|backpressure|poison|outbox|\boffsets?\b/i,
  },
  'shard-before-hotspot': { concepts: [], phrases: /consistent hashing|virtual node|\bsalt|split the hot key|replicate the hot/i },
  'availability-without-resilience': {
    concepts: ['degradationPath', 'fallbackBehaviour', 'recoveryStrategy'],
    phrases: /read[- ]only|degraded mode|serve stale|fall ?back|\bRTO\b|\bRPO\b|runbook|\bshed|graceful|circuit breaker/i,
  },
  'missing-operational-metrics': {
    concepts: ['latencyPercentile', 'queueDepthMetric', 'lagMetric', 'saturationMetric', 'errorRateMetric', 'errorBudget', 'serviceLevelTarget', 'hitRateMetric'],
    phrases: /\bp(50|90|95|99|999)\b|percentile|consumer lag|queue depth|replica(tion)? lag|error rate|error budget|burn rate|saturation|\bSLO\b|hit (rate|ratio)/i,
  },
  'missing-rollout-path': {
    concepts: ['scalingTrigger'],
    phrases: /canary|dark launch|shadow|\bMVP\b|percentage rollout|blue[- ]green|start with|feature flag/i,
  },
  'mitigation-without-cost': { concepts: ['mitigationCost'], phrases: COST_NAMES },
  'structure:newCost': { concepts: ['mitigationCost'], phrases: COST_NAMES },
  'missing-failure-mode': { concepts: [], phrases: MITIGATION_NAMES },
  'structure:failureMode': { concepts: [], phrases: MITIGATION_NAMES },
  'structure:mitigation': { concepts: [], phrases: MITIGATION_NAMES },
  'unjustified-components': { concepts: ['componentReason'], phrases: /because|so that|in order to/i },
  'unprioritized-improvements': { concepts: ['priorityReason'], phrases: /biggest win|quick win|\bP[0-2]\b|highest priority|bottleneck is/i },
  // Asking for the numbers must not state them: the candidate is meant to estimate.
  'structure:constraint': { concepts: [], phrases: /\d/ },
};

const vocabulary = buildVocabulary();

/** The answer concepts affirmed in a question, with the words that matched. */
function answerConceptsIn(question: string, concepts: string[]): string[] {
  const matcher = new ConceptMatcher(parseDocument(question), vocabulary);
  return concepts.flatMap((id) => matcher.all(id).map((m) => `${id}: "${question.slice(m.start, m.end)}"`));
}

/** Sentences in a prompt: ends of sentences followed by a space and a capital, plus the last one. */
function sentenceCount(text: string): number {
  return text.trim().split(/(?<=[.?!])\s+(?=[A-Z])/).length;
}

describe('interview question bank', () => {
  it('has at least 22 questions with unique kebab-case ids', () => {
    assert.ok(PRACTICE_QUESTIONS.length >= 22, `only ${PRACTICE_QUESTIONS.length} questions`);
    const ids = PRACTICE_QUESTIONS.map((q) => q.id);
    assert.deepStrictEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers the classics interviewers ask', () => {
    for (const id of ['url-shortener', 'rate-limiter', 'news-feed', 'chat-messaging', 'payments-ledger', 'notifications', 'metrics-pipeline', 'job-scheduler']) {
      assert.ok(practiceQuestion(id), `missing ${id}`);
    }
  });

  it('looks questions up by id and returns undefined for an unknown one', () => {
    for (const q of PRACTICE_QUESTIONS) assert.strictEqual(practiceQuestion(q.id), q);
    assert.strictEqual(practiceQuestion('design-everything'), undefined);
    assert.strictEqual(practiceQuestion(''), undefined);
    assert.strictEqual(practiceQuestion('URL-SHORTENER'), undefined);
  });

  for (const q of PRACTICE_QUESTIONS) {
    describe(q.id, () => {
      it('has a title and a prompt of one to three sentences, said to the candidate', () => {
        assert.ok(q.title.trim().length > 0);
        const n = sentenceCount(q.prompt);
        assert.ok(n >= 1 && n <= 3, `${n} sentences: ${q.prompt}`);
        assert.match(q.prompt, /^Design /);
      });

      it('has 4-6 concrete constraints, most of them with numbers', () => {
        assert.ok(q.constraints.length >= 4 && q.constraints.length <= 6, `${q.constraints.length} constraints`);
        const withNumbers = q.constraints.filter((c) => /\d/.test(c));
        assert.ok(withNumbers.length >= q.constraints.length - 1, `constraints without numbers: ${q.constraints.filter((c) => !/\d/.test(c)).join(' | ')}`);
      });

      it('has 5-8 pressure points on real gaps, at least three kinds, each a question', () => {
        assert.ok(q.pressurePoints.length >= 5 && q.pressurePoints.length <= 8, `${q.pressurePoints.length} pressure points`);
        for (const p of q.pressurePoints) {
          assert.ok(GAP_IDS.has(p.gap), `unknown gap id "${p.gap}"`);
          assert.match(p.question, /\?$/, `not a question: ${p.question}`);
        }
        assert.ok(new Set(q.pressurePoints.map((p) => p.gap)).size >= 3);
        assert.ok(q.pressurePoints.some((p) => p.gap.startsWith('structure:')), 'no pressure point on a structure part');
      });

      it('never gives the answer in a pressure question', () => {
        for (const p of q.pressurePoints) {
          const key = ANSWER_KEYS[p.gap];
          assert.ok(key, `no answer key for ${p.gap}: add one so its questions are checked`);
          const phrase = p.question.match(key.phrases);
          assert.strictEqual(phrase, null, `${p.gap} question names its answer "${phrase?.[0]}": ${p.question}`);
          assert.deepStrictEqual(answerConceptsIn(p.question, key.concepts), [], `${p.gap} question contains its answer: ${p.question}`);
        }
      });

      it('changes one requirement mid-session, with a number', () => {
        assert.ok(q.requirementChange.trim().length > 0);
        assert.match(q.requirementChange, /\d/);
      });
    });
  }

  it('asks no pressure question and no requirement change twice across the bank', () => {
    const questions = PRACTICE_QUESTIONS.flatMap((q) => q.pressurePoints.map((p) => p.question));
    assert.deepStrictEqual(questions.filter((t, i) => questions.indexOf(t) !== i), []);
    const changes = PRACTICE_QUESTIONS.map((q) => q.requirementChange);
    assert.deepStrictEqual(changes.filter((t, i) => changes.indexOf(t) !== i), []);
  });

  describe('the answer check itself', () => {
    // Guards against an answer key that can never fire (a typo in a concept id, a dead regex).
    it('catches questions that hand over the answer', () => {
      const giveaways: Array<[string, string]> = [
        ['queue-without-failure-semantics', 'Where do messages that keep failing go: a dead-letter queue?'],
        ['queue-without-failure-semantics', 'Are your consumers idempotent when the broker redelivers?'],
        ['eventual-consistency-unqualified', 'Would read-your-writes for the author fix this?'],
        ['availability-without-resilience', 'Would you serve stale reads from the cache while the region is down?'],
        ['missing-operational-metrics', 'Do you alert on p99 latency and consumer lag?'],
        ['mitigation-without-cost', 'Is the trade-off that reads are stale for up to 30 seconds?'],
        ['missing-failure-mode', 'Would an idempotency key stop the double charge?'],
        ['unjustified-components', 'Did you pick Kafka because you need 20k writes/s?'],
        ['structure:constraint', 'Is it 40k redirects per second at peak?'],
      ];
      for (const [gap, question] of giveaways) {
        const key = ANSWER_KEYS[gap];
        const caught = key.phrases.test(question) || answerConceptsIn(question, key.concepts).length > 0;
        assert.ok(caught, `${gap}: not caught: ${question}`);
      }
    });

    it('finds answer concepts through the vocabulary, not only the phrase lists', () => {
      assert.notDeepStrictEqual(answerConceptsIn('Payments read from the primary; the feed is stale for up to 30 s.', ANSWER_KEYS['eventual-consistency-unqualified'].concepts), []);
      assert.notDeepStrictEqual(answerConceptsIn('Messages that fail five times go to a dead-letter queue.', ANSWER_KEYS['queue-without-failure-semantics'].concepts), []);
    });
  });
});
