import * as assert from 'assert';
import { analyseDocument, sourceFindings } from '../../../server/src/interview/analysedText';
import { analyze } from '../../../server/src/analysis';
import { unflaggedFailoverFindings, unflaggedHotPathFindings, unflaggedRaceFindings, unflaggedShardFindings } from '../../../server/src/interview/interviewFindings';
import { specificBeforeGeneric } from '../../../server/src/interview/gapWeighting';
import { documentGaps } from '../../../server/src/interview/documentGaps';
import { PERSONAS } from '../../../server/src/interview/personas';
import { probeFor } from '../../../server/src/interview/probes';
import { bookingRaceDocument } from './engineFixtures';

describe('interview-side findings', () => {
  describe('failover sections the linter lets pass', () => {
    it('asks about each section that designs a failover, not about a goal of high availability', () => {
      const text = [
        '# Leaderboard',
        '',
        '## Goals',
        '',
        'We will serve ranks to 50M players with high availability.',
        '',
        '## Availability',
        '',
        'Redis runs with a replica in another zone and Sentinel for automatic failover. We rebuild from Postgres if both are lost.',
        '',
        '## Write path',
        '',
        'We will write each score to Postgres, then to a Redis sorted set deployed multi-AZ with automatic failover.',
        '',
      ].join('\n');
      const source = analyseDocument(text);
      const sectionOf = (offset: number) => source.doc!.sections.filter((s) => s.start <= offset && offset < s.end).pop()?.heading?.text;
      const flagged = sourceFindings(source).filter((f) => f.rule === 'availability-without-resilience');
      assert.deepStrictEqual(flagged.map((f) => sectionOf(f.data.start)), ['Write path'], 'the linter flags the section leaning on redundancy hardest');
      const added = unflaggedFailoverFindings(source, sourceFindings(source));
      assert.deepStrictEqual(added.map((f) => sectionOf(f.data.start)), [], 'a goal is not a failover to ask about');
    });

    it('asks nowhere else once the linter flags a section titled for failures ("Region failure"): that is where the story is', () => {
      const text = [
        '# Profiles',
        '',
        '## Data placement',
        '',
        'The profile database is CockroachDB with a multi-region setup, and we will run active-active writes in all three regions.',
        '',
        '## Region failure',
        '',
        'All three regions run the full stack. If a region fails, we update DNS to send its traffic to the nearest healthy region, which has all the data thanks to active-active replication.',
        'CockroachDB handles the node and region failover automatically. This gives us 99.99% availability.',
        '',
      ].join('\n');
      const source = analyseDocument(text);
      const sectionOf = (offset: number) => source.doc!.sections.filter((s) => s.start <= offset && offset < s.end).pop()?.heading?.text;
      const flagged = sourceFindings(source).filter((f) => f.rule === 'availability-without-resilience');
      assert.deepStrictEqual(flagged.map((f) => sectionOf(f.data.start)), ['Region failure']);
      assert.deepStrictEqual(unflaggedFailoverFindings(source, sourceFindings(source)), []);
    });

    it('a failover the design recovers from ("a stream can recover after e.g. a failover") is not a failover it designs', () => {
      const text = '# Migrations\n\n## Design\n\nWe will track each stream\'s position in a table, so a stream can automatically recover after e.g. a failover.\n';
      const source = analyseDocument(text);
      assert.deepStrictEqual(unflaggedFailoverFindings(source, sourceFindings(source)), []);
    });
  });
});

const FLAGS = [
  '# Feature flags',
  '',
  '## Design',
  '',
  'Flags are stored in Postgres behind an admin API. SDKs keep a server-sent-events stream open to the streaming servers.',
  'Changes are published from the admin API to the streaming servers through Redis pub/sub.',
  '',
].join('\n');

describe('broadcast channels (Redis pub/sub) in the interviewer', () => {
  it('Redis pub/sub in a section with no failure story is asked as what happens to a message published while a subscriber is away', () => {
    const { gaps } = documentGaps(analyseDocument(FLAGS));
    assert.ok(!gaps.some((g) => g.kind === 'queue-without-failure-semantics'), 'no backlog question on a channel that keeps nothing');
    const lost = gaps.find((g) => g.failure !== undefined);
    assert.ok(lost, JSON.stringify(gaps.map((g) => g.key)));
    assert.deepStrictEqual([lost.kind, lost.rule, lost.component, lost.section], ['missing-failure-mode', 'missing-failure-mode', 'Redis pub/sub', 'Design']);
    const neutral = probeFor(lost, PERSONAS.neutral).question;
    assert.match(neutral, /Redis pub\/sub drops a message published while a subscriber is disconnected: what breaks, and what do users see\?$/);
    assert.match(probeFor(lost, PERSONAS.stripe).question, /Redis pub\/sub drops a message published while a subscriber is disconnected: what does the caller see/);
  });

  it('where the section already tells a failure story, that story is what gets asked, not the channel', () => {
    const text = FLAGS.replace('through Redis pub/sub.', 'through Redis pub/sub. Two admins can make conflicting edits to the same flag.');
    const { gaps } = documentGaps(analyseDocument(text));
    assert.ok(!gaps.some((g) => g.failure !== undefined || g.kind === 'queue-without-failure-semantics'), JSON.stringify(gaps.map((g) => g.key)));
  });

  it('a durable queue keeps its queue question', () => {
    const text = FLAGS.replace('through Redis pub/sub', 'through a Kafka topic');
    const { gaps } = documentGaps(analyseDocument(text));
    assert.ok(gaps.some((g) => g.kind === 'queue-without-failure-semantics'));
    assert.ok(!gaps.some((g) => g.failure !== undefined));
  });
});

describe('check-then-take races in the interviewer', () => {
  const booking = bookingRaceDocument;

  it('asks about two requests passing the same availability check before the insert', () => {
    const source = analyseDocument(booking(''));
    const found = unflaggedRaceFindings(source);
    assert.deepStrictEqual(
      found.map((f) => [f.rule, f.data.trigger, f.data.component, f.data.failure]),
      [['missing-failure-mode', 'check the time is still available', 'two requests', 'pass that check at the same moment for the last one']],
    );
  });

  it('not when the document names what stops it anywhere ("a unique index on (table_id, slot)")', () => {
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(booking('## Data model\n\nA unique index on (table_id, slot) rejects a second booking.'))), []);
  });

  it('but "without a lock" stops nothing', () => {
    assert.strictEqual(unflaggedRaceFindings(analyseDocument(booking('## Data model\n\nBookings are written without a lock.'))).length, 1);
  });

  it('still asks when consumers only come after the write ("7. The Notification Service consumes the event")', () => {
    const text = [
      '# Doctor booking',
      '',
      'We will build appointment booking for 5,000 clinics.',
      '',
      '## Booking flow',
      '',
      '1. The Booking Service calls the Availability Service to check that the slot is still free.',
      '2. If it is free, the Booking Service inserts the Appointment document with status BOOKED.',
      '3. The Notification Service consumes the event and sends the confirmation.',
      '',
    ].join('\n');
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(text)).map((f) => f.data.trigger), ['check that the slot is still free']);
  });

  it('reads a check across a line break and a code span ("reads `sailing_inventory` to check / there is room"), and quotes it with its underscore', () => {
    const text = [
      '# Ferry booking',
      '',
      'We will build ticket booking for 40 sailings a day.',
      '',
      '## Booking flow',
      '',
      '1. The customer chooses a sailing. The API reads `sailing_inventory` to check',
      '   there is room.',
      '2. We create the booking with status HELD and increase `car_spaces_booked`.',
      '',
    ].join('\n');
    const source = analyseDocument(text);
    assert.deepStrictEqual(unflaggedRaceFindings(source).map((f) => f.data.trigger), ['reads sailing_inventory to check there is room']);
    const gap = documentGaps(source).gaps.find((g) => g.component === 'two requests');
    assert.ok(gap);
    assert.deepStrictEqual([gap.quote, gap.doubleTaken], ['reads sailing_inventory to check there is room', true]);
  });

  it('reads a status check and a status change as the check and the take ("checks that its status is OPEN ... sets the status to BOOKED")', () => {
    const text = [
      '# Load board',
      '',
      'Brokers post 40,000 loads a day and carriers book them from an app.',
      '',
      '## Booking',
      '',
      'The carrier taps Book on an offer. The Booking endpoint loads the load from Postgres, checks that its',
      'status is `OPEN`, sets the status to `BOOKED` with the carrier id, and sends a rate confirmation.',
      '',
    ].join('\n');
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(text)).map((f) => f.data.trigger), ['checks that its status is OPEN']);
    const saved = text.replace('sets the status to `BOOKED` with the carrier id', 'the booking is saved with the carrier id');
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(saved)).map((f) => f.data.trigger), ['checks that its status is OPEN']);
  });

  it('reads the check, the take and what stops them in inline code ("checks the slot is `free`", "a `SELECT ... FOR UPDATE`")', () => {
    const text = [
      '# Court booking',
      '',
      'We will build court booking for one sports hall with 6 courts.',
      '',
      '## Booking flow',
      '',
      '1. The member taps a slot and presses Book.',
      '2. The API checks the slot is `free` in Postgres, then inserts a row into `bookings`',
      '   and sets the slot to `booked`.',
      '',
    ].join('\n');
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(text)).map((f) => f.data.trigger), ['checks the slot is free']);
    const locked = `${text}\n## Data model\n\nThe check runs as a \`SELECT ... FOR UPDATE\` on the slot row.\n`;
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(locked)), []);
  });

  it('reads a flow written in plain present tense ("the API computes free slots ... the API inserts a row"), not a requirement', () => {
    const flow = [
      '# Lesson scheduling',
      '',
      'We will build lesson booking for 40 driving schools.',
      '',
      '## Booking flow',
      '',
      '1. The student opens the calendar and the API computes free slots for the instructor.',
      '2. The student picks a slot and clicks Book.',
      '3. The API inserts a row into `lessons` with status `booked`.',
      '',
    ].join('\n');
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(flow)).map((f) => f.data.trigger), ['computes free slots']);
    const wanted = flow.replace('## Booking flow', '## Requirements');
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(wanted)), []);
  });

  it('a business transaction or a card lockout stops no race; a database transaction or a row lock does', () => {
    const race = (extra: string) => unflaggedRaceFindings(analyseDocument(booking(extra))).length;
    assert.strictEqual(race('## Ledger export\n\nA nightly job writes every transaction to the warehouse; 5 wrong PINs on a card locks it for 1 hour.'), 1);
    assert.strictEqual(race('## Data model\n\nThe check and the insert run in one transaction.'), 0);
    assert.strictEqual(race('## Data model\n\nThe insert takes a row lock on the table slot.'), 0);
  });

  it('weighs a race as the specific question it is, not as the generic "what breaks?"', () => {
    const gap = documentGaps(analyseDocument(booking(''))).gaps.find((g) => g.component === 'two requests')!;
    assert.strictEqual(gap.pinpointed, true);
    assert.strictEqual(specificBeforeGeneric([gap])[0].weight, gap.weight);
    const generic = { ...gap, pinpointed: undefined };
    assert.ok(specificBeforeGeneric([generic])[0].weight < gap.weight);
  });

  it('not between two components an overview describes one per paragraph, but still along a numbered flow there', () => {
    const overview = [
      '# Award seats',
      '',
      'We will build award redemption for 30M members.',
      '',
      '## High-level design',
      '',
      '**Availability service**: knows how many award seats are open per flight; it reads the inventory system.',
      '',
      '**Redemption service**: runs checkout, debits miles and books the seat.',
      '',
    ].join('\n');
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(overview)), []);
    const flow = overview.replace('**Availability service**: knows how many award seats are open per flight; it reads the inventory system.\n\n**Redemption service**: runs checkout, debits miles and books the seat.', '1. The redemption service checks the seat is still available.\n2. It debits the miles and books the seat.');
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(flow)).map((f) => f.data.trigger), ['checks the seat is still available']);
  });

  it('reads a count or a code identifier as the check, and a row, a status word or a confirmation as the take', () => {
    const flow = (title: string, heading: string, ...lines: string[]) => [`# ${title}`, '', 'We will build bookings for 30 clubs.', '', `## ${heading}`, '', ...lines, ''].join('\n');
    const triggers = (text: string) => unflaggedRaceFindings(analyseDocument(text)).map((f) => f.data.trigger);
    assert.deepStrictEqual(triggers(flow('After-school clubs', 'Sign-up flow', "1. For each club, the API reads the club's `places_left`. If it is more than 0, it inserts a", '   `signups` row with status `confirmed`.')), ["reads the club's places_left"]);
    assert.deepStrictEqual(triggers(flow('Swimming lanes', 'Booking flow', '1. `booking-service` checks the count and membership status, writes the booking and returns 201.')), ['checks the count']);
    assert.deepStrictEqual(triggers(flow('Driving range', 'Booking flow', '1. Booking service checks the bookings table to see if any of the slots are taken.', '2. If they are free, it inserts the booking row with status CONFIRMED.')), ['checks the bookings table to see if any of the slots are taken']);
    assert.deepStrictEqual(triggers(flow('Craft fair', 'Booking flow', '1. The API checks the pitch is not already booked, then creates a `pending` booking.')), ['checks the pitch is not already booked']);
    assert.deepStrictEqual(triggers(flow('Litter pick', 'Registration', 'When a volunteer registers, we count the current confirmed registrations for the event. If the count is below `max_volunteers` they are confirmed.')), ['count the current confirmed']);
    assert.deepStrictEqual(triggers(flow('Seed swap', 'Claiming a swap', '1. The app checks that the listing is `open`.', '2. It creates a `claim` row and sets the listing to `claimed`.')), ['checks that the listing is open']);
  });

  it('a lock word in a heading alone ("## Locking and charging", a box locked at the cutoff) stops no race', () => {
    const swap = ['# Veg boxes', '', 'We will build box swaps for 900 customers.', '', '## Swap flow', '', '1. The API reads the `stock` row for chard and checks there is room for one more portion.', '2. The API inserts the new `box_line` for chard.', ''].join('\n');
    const locked = `${swap}\n## Locking and charging\n\nAt 00:00 Wednesday a scheduled job sets the week to LOCKED and charges each box.\n`;
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(locked)).map((f) => f.data.trigger), ['reads the stock']);
    const rowLock = `${swap}\n## Locking\n\nThe swap takes a row lock on the stock row.\n`;
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(rowLock)), []);
  });

  it('is the section\'s failure question even where the linter asks its generic "what breaks?" there', () => {
    const text = ['# Court booking', '', 'We will build court booking for one sports hall with 6 courts.', '', '## Booking flow', '', 'We will use Postgres for bookings and a Node API on two instances.', '', '1. The member taps a slot and presses Book.', '2. The API checks the slot is still free, then inserts a row into `bookings`.', ''].join('\n');
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.rule === 'missing-failure-mode').map((f) => f.data.trigger), ['We will use Postgres']);
    const failureGaps = documentGaps(analyseDocument(text)).gaps.filter((g) => g.kind === 'missing-failure-mode');
    assert.deepStrictEqual(failureGaps.map((g) => [g.key, g.quote, g.doubleTaken]), [['missing-failure-mode@1', 'checks the slot is still free', true]]);
  });

  it('not where a queue consumer does the work: that is the queue\'s question', () => {
    const text = '# Wallet\n\nWe will build transfers.\n\n## Transfer flow\n\nThe Balance service consumes `transfers`: it reads the balance, and if the balance is enough it debits the sender.\n';
    assert.deepStrictEqual(unflaggedRaceFindings(analyseDocument(text)), []);
  });
});

describe('calls every request waits on, in the interviewer', () => {
  const limiter = (design: string) =>
    ['# Rate limiter', '', 'We will limit 200k requests/s across 40 gateways.', '', '## Design', '', design, '', '## Scaling', '', 'Redis is sharded by API key across 6 primaries.', ''].join('\n');

  it('asks what happens when the dependency is slow or down, naming it', () => {
    const source = analyseDocument(limiter('Each gateway calls a Redis cluster on every request. A Lua script increments the window key, so two gateways can\'t race on the same key.'));
    const found = unflaggedHotPathFindings(source);
    assert.deepStrictEqual(
      found.map((f) => [f.rule, f.data.trigger, f.data.component, f.data.failure]),
      [['missing-failure-mode', 'calls a Redis cluster on every request', 'Redis', 'is slow or down while each request waits on it']],
    );
    const gap = documentGaps(source).gaps.find((g) => g.failure === 'is slow or down while each request waits on it')!;
    assert.strictEqual(probeFor(gap, PERSONAS.neutral).question.endsWith('Redis is slow or down while each request waits on it: what breaks, and what do users see?'), true);
  });

  it('names a capitalised service the vocabulary does not know ("waits for the Fetcher synchronously")', () => {
    const found = unflaggedHotPathFindings(analyseDocument(limiter('We will run the Preview API behind the gateway. It waits for the Fetcher synchronously because the user is looking at the compose box.')));
    assert.deepStrictEqual(found.map((f) => f.data.component), ['the Fetcher']);
  });

  it('not when the section says what happens then (fail open, a timeout, a fallback)', () => {
    for (const answer of ['If Redis is unreachable the gateway fails open.', 'The call has a 5 ms timeout.', 'When it cannot answer we fall back to local counters.']) {
      assert.deepStrictEqual(unflaggedHotPathFindings(analyseDocument(limiter(`Each gateway calls a Redis cluster on every request. ${answer}`))), [], answer);
    }
  });

  it('not when the call is kept off the hot path ("to avoid a Redis round trip on every request"), nor in a trade-offs section', () => {
    assert.deepStrictEqual(unflaggedHotPathFindings(analyseDocument(limiter('To avoid calling Redis on every request, each gateway keeps local counters and flushes them every 100 ms.'))), []);
    const tradeOffs = '# Limiter\n\nWe will limit 200k requests/s.\n\n## Trade-offs\n\nA global counter would need gateways to call the US region on every request.\n';
    assert.deepStrictEqual(unflaggedHotPathFindings(analyseDocument(tradeOffs)), []);
  });
});

describe('shard keys in the interviewer', () => {
  const chat = (scaling: string) =>
    [
      '# Live chat',
      '',
      'We will build chat for a streaming site: 40M viewers. The hotspot is a tournament final: 1.2M viewers in one channel.',
      '',
      '## Scaling',
      '',
      scaling,
      '',
    ].join('\n');
  const shardFindings = (text: string) => {
    const source = analyseDocument(text);
    return unflaggedShardFindings(source, sourceFindings(source)).map((f) => f.data.trigger);
  };

  it('asks where the hot key lands when the section names no bottleneck', () => {
    assert.deepStrictEqual(shardFindings(chat('We will shard messages across Postgres nodes by user_id.')), ['shard']);
  });

  it('a bottleneck figure in the section answers for a key that spreads evenly ("by user_id")', () => {
    assert.deepStrictEqual(shardFindings(chat('We will shard messages across Postgres nodes by user_id. A node handles about 5k writes/s.')), []);
  });

  it('but not for a key that can itself go viral ("by channel_id"): only a named hot key or skew answers that', () => {
    const byChannel = 'We will shard rooms across room-service nodes by `channel_id` using consistent hashing. A node handles about 5k messages/s.';
    assert.deepStrictEqual(shardFindings(chat(byChannel)), ['shard']);
    assert.deepStrictEqual(shardFindings(chat(`${byChannel} The hot key is the final's channel, so its fan-out is split across four nodes.`)), []);
  });

  for (const key of ['`bracket_id`', 'contest', 'lobby id', 'concert', 'course_id']) {
    it(`a key that names one of a kind that draws the crowd ("by ${key}") goes viral too`, () => {
      assert.deepStrictEqual(shardFindings(chat(`We will shard the gateway fleet by ${key} with consistent hashing. A node handles about 5k messages/s.`)), ['shard']);
    });
  }
});
