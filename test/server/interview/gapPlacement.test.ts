import * as assert from 'assert';
import { analyseDocument } from '../../../server/src/interview/analysedText';
import { documentGaps } from '../../../server/src/interview/documentGaps';

/** The queue gap the interviewer plans for a document. */
function queueGap(text: string) {
  return documentGaps(analyseDocument(text)).gaps.find((g) => g.kind === 'queue-without-failure-semantics');
}

const WALLET = [
  '# Wallet',
  '',
  '## Architecture',
  '',
  'The system is split into a Transfer service, a Balance service and a Ledger service. Services communicate over Kafka so that they are decoupled.',
  '',
  '## Transfer flow',
  '',
  '1. The Transfer service checks the balance and publishes TransferRequested to the transfers topic.',
  '2. The Balance service consumes it, moves the money and publishes TransferCompleted.',
  '3. The Ledger service consumes TransferCompleted and writes the debit and the credit.',
  '',
  'Kafka gives us durability: once the event is in the topic it will not be lost.',
  '',
  '## Scaling',
  '',
  'We will add Kafka partitions and more Balance service instances as traffic grows.',
  '',
].join('\n');

describe('where a gap is asked', () => {
  it('a queue named in an overview is asked about where messages move through it (the transfer flow)', () => {
    const queue = queueGap(WALLET);
    assert.ok(queue);
    assert.strictEqual(queue.section, 'Transfer flow');
    assert.strictEqual(queue.quote, 'Kafka');
    assert.match(queue.context, /^Kafka gives us durability/);
  });

  it('quotes the flow\'s own reference to an unnamed queue ("the same topic"), not a field in a slashed list ("name/town/topic")', () => {
    const text = [
      '# Call-in queue',
      '',
      '## Architecture',
      '',
      '- **Event bus**: every call event is published to a Kafka topic, and the screener and host views consume from it.',
      '',
      '## Call flow',
      '',
      '1. The screener answers, types name/town/topic and clicks "ready". The API publishes `call.screened`.',
      '2. The host view consumer picks up `call.screened` and adds the caller to the host\'s list.',
      '',
      'Call-back requests go through the same topic as `callback.requested`.',
      '',
    ].join('\n');
    const queue = queueGap(text);
    assert.ok(queue);
    assert.strictEqual(queue.section, 'Call flow');
    assert.match(queue.context, /^Call-back requests go through the same topic/);
  });

  it('does not quote a work list "for sales" as the queue: the flow that publishes to the bus is where it is asked', () => {
    const text = [
      '# Ad slots',
      '',
      '## Architecture',
      '',
      'The scheduler and the as-run service talk over a RabbitMQ message bus.',
      '',
      '## As-run and billing',
      '',
      'Each station uploads its as-run log at midnight. Unmatched spots go to the make-good queue for sales, and billing consumes the rest.',
      '',
      '## Live changes',
      '',
      'The playout system publishes break-started events to the message bus; the scheduler consumes them and re-plans the next break.',
      '',
    ].join('\n');
    const queue = queueGap(text);
    assert.ok(queue);
    assert.strictEqual(queue.section, 'Live changes');
    assert.match(queue.context, /message bus/);
  });

  it('is not moved into a failure story ("Reliability"): that section says how the queue stays up, not what flows through it', () => {
    const text = [
      '# Replenishment',
      '',
      '## Platform',
      '',
      'We will run the pipeline on Airflow, with Spark for the feature build, Kafka for store events and Snowflake for history.',
      '',
      '## Reliability',
      '',
      'Snowflake and Kafka are managed services with their own high availability, and the Kafka topic keeps 7 days.',
      '',
    ].join('\n');
    const queue = queueGap(text);
    assert.ok(queue);
    assert.strictEqual(queue.section, 'Platform');
  });

  it('a queue stays where it is introduced when no other section moves more messages through it', () => {
    const text = [
      '# Wallet',
      '',
      '## Architecture',
      '',
      'The Transfer service publishes each transfer to Kafka; the Balance service consumes it and moves the money.',
      '',
      '## Scaling',
      '',
      'We will add Kafka partitions and more Balance service instances as traffic grows.',
      '',
    ].join('\n');
    assert.strictEqual(queueGap(text)?.section, 'Architecture');
  });

  it('on a tie, the section designing the flow wins over an overview naming it in passing', () => {
    const text = [
      '# Leaderboard',
      '',
      '## Architecture',
      '',
      '- The match service publishes a ScoreEarned event to Kafka.',
      '- Leaderboard workers consume the events and update Redis.',
      '',
      '## Score ingestion',
      '',
      'Workers consume ScoreEarned from Kafka and call ZINCRBY on the season board. We run 12 workers in one consumer group.',
      '',
    ].join('\n');
    assert.strictEqual(queueGap(text)?.section, 'Score ingestion');
  });
});


describe('where a queue is asked: the consumer that handles what is at stake', () => {
  const CAR_SHARING = [
    '# Car sharing',
    '',
    'We will build unlock and billing for 3,000 cars.',
    '',
    '## Unlock flow',
    '',
    '1. The app calls the trip service, which checks the reservation.',
    '2. The vehicle gateway publishes `unlock` on the MQTT topic `cars/{carId}/cmd`.',
    '3. The car unlocks the doors and publishes `unlocked` on `cars/{carId}/status`.',
    '4. The gateway receives the ack, the trip service marks the trip started and publishes `TripStarted` to Kafka.',
    '',
    'Ending the trip is the same in reverse: the gateway sends `lock`, the car acks, and `TripEnded` goes to Kafka.',
    '',
    '## Trip billing',
    '',
    'The billing service consumes `TripStarted` and `TripEnded` from the `trip-events` topic.',
    'On `TripEnded` it computes the price and charges the card with Stripe, then sends the receipt email.',
    '',
  ].join('\n');

  it('is asked where billing consumes the trip events and charges the card, not where the unlock flow publishes them', () => {
    const queue = queueGap(CAR_SHARING);
    assert.ok(queue);
    assert.strictEqual(queue.section, 'Trip billing');
    assert.strictEqual(queue.context, "The billing service consumes TripStarted and TripEnded from the trip-events topic");
  });
});

describe('where a queue is asked: a reference is a queue, not the verb', () => {
  it('does not move to a section that only "queues the session locally" and sends it later', () => {
    const text = [
      '# Parking meters',
      '',
      'We will build meter payments for 4,000 meters.',
      '',
      '## Architecture',
      '',
      'Meters send each session to the session service, which publishes it to a Kafka topic for enforcement.',
      '',
      '## Offline meters',
      '',
      'When the link is down, the meter takes the card, prints the receipt, and queues the session locally with its sequence number.',
      'When the link comes back it sends the sessions in order and retries each one until it is acknowledged.',
      '',
    ].join('\n');
    const queue = queueGap(text);
    assert.ok(queue);
    assert.strictEqual(queue.section, 'Architecture');
  });
});

describe('where a queue is asked: its product name is its name', () => {
  it('"Kafka topics" in the architecture is asked where "the Payment service consumes report.approved from Kafka" and pays', () => {
    const text = [
      '# Expense approval',
      '',
      'We will build expense reports with approval chains for 800 tenants.',
      '',
      '## Architecture',
      '',
      'Services communicate asynchronously through Kafka topics wherever possible, and synchronously over gRPC only when a user is waiting.',
      '',
      '## Reimbursement',
      '',
      'The Payment service consumes `report.approved` from Kafka. For each event it creates a payout through the payment partner and marks the report paid.',
      '',
    ].join('\n');
    const queue = queueGap(text);
    assert.ok(queue);
    assert.strictEqual(queue.section, 'Reimbursement');
    assert.strictEqual(queue.quote, 'Kafka topics');
    assert.strictEqual(queue.context, 'The Payment service consumes report.approved from Kafka');
  });
});

describe('where a queue is asked: where a guarantee is claimed of it', () => {
  const text = (ingestion: string) =>
    [
      '# Heart-rate alerting',
      '',
      'We will alert wearers and their emergency contacts when the heart rate is abnormal.',
      '',
      '## Architecture',
      '',
      '1. The ingestion service validates each batch and publishes every reading to the hr-readings Kafka topic.',
      '2. A Flink job consumes hr-readings and publishes an alert event to the hr-alerts topic when a rule fires.',
      '3. The alert service consumes hr-alerts and sends a push notification and an SMS.',
      '4. A separate consumer writes all readings to Cassandra.',
      '',
      '## Ingestion',
      '',
      ingestion,
      '',
    ].join('\n');

  it('"Kafka gives us a durable buffer, so nothing is lost" is where the queue is asked, over the flow that uses it most', () => {
    const queue = queueGap(text('Kafka gives us a durable buffer between the phones and the processing, so spikes are absorbed and nothing is lost.'));
    assert.ok(queue);
    assert.strictEqual(queue.section, 'Ingestion');
    assert.match(queue.context, /^Kafka gives us a durable buffer/);
  });

  it('without the claim, the flow that moves the messages keeps it', () => {
    const queue = queueGap(text('Kafka gives us a durable buffer between the phones and the processing, so spikes are absorbed.'));
    assert.ok(queue);
    assert.strictEqual(queue.section, 'Architecture');
  });
});

describe('where a queue is asked: the words for taking messages off are vocabulary', () => {
  const text = [
    '# Order reports',
    '',
    'We will build nightly order reports for 40,000 shops.',
    '',
    '## Architecture',
    '',
    'The order service publishes each settled order to a RabbitMQ queue.',
    '',
    '## Nightly report',
    '',
    'At 02:00 the report worker drains the RabbitMQ queue and writes each order to the warehouse.',
    '',
  ].join('\n');

  it('a verb the built-in list lacks ("drains") leaves the queue where it is published; added in the configuration, it moves it', () => {
    const gap = (vocabulary?: Record<string, string[]>) => documentGaps(analyseDocument(text, vocabulary ? { vocabulary } : {})).gaps.find((g) => g.kind === 'queue-without-failure-semantics');
    assert.strictEqual(gap()?.section, 'Architecture');
    assert.strictEqual(gap({ messageTakenOff: ['drains'] })?.section, 'Nightly report');
  });
});
