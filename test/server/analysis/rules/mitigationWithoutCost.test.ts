import * as assert from 'assert';
import { analyzeDetailed } from '../../../../server/src/analysis/analyze';
import { fixesFor } from '../../../../server/src/analysis/fixes';
import type { Finding } from '../../../../server/src/analysis/types';
import { assertSingleFinding, findingsFor, readFixture } from '../../../helpers/ruleHarness';

const RULE = 'mitigation-without-cost';
const fixture = (name: string) => readFixture(`rules/${RULE}/${name}`);

/** Applies the rule's own quick fix (the first one) and returns the edited text and the inserted text. */
function applyRuleFix(text: string, finding: Finding): { inserted: string; at: number; result: string } {
  const { doc } = analyzeDetailed(text);
  const fix = fixesFor(doc!, finding)[0];
  assert.ok(fix && !fix.title.startsWith('Disable'), 'the rule offers its own fix first');
  assert.strictEqual(fix.edits.length, 1);
  const edit = fix.edits[0];
  const at = doc!.lines.offsetAt(edit.range.start);
  return { inserted: edit.newText, at, result: text.slice(0, at) + edit.newText + text.slice(doc!.lines.offsetAt(edit.range.end)) };
}

/** A one-section design answer around the given paragraph. */
const answer = (paragraph: string) => `# Feed\n\n## Design\n\nWe will keep posts in PostgreSQL.\n\n${paragraph}\n`;

describe(RULE, () => {
  describe('fires', () => {
    it('on added read replicas with no cost, naming the mitigation', () => {
      const text = fixture('read-replicas-answer.md');
      const f = assertSingleFinding(RULE, text, 13, 'add two read replicas');
      assert.deepStrictEqual(f.data.missing, ['new cost']);
      assert.strictEqual(f.data.section, 'Storage');
      assert.strictEqual(
        f.message,
        '"add two read replicas" is proposed as a mitigation without its new cost: what does it make worse (staleness, lag, complexity, latency, money)?',
      );
    });

    it('on explicit mitigation language, naming what the mitigation does', () => {
      const text = fixture('explicit-mitigation.md');
      const f = assertSingleFinding(RULE, text, 11, "mitigate this by splitting each hot product's stock");
      assert.strictEqual(f.data.trigger, "mitigate this by splitting each hot product's stock");
    });

    it('on a measure said to cover failures ("this mechanism covers restarts and total cluster failure")', () => {
      const text = '# Alerts\n\n## Persistence\n\nWe propose that each replica flushes its state to object storage every 15 minutes. This mechanism covers multiple challenges (rolling restarts, total cluster failure).\n';
      assertSingleFinding(RULE, text, 4, 'covers multiple challenges');
    });

    it('on "to fix this we will keep a warm pool" with no word on what the idle pool costs', () => {
      const text = '# Game sessions\n\n## Scaling\n\nBooting a node takes 2-3 minutes, which would blow the 20 s target. To fix this we will keep a warm pool of pre-started nodes, sized at 25% of the allocated count.\n';
      assertSingleFinding(RULE, text, 4, 'To fix this');
    });

    it('on a response to a failure ("if a client drops, their slot is held") and on "idempotent on match_id"', () => {
      const text = "# Game sessions\n\n## Rejoin\n\nWe will track every match in Postgres. If a player's client drops (Wi-Fi blip, crash), their slot is held for 3 minutes.\n";
      assertSingleFinding(RULE, text, 4, "If a player's client drops (Wi-Fi blip, crash), their slot is held");
      const idempotent = '# Game sessions\n\n## Results\n\nWe will post results once per match; the endpoint is idempotent on match_id, so a retried post returns the stored result.\n';
      assertSingleFinding(RULE, idempotent, 4, 'idempotent');
    });

    it('on "so a redelivered or replayed batch is a no-op"', () => {
      const text = '# Search\n\n## Indexing\n\nWe will index each batch with the tenant\'s version as an external version, so a redelivered or replayed batch is a no-op.\n';
      assertSingleFinding(RULE, text, 4, 'so a redelivered or replayed batch is a no-op');
    });

    it('on a cache given its purpose in plain words ("so page views do not hit Postgres", "to make the page fast", "to keep load off")', () => {
      const pages = '# Shop\n\n## Caching\n\nWe will serve stock counts from a Redis cache, so page views do not hit Postgres.\n';
      assertSingleFinding(RULE, pages, 4, 'cache');
      const fast = '# Clinic\n\n## Caching\n\nTo make the slots page fast we will cache the computed free slots in Redis per doctor per day.\n';
      assertSingleFinding(RULE, fast, 4, 'cache the computed free slots');
      const off = '# Links\n\n## Read path\n\nWe will put a Redis cluster in front that caches code -> URL to keep load off Postgres.\n';
      assert.strictEqual(findingsFor(RULE, off).length, 1);
    });

    it('on a cache given its purpose as what it avoids ("to keep tag pages fast", "would be slow and expensive, so", "would put 45k queries per second on the database, so")', () => {
      const fast = '# Bookmarks\n\nWe will build bookmarking for 2M users.\n\n## Caching\n\nTo keep tag pages fast we cache each user\'s tag list in Redis, keyed by user id.\n';
      assertSingleFinding(RULE, fast, 6, "cache each user's tag list");
      const slow = '# Payroll\n\nWe will build the payroll run for 1.2M payslips.\n\n## Tax engine\n\nCalling the provider for each of 1.2M payslips would be slow and expensive, so each worker keeps the tax tables in an in-process cache.\n';
      assertSingleFinding(RULE, slow, 6, 'cache');
      const load = '# Gateway\n\nWe will build an API gateway for 45k requests per second.\n\n## Authentication\n\nA lookup on every request would put 45k queries per second on the database, so the auth service keeps an in-process LRU cache of key hashes.\n';
      assertSingleFinding(RULE, load, 6, 'cache');
      const cached = '# Registration\n\nWe will build course registration for 40k students.\n\n## Caching\n\nThe seat counts are cached in Redis so that browsing doesn\'t hit the database.\n';
      assertSingleFinding(RULE, cached, 6, 'cached');
    });

    it('a price in the domain ("filters by cuisine and price") or the reason a cache is there ("would be expensive, so") is not its cost', () => {
      const price = '# Food search\n\nWe will build restaurant search for 3 cities.\n\n## Ranking\n\nResults are ranked by rating and price level. We cache the ranked list per cell in Redis to keep load off Elasticsearch.\n';
      assertSingleFinding(RULE, price, 6, 'cache the ranked list');
      const paid = '# Food search\n\nWe will build restaurant search for 3 cities.\n\n## Ranking\n\nWe cache the ranked list per cell in Redis to keep load off Elasticsearch; the price is results up to 5 minutes old.\n';
      assert.deepStrictEqual(findingsFor(RULE, paid), []);
    });

    it('on "to avoid that we add a Redis cache": "avoid that" negates its pronoun, not the measure after it', () => {
      const text = '# Statements\n\n## Performance\n\nThe profile service would need scaling at 210 calls per second. To avoid that we will add a Redis cache of name and address.\n';
      assertSingleFinding(RULE, text, 4, 'add a Redis cache');
    });

    it('on a cache whose purpose is what it spares ("to avoid hitting Mapbox", "a DynamoDB read on every query", "to keep the announcement from slowing the site", "takes almost all of the view traffic off S3")', () => {
      const hitting = '# Coach tracking\n\nWe will build live coach tracking for school trips.\n\n## ETAs\n\nTo avoid hitting Mapbox rate limits, we cache ETAs for 60 seconds.\n';
      assertSingleFinding(RULE, hitting, 6, 'cache');
      const perQuery = '# Search\n\nWe will rerank 4k queries a second.\n\n## In the reranker\n\nThe reranker keeps an in-process cache of feature vectors for the top 200k listings (30-second TTL) to avoid a DynamoDB read on every query for the same popular items.\n';
      assertSingleFinding(RULE, perQuery, 6, 'cache');
      const slowing = '# Clubs\n\nWe will build after-school club sign-up.\n\n## Club page load\n\nTo keep the 19:00 announcement from slowing the site, we put the clubs page behind the Cloudflare cache with a 60 second TTL.\n';
      assertSingleFinding(RULE, slowing, 6, 'cache');
      const off = '# Previews\n\nWe will serve document previews.\n\n## Caching\n\nPreviews are immutable per version, so we cache them on CloudFront with a one-year TTL, which takes almost all of the view traffic off S3.\n';
      assertSingleFinding(RULE, off, 6, 'cache');
    });

    it('on a fallback taken when something fails, failing open, overbooking, a second provider and a grace period, quoted with what they fall back to', () => {
      const at = (title: string, heading: string, sentence: string) => `# ${title}\n\nWe will build ${title.toLowerCase()} for one region.\n\n## ${heading}\n\n${sentence}\n`;
      assertSingleFinding(RULE, at('Market pitch offers', 'Offers', 'During a Twilio outage the offer service falls back to email-only offers and starts the timer when the email is sent.'), 6, 'falls back to email-only offers');
      assertSingleFinding(RULE, at('Discharge medicines', 'Operations', 'If the tracker is down, pharmacists fall back to the paper log kept at the dispensary hatch.'), 6, 'fall back to the paper log');
      assertSingleFinding(RULE, at('Card payments', 'Latency budget', 'If the fraud score has not arrived after 250 ms, the payment service fails open and releases the payment.'), 6, 'fails open');
      assertSingleFinding(RULE, at('Chemo chairs', 'No-shows', 'The solver overbooks the afternoon by 5% based on the historical no-show rate.'), 6, 'overbooks');
      assertSingleFinding(RULE, at('Email campaigns', 'Provider outages', 'On a regional outage the workers fail over to a second provider, configured with the same sending domains.'), 6, 'fail over to a second provider');
      assertSingleFinding(RULE, at('Unit alarms', 'Alarms', 'Every door alarm has a 10-minute grace period before the site manager is called.'), 6, 'grace period');
    });

    it('not on a fallback that is the read path ("looks the code up in Redis first and falls back to a replica"), nor on overbooking ruled out', () => {
      const at = (sentence: string) => `# Links\n\nWe will build a link shortener.\n\n## Redirects\n\n${sentence}\n`;
      assert.deepStrictEqual(findingsFor(RULE, at('The redirect service looks the code up in Redis first and falls back to a replica.')), []);
      assert.deepStrictEqual(findingsFor(RULE, at('Every booking goes to the database in one transaction, so overbooking cannot happen.')), []);
      assert.deepStrictEqual(findingsFor(RULE, at('If the primary fails we fail over to the standby in the other zone.')), []);
    });

    it('on a measure whose purpose is the page staying fast or a component left alone ("so the calendar view loads fast", "so the primary is never touched", "to keep the scan off the primary")', () => {
      const loads = '# Minibus\n\nWe will build minibus sign-out for a youth club.\n\n## Booking flow\n\nAvailability is checked by reading the bookings for that bus. It is cached in Redis for 5 minutes so the calendar view loads fast.\n';
      assertSingleFinding(RULE, loads, 6, 'cached');
      const untouched = "# Exports\n\nWe will export tenant data nightly.\n\n## Keeping load off the primary\n\nExports read from a dedicated read replica so the product's primary is never touched.\n";
      assertSingleFinding(RULE, untouched, 6, 'read replica');
      const off = '# Key reminders\n\nWe will remind owners to rotate API keys.\n\n## Reminder scan\n\nTo keep the scan off the primary, the job reads from a read replica and only the inserts go to the primary.\n';
      assertSingleFinding(RULE, off, 6, 'read replica');
    });

    it('on a retry with its object and schedule ("retries the order every 30 seconds"), naming a backoff that follows a count ("retry up to 3 times with exponential backoff")', () => {
      const order = "# Dividends\n\nWe will reinvest dividends.\n\n## Order placement\n\nIf the OMS rejects an order or times out, the reinvestment engine retries the order every 30 seconds until it goes through.\n";
      assertSingleFinding(RULE, order, 6, 'retries the order every 30 seconds');
      const counted = '# Alerts\n\nWe will send price alerts.\n\n## Sending\n\nIf the push provider returns an error we retry up to 3 times with exponential backoff.\n';
      assertSingleFinding(RULE, counted, 6, 'retry up to 3 times with exponential backoff');
    });

    it('on retries with a count, a schedule or a backoff outside any queue ("we retry 3 times over the day", "the job retries on the next run", "a worker retries it", "exponential backoff with jitter")', () => {
      const fees = '# Gym fees\n\nWe will charge no-show fees.\n\n## Fees\n\n- Stripe PaymentIntent against the saved card\n- If a charge fails we retry 3 times over the day\n';
      assertSingleFinding(RULE, fees, 7, 'retry 3 times');
      const nextRun = '# Call-backs\n\nWe will build helpline call-backs.\n\n## Reminders\n\nA cron job every minute sends the reminder SMS. If the SMS provider is down, the job retries on the next run.\n';
      assertSingleFinding(RULE, nextRun, 6, 'retries on the next run');
      const outbox = '# Mandates\n\nWe will build mandate cancellation.\n\n## Cancellation\n\nIf the core banking call times out, we put the block on an outbox table and a worker retries it.\n';
      assertSingleFinding(RULE, outbox, 6, 'worker retries');
      const backoff = '# Exports\n\nWe will export to customer buckets.\n\n## Bucket failures\n\nThrottling on the customer\'s bucket gets exponential backoff with jitter, capped at 15 minutes.\n';
      assertSingleFinding(RULE, backoff, 6, 'exponential backoff');
    });

    it('on a reconnect with backoff', () => {
      const text = '# Flags\n\n## Failure handling\n\nWe will keep a stream open to the flag servers. If the stream drops, the SDK reconnects with backoff and fetches the full flag set.\n';
      assertSingleFinding(RULE, text, 4, 'reconnects with backoff');
    });

    it('when the only "cost" is a pointer to trade-offs elsewhere or sits in a code block (trap)', () => {
      const text = fixture('generic-tradeoff-pointer.md');
      const f = assertSingleFinding(RULE, text, 4, 'shard the cache');
      assert.match(f.message, /^"shard the cache" is proposed as a mitigation/);
    });

    it('on a measure given a mitigating purpose: "served from a memory cache to avoid overloading"', () => {
      const text = answer('Popular posts can be served from a memory cache to avoid overloading the database.');
      const [f] = findingsFor(RULE, text);
      assert.ok(f, 'finding');
      assert.strictEqual(f.data.trigger, 'memory cache');
    });

    it('once per part of the answer, at its first mitigation; a subsection is a part of its own', () => {
      const text = answer(
        'We will add a Redis cache to reduce read load. We will also add read replicas to take reads off the primary.\n\n' +
          '### Writes\n\nTo absorb write spikes we will put a queue in front of the database.',
      );
      const found = findingsFor(RULE, text);
      assert.deepStrictEqual(
        found.map((f) => [f.data.trigger, f.data.section]),
        [
          ['add a Redis cache', 'Design'],
          ['put a queue', 'Writes'],
        ],
      );
    });

    it('where a Trade-offs section is about other choices: "split audio into chunks ... in parallel" "to hit the 30-minute target"', () => {
      const text = fixture('tradeoffs-about-something-else.md');
      const f = assertSingleFinding(RULE, text, 8, 'split audio into chunks');
      assert.strictEqual(f.data.section, 'Chunking');
    });

    it('not for a sub-subsection whose part states the cost', () => {
      const text = answer('### Read path\n\nWe will add a Redis cache to reduce read load, at the cost of reads up to 5 s stale.\n\n#### Sizing\n\nWe will add read replicas to take reads off the primary.');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('is satisfied', () => {
    it('names a mitigation from a table row, never the "Mitigation" column header', () => {
      const text = [
        '# Dispatch',
        '',
        '## Failure modes',
        '',
        'We will run one dispatcher per zone.',
        '',
        '| Failure | What happens | Mitigation |',
        '|---|---|---|',
        '| Robot loses Wi-Fi | Reservations expire | To mitigate it, the dispatcher requeues its task after 30 s |',
        '',
      ].join('\n');
      const found = findingsFor(RULE, text);
      assert.deepStrictEqual(found.map((f) => f.data.trigger), ['mitigate']);
    });

    it('by "the trade-off is freshness" in the section', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('cache-with-cost.md')), []);
    });

    it('by a paraphrased cost: "the duplicates that retries produce"', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('retries-cost-paraphrased.md')), []);
    });

    it('by a Drawbacks section', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('drawbacks-section.md')), []);
    });

    it('by a Trade-offs section that names the mitigation ("Caching" under Trade-offs answers "add a cache")', () => {
      const text = `${answer('We will add a Redis cache to reduce read load on PostgreSQL.')}\n## Trade-offs\n\n- Caching means a post edit can take a minute to show.\n`;
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('by the cost words the contract names', () => {
      for (const cost of ['at the cost of stale reads', 'The downside is one more cluster to operate.', 'Reads can be stale for up to a second.', 'This adds operational burden.', 'It makes invalidation harder.', 'It is more expensive.', 'While it warms up, p95 goes up to about 600 ms.']) {
        assert.deepStrictEqual(findingsFor(RULE, answer(`We will add a cache to reduce read load, ${cost}`)), [], cost);
      }
    });
  });

  describe('stays quiet (traps)', () => {
    it('on retries that are a queue\'s delivery semantics or come with their idempotency (the queue rule asks about those)', () => {
      const dlq = '# Payouts\n\nWe will pay out expenses by ACH.\n\n## Payouts\n\nThe payout worker creates a payout row per report. Failed payouts are retried three times and then go to a dead-letter queue that finance reviews daily.\n';
      assert.deepStrictEqual(findingsFor(RULE, dlq), []);
      const messages = '# Routing\n\nWe will route support tickets.\n\n## Workers\n\nWorkers read tickets from SQS; failed messages are retried 5 times with exponential backoff.\n';
      assert.deepStrictEqual(findingsFor(RULE, messages), []);
      const idempotent = '# Call-backs\n\nWe will build helpline call-backs.\n\n## Failure handling\n\nIf the telephony webhook fails, the IVR retries 3 times; each request carries the call_sid, and the callback table has a unique constraint on it.\n';
      assert.deepStrictEqual(findingsFor(RULE, idempotent), []);
    });

    // The structure the product teaches, written with bold run-in labels: "**New cost.** More clerk work ...".
    const labelled = (cost: string) =>
      answer(
        [
          '**Constraint.** In a thaw week 60% of reports are repeats, and crews must not drive to the same hole twice.',
          '',
          '**Failure mode.** Two holes 10 m apart merge into one work order, and the second hole is silently closed with it.',
          '',
          '**Mitigation.** If a cluster has reports whose photos disagree, it is flagged for a clerk instead of auto-merged.',
          '',
          cost,
        ].join('\n'),
      );
    for (const cost of ['**New cost.** More clerk work: about 140 extra reviews a day at the peak.', '**New cost**: more clerk work, about 140 extra reviews a day at the peak.', '**Trade-off:** more clerk work, about 140 extra reviews a day at the peak.']) {
      it(`on a mitigation whose cost is a bold run-in label: "${cost.slice(0, 16)}..."`, () => {
        assert.deepStrictEqual(findingsFor(RULE, labelled(cost)), []);
      });
    }

    it('but a bold label left as a placeholder ("**New cost.** ...") is still no cost', () => {
      assertSingleFinding(RULE, labelled('**New cost.** ...'), 10, 'Mitigation');
    });

    it('on a negated mitigation: "we will not put a cache in front of the balance reads"', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('negated-mitigation.md')), []);
    });

    it('on interview-prompt questions and a reading list', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('interview-prompt-questions.md')), []);
    });

    it('on "partitioned from" (a network partition) and "cache hit rate", which are not measures', () => {
      const text = answer(
        'When a zone is partitioned from the others, it keeps serving reads to reduce load on the surviving zones. We watch the cache hit rate to reduce load surprises.',
      );
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('on a reference doc describing an existing system', () => {
      const text = readFixture('rules/missing-failure-mode/reference-doc.md');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('quick fix', () => {
    it('inserts a new-cost scaffold naming the mitigation after its paragraph, which counts once filled in', () => {
      const text = fixture('read-replicas-answer.md');
      const [finding] = findingsFor(RULE, text);
      const { inserted, at, result } = applyRuleFix(text, finding);
      assert.strictEqual(inserted, '\n\nNew cost: ... (what gets worse because of "add two read replicas")');
      assert.strictEqual(text.slice(0, at).split('\n').length - 1, 13, 'inserted at the end of the paragraph');
      assert.strictEqual(findingsFor(RULE, result).length, 1, 'the unfilled scaffold is not a cost yet');
      const filled = result.replace(/New cost: \.\.\. \(.*\)/, 'New cost: feeds can lag the primary by a few seconds after a post.');
      assert.deepStrictEqual(findingsFor(RULE, filled), []);
    });
  });
});
