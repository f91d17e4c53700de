import * as assert from 'assert';
import { analyzeDetailed } from '../../../../server/src/analysis/analyze';
import { fixesFor } from '../../../../server/src/analysis/fixes';
import type { Finding, TextEdit } from '../../../../server/src/analysis/types';
import { assertSingleFinding, findingsFor, readFixture } from '../../../helpers/ruleHarness';

const RULE = 'shard-before-hotspot';
const MISSING = ['a named hotspot earlier in the document (what is overloaded and how we know)'];

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
    it('on "we will run Redis Cluster and shard by `game_id`" (the verb after "and")', () => {
      const text = '# Quiz\n\n## Scaling\n\n- Redis: we will run Redis Cluster and shard by `game_id` so all keys of a game are on the same node.\n';
      assertSingleFinding(RULE, text, 4, 'shard');
    });

    it('when only a global QPS estimate precedes "we\'ll shard the links table"', () => {
      const text = fixture('global-qps-then-shard.md');
      const f = assertSingleFinding(RULE, text, 9, 'shard');
      assert.deepStrictEqual(f.data.missing, MISSING);
      assert.match(f.message, /^"shard" is proposed before any hotspot is named: say what is overloaded/);
      assert.strictEqual(f.data.section, 'Storage');
    });

    it('on consistent hashing when the hot key is only named later', () => {
      const text = fixture('consistent-hashing-first.md');
      const f = assertSingleFinding(RULE, text, 8, 'consistent hashing');
      assert.deepStrictEqual(f.data.missing, MISSING);
    });

    it('keeps the range on prose when the verb is a markdown link', () => {
      const text = '# Graph\n\n## Storage\n\nWe\'ll [shard](https://example.com/sharding) users across person servers by user id.\n';
      const f = assertSingleFinding(RULE, text, 4, 'shard');
      assert.strictEqual(f.data.trigger, 'shard');
    });

    it('when the condition after it belongs to the next step ("shard by team, and add nodes when memory is above 80%")', () => {
      const text = '# Cache\n\n## Scaling\n\nWe\'ll shard the cluster by team so that one team cannot affect another, and add nodes when memory is above 80%.\n';
      const f = assertSingleFinding(RULE, text, 4, 'shard');
      assert.strictEqual(f.data.section, 'Scaling');
    });
  });

  describe('is satisfied', () => {
    it('by a hot table with a write rate and CPU figure named first', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('hot-table-first.md')), []);
    });

    it('by a capacity limit ("won\'t fit on a single machine", a storage figure) named first', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('capacity-limit-first.md')), []);
    });

    it('by a hotspot in the same sentence, before the proposal', () => {
      const text = '# Feed\n\n## Scale\n\nCelebrity timelines are a hot spot on the fan-out workers, so we will partition the timeline cache by author.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('by the proposal\'s own condition naming the saturation ("once a single group cannot keep up")', () => {
      const text = '# Locks\n\n## Design\n\nWe will partition the key space by prefix once a single consensus group cannot keep up with lock requests.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('by a measured threshold on the component ("when score updates exceed 20k per second")', () => {
      const text = '# Leaderboard\n\n## Rollout\n\n- Day one: one Redis primary.\n- When score updates exceed 20k per second, we shard the sorted sets by game id.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('traps', () => {
    it('does not treat "the raw topic is partitioned by device id" or Parquet files partitioned by hour as sharding', () => {
      const text = [
        '# Telemetry',
        '',
        '## Ingestion',
        '',
        'We will forward every reading into Kafka. The raw topic is partitioned by device id, so the readings of one device stay in order.',
        'A Flink job writes the raw archive to S3, as Parquet files partitioned by tenant and hour.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('does not treat a lake\'s tables or an archive partitioned by time ("Iceberg tables on S3, partitioned by available_date") as sharding', () => {
      for (const sentence of [
        'Offline store: Iceberg tables on S3, partitioned by available_date.',
        'The raw log lines are also archived to S3 (the CDN can write there directly), partitioned by hour.',
      ]) {
        assert.deepStrictEqual(findingsFor(RULE, `# Analytics\n\n## Storage\n\nWe will keep the events in ClickHouse. ${sentence}\n`), [], sentence);
      }
      // By a key that is not time it is a layout for pruning reads too (labellers asked about it in none of 3 answers).
      assert.deepStrictEqual(findingsFor(RULE, '# Analytics\n\n## Storage\n\nWe will keep the features as Iceberg tables on S3, partitioned by entity_id.\n'), []);
    });

    it('does not treat a log partitioned so one key\'s operations stay in order as sharding', () => {
      const text = (purpose: string) => `# Replication\n\n## Change log\n\nWe will use a replicated log with 64 partitions per bucket, partitioned by hash of key ${purpose}.\n`;
      assert.deepStrictEqual(findingsFor(RULE, text('so that operations on one key stay ordered')), []);
      assert.deepStrictEqual(findingsFor(RULE, text('to preserve per-key ordering')), []);
      assertSingleFinding(RULE, text('so that workers can read the partitions in parallel'), 4, 'partitioned');
    });

    it('"shard the queue keys by event_id" is a sharding proposal (keys after a determiner are what is sharded)', () => {
      const text = '# Waiting room\n\n## Scaling\n\nTo spread the load we will run Redis Cluster and shard the queue keys by `event_id`.\n';
      assertSingleFinding(RULE, text, 4, 'shard');
    });

    it('does not treat "partition both topics by H3 cell" (keying a stream for ordering) as sharding', () => {
      const text = '# Surge\n\n## Scaling\n\nWe will partition both topics by H3 cell so that Flink gets all events for a cell on one task.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('does not treat partitioning by day to drop old partitions (retention) as sharding; partitioning by minute to scan is', () => {
      const retention = '# Uploads\n\n## Scaling\n\nupload_parts grows by 20M rows a day, so we will partition it by day and drop partitions older than 10 days.\n';
      assert.deepStrictEqual(findingsFor(RULE, retention), []);
      const scan = '# Scheduler\n\n## Scaling\n\nWe will partition the jobs table by next_run_at minute so that the scanner reads one partition per minute.\n';
      assertSingleFinding(RULE, scan, 4, 'partition');
    });

    it('does not treat files laid out by a key in an object store or lake table as sharding; the database beside them is', () => {
      for (const layout of ['the loss tables themselves are Parquet in the object store, partitioned by run id', 'the offline store is Iceberg tables on S3, partitioned by available_date']) {
        const text = `# Exposure\n\n## Storage\n\nWe will keep run metadata in Postgres; ${layout}.\n`;
        assert.deepStrictEqual(findingsFor(RULE, text), [], layout);
      }
      const database = '# Exposure\n\n## Storage\n\nThe loss tables are Parquet in S3, and we will shard the Postgres metadata by run id.\n';
      assertSingleFinding(RULE, database, 4, 'shard');
    });

    it('does not treat an option left for later ("Later we can shard bookings by restaurant_id", "if needed") as a proposal', () => {
      for (const sentence of ['Later we can shard bookings by restaurant_id.', 'If it grows we can add more containers and shard MongoDB by kindergartenId.', 'Kafka can be partitioned by flight number if needed.', 'We can shard the rentals table by studio_id when needed.', 'We can shard the loans collection by patron_id later.', 'If we expand nationally we can partition slots by region.', 'If we grow to 10x we can shard the database by city.']) {
        assert.deepStrictEqual(findingsFor(RULE, `# Bookings\n\n## Scaling\n\nWe will run one Postgres primary with a read replica. ${sentence}\n`), [], sentence);
      }
      // "later" in another clause defers something else: the split itself happens now.
      const now = '# Crashes\n\n## Storage\n\nTo scale writes we will partition the events table by app_id, 64 partitions each, with a lookup table so we can move big apps later.\n';
      assertSingleFinding(RULE, now, 4, 'partition');
    });

    it('does not treat a Kafka topic keyed by an id as sharding, with or without its name before the key', () => {
      const text = '# Indexing\n\n## Design\n\nWe will publish changes to a Kafka topic partitioned by product id, and an indexer consumes it.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
      for (const named of ['a Kafka topic `txn.posted`, partitioned by account id', 'a Kafka topic txn.posted, partitioned by account id']) {
        assert.deepStrictEqual(findingsFor(RULE, `# Fees\n\n## Design\n\nWe will publish every posted transaction to ${named}.\n`), [], named);
        assertSingleFinding(RULE, `# Fees\n\n## Design\n\nWe will publish every posted transaction to ${named}, and shard the fee ledger by account id.\n`, 4, 'shard');
      }
    });


    it('does not treat network partitions, partition tolerance, "partitioned from", a partition key or SQL in code as sharding', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-network-partition.md')), []);
    });

    it('does not fire on a negated proposal or on link-only reading-list items', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-negated-and-links.md')), []);
    });

    it('does not fire on a reference doc describing an existing layout', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-reference-doc.md')), []);
    });

    it('does not accept a hotspot named after the proposal', () => {
      const text = [
        '# Chat',
        '',
        '## Storage',
        '',
        'We will shard messages by conversation id.',
        '',
        '## Later',
        '',
        'The biggest group chats are a hot spot.',
        '',
      ].join('\n');
      assertSingleFinding(RULE, text, 4, 'shard');
    });
  });

  describe('quick fix', () => {
    it('inserts a hotspot line before the proposal paragraph, which satisfies the rule', () => {
      const text = fixture('global-qps-then-shard.md');
      const [finding] = findingsFor(RULE, text);
      const { edit, result } = applyRuleFix(text, finding);
      assert.deepStrictEqual(edit.range.start, { line: 9, character: 0 }, 'before the first line of the paragraph');
      assert.match(edit.newText, /^Hotspot: \.\.\. is overloaded \(/);
      assert.ok(result.includes('## Storage\n\nHotspot: ... is overloaded'));
      assert.ok(result.includes('replicas and caching do not relieve.\n\nWe will store links in PostgreSQL'));
      assert.deepStrictEqual(findingsFor(RULE, result), []);
    });

    it('inserts before the whole list when the proposal is a list item', () => {
      const text = '# Cache\n\n## Plan\n\n- Add Redis.\n- We will shard the cache by key.\n';
      const [finding] = findingsFor(RULE, text);
      const { edit, result } = applyRuleFix(text, finding);
      assert.deepStrictEqual(edit.range.start, { line: 4, character: 0 });
      assert.ok(result.includes('relieve.\n\n- Add Redis.\n- We will shard'));
    });
  });
});
