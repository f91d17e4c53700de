import * as assert from 'assert';
import { analyzeDetailed } from '../../../../server/src/analysis/analyze';
import { fixesFor } from '../../../../server/src/analysis/fixes';
import type { Finding, TextEdit } from '../../../../server/src/analysis/types';
import { assertSingleFinding, findingsFor, readFixture } from '../../../helpers/ruleHarness';

const RULE = 'queue-without-failure-semantics';
const BACKLOG = 'backlog (depth, lag, backpressure)';
const REPLAY = 'replay (retention, reprocessing)';
const IDEMPOTENCY = 'idempotency (dedupe keys, delivery semantics)';
const POISON = 'poison messages (dead-letter queue, max retries)';
const OBSERVABILITY = 'observability (lag or depth metric, alert)';

const fixture = (name: string) => readFixture(`rules/${RULE}/${name}`);

function applyRuleFix(text: string, finding: Finding): { edit: TextEdit; result: string } {
  const { doc } = analyzeDetailed(text);
  const fix = fixesFor(doc!, finding)[0];
  assert.ok(fix && !fix.title.startsWith('Disable'), 'the rule offers its own fix first');
  const edit = fix.edits[0];
  const start = doc!.lines.offsetAt(edit.range.start);
  return { edit, result: text.slice(0, start) + edit.newText + text.slice(doc!.lines.offsetAt(edit.range.end)) };
}

describe(RULE, () => {
  describe('fires', () => {
    it('on an SQS queue and async workers with no failure semantics at all', () => {
      const text = fixture('sqs-thumbnails.md');
      const f = assertSingleFinding(RULE, text, 10, 'SQS queue');
      assert.deepStrictEqual(f.data.missing, [BACKLOG, REPLAY, IDEMPOTENCY, POISON, OBSERVABILITY]);
      assert.match(f.message, /^"SQS queue" is introduced without backlog/);
      assert.strictEqual(f.data.section, 'Upload path');
    });

    it('on a Kafka topic that only mentions consumer lag (backlog and observability, 2 of 5)', () => {
      const text = fixture('kafka-clickstream.md');
      const f = assertSingleFinding(RULE, text, 8, 'Kafka topic');
      assert.deepStrictEqual(f.data.missing, [REPLAY, IDEMPOTENCY, POISON]);
      assert.strictEqual(f.message, `"Kafka topic" is introduced without ${REPLAY}, ${IDEMPOTENCY}, ${POISON}.`);
    });

    it('at the first proposing mention only, once per document', () => {
      const text = [
        '# Notifications',
        '',
        '## Fan-out',
        '',
        'We will publish each notification to a Pub/Sub topic, and push workers consume it.',
        'The workers read the queue in batches of 100.',
        '',
        '## Digest emails',
        '',
        'We will also add a second queue for digest emails that a cron job drains nightly.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 4, 'Pub/Sub topic');
      assert.strictEqual(f.data.missing!.length, 5);
    });

    it('on Kafka as free reliability: "absorbs spikes" is no backlog story, customer alerts and dashboards no queue observability', () => {
      const text = [
        '# Telemetry',
        '',
        '## Ingestion',
        '',
        'We will forward every reading into Kafka. Kafka absorbs spikes and acts as a buffer, so we never lose a reading; consumers are idempotent on the reading id and we keep 7 days of retention to replay.',
        '',
        '## Alerting',
        '',
        'A rules engine consumes the Kafka alerts topic and sends fault alerts to customers; their dashboards show every device.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 4, 'Kafka');
      assert.deepStrictEqual(f.data.missing, ['backlog (depth, lag, backpressure)', 'poison messages (dead-letter queue, max retries)', 'observability (lag or depth metric, alert)']);
    });

    it('on the Kafka topic, not on a Redis pub/sub channel named first (a channel that keeps nothing is no queue)', () => {
      const text = [
        '# Auctions',
        '',
        '## Architecture',
        '',
        'The auction page subscribes to a Redis pub/sub channel per auction for live updates.',
        '',
        '## Bid placement',
        '',
        'We will publish each bid to the bids Kafka topic, and the bid processor consumes it.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 8, 'Kafka topic');
      assert.strictEqual(f.data.section, 'Bid placement');
    });

    it('where "the Kafka topic" is put to use after a component table only named it', () => {
      const text = [
        '# API gateway',
        '',
        '## Architecture',
        '',
        'We will run Envoy in front of the internal services.',
        '',
        '| Component | Choice |',
        '|---|---|',
        '| Usage pipeline | Kafka topic `api-usage` + usage consumer |',
        '',
        '## Quota accounting',
        '',
        'We will publish one event per request from the access-log filter to the `api-usage` Kafka topic. A consumer sums them per tenant per hour.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 12, 'Kafka topic');
      assert.strictEqual(f.data.section, 'Quota accounting');
    });

    it('where the sentence putting it to use has a line ending in a code span ("publishes a `SpotFreed`\\nevent ... to Kafka")', () => {
      const text = [
        '# Gym classes',
        '',
        'We will build class booking with waitlists for 300 gyms.',
        '',
        '## Waitlist promotion',
        '',
        'When a member cancels, the Booking Service publishes a `SpotFreed`',
        'event (`classId`, `freedAt`) to Kafka. The Waitlist Worker consumes these events.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 7, 'Kafka');
      assert.strictEqual(f.data.section, 'Waitlist promotion');
    });

    it('on "Kafka as the backbone for all point events" in a bullet list of the stack', () => {
      const text = [
        '# Loyalty points',
        '',
        'We will build a points ledger for 30M members.',
        '',
        '## Architecture',
        '',
        'The platform is event-driven. Main building blocks:',
        '',
        '- **Kafka** as the backbone for all point events',
        '- **Cassandra** for the ledger and balances',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 8, 'Kafka');
      assert.strictEqual(f.data.section, 'Architecture');
    });

    it('where the queue is sold as reliability ("SQS gives us a durable buffer"), with no verb of a flow', () => {
      const text = [
        '# Level crossing fault reports',
        '',
        'We will route about 300 fault reports a day, a few thousand an hour in storms, to signallers and maintenance teams.',
        '',
        '## Report routing',
        '',
        'SQS gives us a durable buffer between intake and routing, so a burst of reports during a storm is absorbed.',
        'The routing worker is stateless.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 6, 'SQS');
      assert.deepStrictEqual(f.data.missing, [BACKLOG, REPLAY, IDEMPOTENCY, POISON, OBSERVABILITY]);
      // "Provides" puts it to use too; a sentence that only names it does not.
      assertSingleFinding(RULE, text.replace('gives us a durable buffer', 'provides durable storage'), 6, 'SQS');
      assert.deepStrictEqual(findingsFor(RULE, text.replace('SQS gives us a durable buffer between intake and routing', 'SQS is fully managed')), []);
    });

    it('on rows streamed "into the `orders` Kafka topic"', () => {
      const text = '# Loyalty points\n\nWe will build a points ledger for 30M members.\n\n## Earning points\n\nDebezium streams new rows from the order database into the `orders` Kafka topic.\n';
      assertSingleFinding(RULE, text, 6, 'Kafka topic');
    });

    it('where a flow step publishes "the gate event to RabbitMQ" after a component list only named it: "the" is the event\'s', () => {
      const text = [
        '# Parking gates',
        '',
        'We will build plate-based entry gates for 400 garages.',
        '',
        '## Components',
        '',
        '- **API service** behind a load balancer.',
        '- **RabbitMQ** for gate events.',
        '',
        '## Entry and exit flow',
        '',
        '1. The camera reads the plate and the gate controller posts the event to the API.',
        '2. The API publishes the gate event to RabbitMQ. A billing worker consumes the events and charges the card on file.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 12, 'RabbitMQ');
      assert.strictEqual(f.data.section, 'Entry and exit flow');
    });
  });

  describe('is satisfied', () => {
    it('by a deterministic id that makes a replayed line overwrite itself, with backlog, replay and a dead-letter topic', () => {
      const text = [
        '# Log search',
        '',
        '## Architecture',
        '',
        'We will ship every log line to Kafka, retained for 3 days; indexers catch up from the backlog when indexing slows down.',
        'If we ship a bad parser, we reset the consumer offsets and replay. Each line gets a deterministic id (hash of source and offset), so a replayed line overwrites itself instead of duplicating.',
        'Lines that fail to parse go to a dead-letter topic.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('by all five parts in the introducing section', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('kafka-with-semantics.md')), []);
    });

    it('by a dedicated failure-handling section using abbreviations (DLQ, iterator age)', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('failure-handling-section.md')), []);
    });

    it('by four of the five parts', () => {
      const text = [
        '# Billing events',
        '',
        '## Pipeline',
        '',
        'We will put usage events on an SQS queue. Consumers dedupe on event_id; messages that fail 5 times go to a',
        'dead-letter queue; we retain messages for 4 days so we can re-drive them; and we alert on the age of the oldest message.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('traps', () => {
    it('does not treat a queue of people or robots, or a work queue for a human, as a message queue', () => {
      const text = [
        '# Warehouse robots',
        '',
        'We will build task dispatch for 1,200 robots.',
        '',
        '## Failure modes',
        '',
        'When a station jams, robots queue at the station; the dispatcher caps the queue at 3 robots per station.',
        'A dropped pod is reported by the robot, and the task goes to an exception queue for a human.',
        'A robot slowed by a queue at a station is re-planned in the next batch.',
        'A renewal is allowed only if the title\'s hold queue is empty.',
        'Accounts that share a device are put at the back of the queue.',
        'Overhead cameras count people at the taxi rank queue entry, and the security queue length feeds the forecast.',
        'Every comment goes through the moderation queue before it is visible.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('does not treat HLS streams, streaming video or a stream of events as a broker', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-hls-streams.md')), []);
    });

    it('does not fire on a reading list or link-only items', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-reading-list.md')), []);
    });

    it('does not fire on a negated queue or on queues in code', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-negated-and-code.md')), []);
    });

    it('does not fire on a later "the same queue" after the broker was described in the background', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-later-mention.md')), []);
    });

    it('does not treat a one-off background job as a queue', () => {
      const text = '# Invoices\n\n## Design\n\nWe will generate invoice exports in a background job that reads from a replica and writes CSV files to object storage.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('does not treat "the app queues changes locally" (a verb) as a message queue', () => {
      const text = '# Cart\n\n## Sync\n\nWe will keep carts in Postgres. Phones are often offline: the app queues changes locally and sends them on reconnect.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('does not treat a virtual waiting room (Queue-it) in front of a store as a message queue, but still sees a broker beside it', () => {
      const text = [
        '# Merch drop',
        '',
        '## Handling the on-sale spike',
        '',
        'We add a virtual waiting room (Queue-it) in front of the store when the artist announces a drop, to keep the arrival rate at a level checkout can take.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
      const withBroker = text + '\nWe will publish paid orders to an SQS queue that the fulfilment workers consume.\n';
      assert.deepStrictEqual(findingsFor(RULE, withBroker).map((f) => [f.rule, withBroker.slice(f.data.start, f.data.end)]), [[RULE, 'SQS queue']]);
    });

    it('does not treat a waiting room\'s "queue page" or a work list "for sales" as a message queue', () => {
      for (const sentence of [
        'Put a waiting room (queue page) in front of the booking pages from 8:45, letting people in at a rate the system can sustain.',
        'Unmatched spots after the day closes go to the make-good queue for sales to rebook.',
        'Mismatches need an analyst team to triage the mismatch queue every morning.',
      ]) {
        const text = `# Pitch booking\n\n## Opening morning\n\nWe will run the booking API on two containers with Postgres. ${sentence}\n`;
        assert.deepStrictEqual(findingsFor(RULE, text), [], sentence);
        assert.deepStrictEqual(findingsFor('missing-failure-mode', text).map((f) => f.data.trigger).filter((t) => /queue/i.test(String(t))), [], sentence);
      }
    });

    it('reads a "Problem" section as the status quo: cars queueing at the booth are not the design\'s queue, the Kafka topic is', () => {
      const text = [
        '# Ferry check-in lanes',
        '',
        '## Problem',
        '',
        'Check-in is manual today. At summer peak, queues back up onto the ring road and the harbour authority has complained twice.',
        '',
        '## Design',
        '',
        'We will put a plate camera on each lane. Every plate read is published to a Kafka topic that the check-in service consumes.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text).map((f) => text.slice(f.data.start, f.data.end)), ['Kafka topic']);
    });

    it('does not treat a metric of a queue ("watch queue depth", "autoscale on queue size") as introducing one', () => {
      const text = '# Payouts\n\n## Operations\n\nWe will watch queue depth and the age of the oldest message, and page when it is over 15 minutes. Workers autoscale on queue size.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('reads a queue put to use by what it does: an event dropped on Kafka, mail sent by a Celery worker, a topic absorbing the burst, messages waiting in SQS, events fanned out', () => {
      for (const [sentence, trigger] of [
        ['The player posts events to `ingest-api`, which validates the JWT and drops the event on Kafka.', 'Kafka'],
        ['Reminder emails are sent by a Celery worker with Redis as the broker, so a slow email provider does not hold up the booking page.', 'Celery'],
        ['The notification service autoscales on CPU and the Kafka topic absorbs the burst.', 'Kafka topic'],
        ['The services talk over Kafka events such as `ItemReserved` and `PaymentSucceeded`.', 'Kafka'],
        ['RabbitMQ sits between the booking service and the mailer.', 'RabbitMQ'],
        ['The events topic (managed Pub/Sub) carries check-ins and check-outs to the office dashboard.', 'Pub/Sub'],
        ['Kafka is durable and replicated, so once a dart is in Kafka it cannot be lost.', 'Kafka'],
        ['If the housing system is down, the messages simply wait in SQS until it comes back, so nothing is lost.', 'SQS'],
        ['Every booking change becomes an event that fans out to three SQS queues, one per service.', 'SQS queues'],
        ['RabbitMQ connects the services with events like `OrderPlaced` and `OrderReady`.', 'RabbitMQ'],
      ]) {
        const text = `# Alerts\n\n## Design\n\nWe will run the API on two containers with Postgres. ${sentence}\n`;
        const f = assertSingleFinding(RULE, text, 4, trigger);
        assert.deepStrictEqual(f.data.missing, [BACKLOG, REPLAY, IDEMPOTENCY, POISON, OBSERVABILITY], sentence);
      }
    });

    it('does not read what events carry ("Kafka events carry `decisionId` only") as putting a queue to use', () => {
      const text = '# Claims\n\n## Privacy\n\nWe will keep personal data in Postgres only. Kafka events carry `decisionId` only, not personal data.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('does not read queue-jumping in the requirements as a queue the later design refers back to ("the Celery queue")', () => {
      const text = [
        '# Nursery waitlist',
        '',
        '## Requirements',
        '',
        '- Audit trail: parents have complained about queue-jumping, so every offer must be explainable.',
        '',
        '## Design',
        '',
        'We will run one Django app on Postgres. When an offer is made, the app puts a task on the Celery queue to send the email and the SMS.',
        '',
      ].join('\n');
      assertSingleFinding(RULE, text, 8, 'Celery');
    });

    it('does not treat a priority queue (a data structure) as a message queue', () => {
      const text = '# Scheduler\n\n## Design\n\nWe will keep pending timers in a priority queue ordered by deadline, and we will use a heap for it.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('quick fix', () => {
    it('inserts one labelled line per missing part after the trigger paragraph, and the labels satisfy the rule', () => {
      const text = fixture('sqs-thumbnails.md');
      const [finding] = findingsFor(RULE, text);
      const { edit, result } = applyRuleFix(text, finding);
      assert.strictEqual(edit.range.start.line, 11, 'end of the paragraph that introduces the queue');
      const lines = edit.newText.split('\n').filter(Boolean);
      assert.deepStrictEqual(
        lines.map((l) => l.split(':')[0]),
        ['Backlog', 'Replay', 'Idempotency', 'Poison messages', 'Observability'],
      );
      assert.ok(result.includes('three sizes and writes them back to S3.\n\nBacklog: '));
      assert.deepStrictEqual(findingsFor(RULE, result), []);
    });

    it('scaffolds only the missing parts', () => {
      const text = fixture('kafka-clickstream.md');
      const [finding] = findingsFor(RULE, text);
      const { edit } = applyRuleFix(text, finding);
      assert.deepStrictEqual(
        edit.newText.split('\n').filter(Boolean).map((l) => l.split(':')[0]),
        ['Replay', 'Idempotency', 'Poison messages'],
      );
    });
  });
});
