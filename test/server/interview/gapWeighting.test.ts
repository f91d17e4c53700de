import * as assert from 'assert';
import { analyseDocument, type AnalysedText } from '../../../server/src/interview/analysedText';
import { deferFailureModesOnNothingRunning, deferOverviewQuestions, failureYieldsToMitigationCost, idempotencyCostWaits, sectionYieldsToUnjustifiedStack, queueYieldsToConsistencyClaim, replicaLagInReliabilityWaits, weighBySectionRole, weighStepFlows } from '../../../server/src/interview/gapWeighting';
import type { PlannedGap } from '../../../server/src/interview/plannedGap';
import { isAtStake } from '../../../server/src/interview/sectionRoles';

/** A gap of a kind in a section, weighing 1, so a weighting's factor is the weight it returns. */
function gapIn(source: AnalysedText, kind: string, heading: string): PlannedGap {
  const section = source.doc!.sections.find((s) => s.heading?.text === heading);
  assert.ok(section, `section ${heading}`);
  return { id: kind, key: `${kind}@${section.index}`, kind, rule: kind.startsWith('structure:') ? null : kind, quote: heading, context: heading, quoteKind: 'heading', section: heading, sectionIndex: section.index, weight: 1, missing: [] };
}

const SCHEDULER = [
  '# Job scheduler',
  '',
  '## Requirements',
  '',
  '- Every job runs exactly once, and nothing is ever lost.',
  '',
  '## Execution',
  '',
  'A worker takes a Redis lock on the job id before running the job and releases it when the job finishes. Combined with Kafka, this gives us exactly-once execution.',
  '',
  '## Billing',
  '',
  'We charge customers per job run: a nightly batch reads the executions table in Postgres and writes invoices.',
  '',
  '## Workers',
  '',
  'Workers run on Kubernetes and write each result to the executions table in Postgres.',
  '',
].join('\n');

describe('gap weighting', () => {
  describe('a section about staying up', () => {
    const text = '# Ticket scans\n\nWe will scan 40,000 tickets at the gates in an hour.\n\n## Gate flow\n\nEach gate publishes a scan event to Kafka and a consumer writes it to Postgres.\n\n## Reliability\n\nPostgres runs with a hot standby and automatic failover, and Kafka is a three-node cluster across two data centres.\n';
    const source = analyseDocument(text);

    it('is asked what still works: its "what breaks?", checklist and queue questions count 0.6, elsewhere 1', () => {
      const weights = weighBySectionRole(source, [
        gapIn(source, 'missing-failure-mode', 'Reliability'),
        gapIn(source, 'structure:constraint', 'Reliability'),
        gapIn(source, 'queue-without-failure-semantics', 'Reliability'),
        gapIn(source, 'queue-without-failure-semantics', 'Gate flow'),
        gapIn(source, 'missing-failure-mode', 'Gate flow'),
      ]).map((g) => g.weight);
      assert.deepStrictEqual(weights, [0.6, 0.6, 0.6, 1, 1]);
      // Its own question is raised there (1.08), as before.
      assert.strictEqual(weighBySectionRole(source, [gapIn(source, 'availability-without-resilience', 'Reliability')])[0].weight, 1.08);
    });
  });

  describe('what a section puts at stake', () => {
    const source = analyseDocument(SCHEDULER);
    const section = (heading: string) => source.doc!.sections.find((s) => s.heading?.text === heading)!;

    it('a claimed guarantee ("this gives us exactly-once execution"), money, or nothing', () => {
      assert.strictEqual(isAtStake(source.concepts!, section('Execution'), source.sourceLength), true);
      assert.strictEqual(isAtStake(source.concepts!, section('Billing'), source.sourceLength), true);
      assert.strictEqual(isAtStake(source.concepts!, section('Workers'), source.sourceLength), false);
    });

    it('a requirements section states targets, not claims: nothing is at stake in it', () => {
      assert.strictEqual(isAtStake(source.concepts!, section('Requirements'), source.sourceLength), false);
    });

    it('every question where a guarantee is claimed or money is at stake counts 1.2, "what breaks it?" included', () => {
      const weights = weighBySectionRole(source, [
        gapIn(source, 'structure:failureMode', 'Execution'),
        gapIn(source, 'queue-without-failure-semantics', 'Execution'),
        gapIn(source, 'missing-failure-mode', 'Billing'),
        gapIn(source, 'missing-failure-mode', 'Workers'),
        gapIn(source, 'missing-failure-mode', 'Requirements'),
      ]).map((g) => g.weight);
      assert.deepStrictEqual(weights, [1.2, 1.2, 1.2, 1, 1]);
    });
  });

  describe('overviews of components', () => {
    const text = [
      '# API gateway',
      '',
      '## Architecture',
      '',
      '- Envoy proxies every request to the backends.',
      '- The auth service checks API keys against PostgreSQL.',
      '- Redis holds the rate-limit buckets.',
      '- Kafka carries the usage events.',
      '',
      '## Storage',
      '',
      'Keys live in PostgreSQL, rate-limit buckets in Redis and usage events in Kafka for seven days.',
      '',
      '## Rate limiting',
      '',
      'A token bucket per key in Redis, updated by a Lua script on every request.',
      '',
      '## Authentication',
      '',
      'The auth service caches key lookups from PostgreSQL for five minutes.',
      '',
      '## Quota accounting',
      '',
      'Envoy publishes one usage event per request to Kafka; a consumer sums them per tenant.',
      '',
    ].join('\n');
    const source = analyseDocument(text);

    it('"what breaks here?" on a section listing components that later sections design comes later', () => {
      const [overview, deepDive, otherKind] = deferOverviewQuestions(source, [
        gapIn(source, 'structure:failureMode', 'Architecture'),
        gapIn(source, 'structure:failureMode', 'Rate limiting'),
        gapIn(source, 'structure:constraint', 'Architecture'),
      ]);
      assert.strictEqual(overview.weight, 0.71);
      assert.strictEqual(deepDive.weight, 1);
      assert.strictEqual(otherKind.weight, 1, 'only the failure and redundancy questions are vaguer on an overview');
      const [redundancy] = deferOverviewQuestions(source, [gapIn(source, 'availability-without-resilience', 'Architecture')]);
      assert.strictEqual(redundancy.weight, 0.71);
    });

    it('a section not titled as an overview keeps its weight, however many components it names', () => {
      const [storage] = deferOverviewQuestions(source, [gapIn(source, 'missing-failure-mode', 'Storage')]);
      assert.strictEqual(storage.weight, 1);
    });
  });

  describe('numbered flows and stack lists', () => {
    const text = [
      '# Hotel booking',
      '',
      '## Booking flow',
      '',
      '1. The reservation service reads room_inventory for every night.',
      '2. It inserts a PENDING reservation row.',
      '3. It calls the payment service to charge the card.',
      '',
      '## Search',
      '',
      'Search reads a copy of availability from Redis, updated after every booking.',
      '',
      '## Stack',
      '',
      'We will use Kafka, Redis, MySQL and Elasticsearch for the backend.',
      '',
    ].join('\n');
    const source = analyseDocument(text);

    it('"what breaks?" in a section walking through numbered steps counts 1.3; elsewhere and other kinds unchanged', () => {
      const weights = weighStepFlows(source, [
        gapIn(source, 'structure:failureMode', 'Booking flow'),
        gapIn(source, 'missing-failure-mode', 'Search'),
        gapIn(source, 'structure:constraint', 'Booking flow'),
      ]).map((g) => g.weight);
      assert.deepStrictEqual(weights, [1.3, 1, 1]);
    });

    it('a queue question quoting a bare stack list comes later, as a failure question there does', () => {
      const stack = text.indexOf('We will use Kafka');
      const kafka = text.indexOf('Kafka', stack);
      const onStack = (kind: string) => ({ ...gapIn(source, kind, 'Stack'), start: kafka, end: kafka + 5, component: 'Kafka' });
      const [queue, failure] = deferFailureModesOnNothingRunning(source, [onStack('queue-without-failure-semantics'), onStack('missing-failure-mode')]);
      assert.deepStrictEqual([queue.weight, failure.weight], [0.6, 0.6]);
    });

    it('"which constraint forces each of these?" on a bare stack list counts 1.3: it is the question the list raises', () => {
      const stack = text.indexOf('We will use Kafka');
      const kafka = text.indexOf('Kafka', stack);
      const onStack = { ...gapIn(source, 'unjustified-components', 'Stack'), start: kafka, end: kafka + 5 };
      const elsewhere = text.indexOf('Redis', text.indexOf('## Search'));
      const inFlow = { ...gapIn(source, 'unjustified-components', 'Search'), start: elsewhere, end: elsewhere + 5 };
      assert.deepStrictEqual(deferFailureModesOnNothingRunning(source, [onStack, inFlow]).map((g) => g.weight), [1.3, 1]);
    });
  });
});

describe('an asynchronous replica in a reliability section', () => {
  const text = [
    '# Lab results',
    '',
    'We will build result delivery for 40 hospitals.',
    '',
    '## Patient portal',
    '',
    'The portal reads a read model fed asynchronously; the read model is eventually consistent with the result store.',
    '',
    '## Reliability',
    '',
    'The result store is Postgres with a synchronous standby and an asynchronous replica in the second data centre.',
    '',
  ].join('\n');

  it('is a disaster-recovery copy: its consistency question waits; "eventually consistent" elsewhere does not', () => {
    const source = analyseDocument(text);
    const replica = { ...gapIn(source, 'eventual-consistency-unqualified', 'Reliability'), quote: 'asynchronous replica' };
    const readModel = { ...gapIn(source, 'eventual-consistency-unqualified', 'Patient portal'), quote: 'eventually consistent' };
    assert.deepStrictEqual(replicaLagInReliabilityWaits(source, [replica, readModel]).map((g) => g.weight), [0.45, 1]);
  });
});

describe('a unit taken twice', () => {
  it('counts as at stake wherever it is asked: two requests passing one check double-book', () => {
    const source = analyseDocument(['# Tables', '', 'We will build table booking.', '', '## Booking flow', '', 'The booking service checks the table is still available, then inserts the booking.', ''].join('\n'));
    const plain = gapIn(source, 'missing-failure-mode', 'Booking flow');
    const [asked, race] = weighBySectionRole(source, [plain, { ...plain, doubleTaken: true }]);
    assert.deepStrictEqual([asked.weight, race.weight], [1, 1.2]);
  });
});

describe('a queue beside a consistency claim', () => {
  const text = [
    '# EV chargers',
    '',
    '## Charger status',
    '',
    'The gateway publishes status changes to Kafka; the status service consumes them and updates Redis.',
    'Because status flows through Kafka and a cache, what drivers see is eventually consistent with the charger.',
    '',
    '## Billing',
    '',
    'The billing service consumes session events from Kafka and charges the card.',
    '',
  ].join('\n');
  const source = analyseDocument(text);

  it('waits behind the claim in its own section (0.88), not elsewhere; a replica lag without the words makes no claim', () => {
    const claim = { ...gapIn(source, 'eventual-consistency-unqualified', 'Charger status'), quote: 'eventually consistent' };
    const weights = queueYieldsToConsistencyClaim([gapIn(source, 'queue-without-failure-semantics', 'Charger status'), gapIn(source, 'queue-without-failure-semantics', 'Billing'), claim]).map((g) => g.weight);
    assert.deepStrictEqual(weights, [0.88, 1, 1]);
    const lag = { ...claim, quote: 'replicated asynchronously' };
    assert.deepStrictEqual(queueYieldsToConsistencyClaim([gapIn(source, 'queue-without-failure-semantics', 'Charger status'), lag]).map((g) => g.weight), [1, 1]);
  });
});

describe('the cost of idempotency', () => {
  const text = [
    '# Reviews',
    '',
    '## Pipeline',
    '',
    'The Kafka consumers are idempotent on review_id, so a redelivered message changes nothing.',
    'We cache the rating histogram in Redis to keep load off Postgres.',
    '',
  ].join('\n');
  const source = analyseDocument(text);
  const costOf = (trigger: string): PlannedGap => {
    const start = text.indexOf(trigger);
    return { ...gapIn(source, 'mitigation-without-cost', 'Pipeline'), quote: trigger, start, end: start + trigger.length };
  };

  it('waits (0.5): what idempotency makes worse is a footnote; a cache\'s cost is not', () => {
    assert.deepStrictEqual(idempotencyCostWaits(source, [costOf('idempotent'), costOf('cache the rating histogram')]).map((g) => g.weight), [0.5, 1]);
  });

  it('leaves other kinds quoting the same words alone', () => {
    const queue = { ...costOf('idempotent'), kind: 'queue-without-failure-semantics', rule: 'queue-without-failure-semantics' };
    assert.deepStrictEqual(idempotencyCostWaits(source, [queue]).map((g) => g.weight), [1]);
  });
});

describe('a sentence that proposes a mitigation', () => {
  const text = [
    '# Stall map',
    '',
    '## Caching and offline',
    '',
    'To make the map load with bad signal, we put a CDN in front of the layout endpoint with a 1-hour TTL.',
    'The API runs on two containers behind a load balancer.',
    '',
  ].join('\n');
  const source = analyseDocument(text);
  const at = (g: PlannedGap, words: string): PlannedGap => ({ ...g, start: text.indexOf(words), end: text.indexOf(words) + words.length });

  it('asks what it makes worse before what breaks (0.85); "what breaks" elsewhere and a pinpointed question stay', () => {
    const cost = at(gapIn(source, 'mitigation-without-cost', 'Caching and offline'), 'put a CDN');
    const breaks = at(gapIn(source, 'missing-failure-mode', 'Caching and offline'), 'we put a CDN');
    const elsewhere = at(breaks, 'two containers');
    const pinpointed = { ...breaks, pinpointed: true as const };
    assert.deepStrictEqual(failureYieldsToMitigationCost(source, [cost, breaks, elsewhere, pinpointed]).map((g) => g.weight), [1, 0.85, 1, 1]);
  });
});

describe('a section listing technologies with no reason', () => {
  const source = analyseDocument(['# Stamps', '', '## Architecture', '', 'We use Kafka, Redis, Cassandra and Kubernetes.', '', '## Stamp flow', '', 'The till posts each stamp to the API.', ''].join('\n'));

  it('asks why each is there before its generic questions (0.8); other sections and specific questions stay', () => {
    const stack = gapIn(source, 'unjustified-components', 'Architecture');
    const weights = sectionYieldsToUnjustifiedStack(source, [
      stack,
      gapIn(source, 'structure:constraint', 'Architecture'),
      gapIn(source, 'missing-failure-mode', 'Architecture'),
      gapIn(source, 'mitigation-without-cost', 'Architecture'),
      gapIn(source, 'eventual-consistency-unqualified', 'Architecture'),
      gapIn(source, 'structure:failureMode', 'Stamp flow'),
    ]).map((g) => g.weight);
    assert.deepStrictEqual(weights, [1, 0.8, 0.8, 0.8, 1, 1]);
  });

  it('asks the stack before a queue named in the list itself, whatever the section is called (0.4)', () => {
    const text = ['# Replenishment', '', '## Platform', '', 'We will run Airflow, Spark, Feast, Kafka for publishing orders and Snowflake.', '', '## Ordering', '', 'Orders go to Kafka and the store systems consume them.', ''].join('\n');
    const listSource = analyseDocument(text);
    const at = (g: PlannedGap, words: string): PlannedGap => ({ ...g, start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const weights = sectionYieldsToUnjustifiedStack(listSource, [
      gapIn(listSource, 'unjustified-components', 'Platform'),
      at(gapIn(listSource, 'queue-without-failure-semantics', 'Platform'), 'Kafka for publishing'),
      gapIn(listSource, 'unjustified-components', 'Ordering'),
      at(gapIn(listSource, 'queue-without-failure-semantics', 'Ordering'), 'Kafka and the store'),
    ]).map((g) => g.weight);
    assert.deepStrictEqual(weights, [1, 0.4, 1, 1]);
  });

  it("asks an overview's stack before its queue (0.4); a flow section's queue beside a stack stays", () => {
    const weights = sectionYieldsToUnjustifiedStack(source, [
      gapIn(source, 'unjustified-components', 'Architecture'),
      gapIn(source, 'queue-without-failure-semantics', 'Architecture'),
      gapIn(source, 'unjustified-components', 'Stamp flow'),
      gapIn(source, 'queue-without-failure-semantics', 'Stamp flow'),
    ]).map((g) => g.weight);
    assert.deepStrictEqual(weights, [1, 0.4, 1, 1]);
  });
});
