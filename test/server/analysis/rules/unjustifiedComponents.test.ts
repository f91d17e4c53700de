import * as assert from 'assert';
import { analyzeDetailed, fixesFor } from '../../../../server/src/analysis';
import type { Finding } from '../../../../server/src/analysis';
import { LineIndex } from '../../../../server/src/analysis/text/lineIndex';
import { assertSingleFinding, findingsFor, readFixture } from '../../../helpers/ruleHarness';

const RULE = 'unjustified-components';
const fixture = (name: string) => readFixture(`rules/${RULE}/${name}`);
const why = (names: string[]) => names.map((n) => `why ${n} (the constraint it answers)`);

/** Applies every edit of the rule's own (first) quick fix to the text, last edit first. */
function applyRuleFix(text: string): string {
  const { doc, findings } = analyzeDetailed(text);
  const finding = findings.find((f) => f.rule === RULE) as Finding;
  const fix = fixesFor(doc!, finding)[0];
  assert.strictEqual(fix.title, 'Add a reason for each technology');
  const lines = new LineIndex(text);
  const edits = fix.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }));
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe(RULE, () => {
  describe('fires on four or more named technologies without a reason', () => {
    it('a paragraph that names five technologies in one breath', () => {
      const text = fixture('positive-shopping-list.md');
      const f = assertSingleFinding(RULE, text, 8, 'Kafka, Redis, Cassandra, Elasticsearch and Kubernetes');
      const names = ['Kafka', 'Redis', 'Cassandra', 'Elasticsearch', 'Kubernetes'];
      assert.deepStrictEqual(f.data.technologies, names);
      assert.deepStrictEqual(f.data.missing, why(names));
      assert.match(f.message, /^5 technologies named \(Kafka, Redis, Cassandra, Elasticsearch, Kubernetes\) with no reason tied to a constraint/);
    });

    it('a list of role labels ("Kafka for the frontier") is not a list of reasons', () => {
      const text = fixture('positive-role-labels.md');
      const f = assertSingleFinding(RULE, text, 6, 'Kafka');
      assert.deepStrictEqual(f.data.missing, why(['Kafka', 'Redis', 'PostgreSQL', 'S3', 'Elasticsearch']));
    });
  });

  describe('a buzzword is no reason', () => {
    const stack = (reasons: [string, string, string, string]) =>
      `# Bookings\n\n## Architecture\n\nWe will use MongoDB ${reasons[0]}, Redis ${reasons[1]}, Kafka ${reasons[2]} and Elasticsearch ${reasons[3]}.\n`;

    it('"because it is flexible", "because it is fast", "since it scales", "because it is popular" fire', () => {
      const text = stack(['because it is flexible', 'because it is fast', 'since it scales', 'because it is popular']);
      const f = assertSingleFinding(RULE, text, 4, 'MongoDB because it is flexible, Redis because it is fast, Kafka since it scales and Elasticsearch');
      assert.deepStrictEqual(f.data.technologies, ['MongoDB', 'Redis', 'Kafka', 'Elasticsearch']);
    });

    it('a buzzword with the number it must meet is a reason ("because it is fast enough to serve 20k reads/s")', () => {
      const text = stack(['because we need a document per booking', 'because it is fast enough to serve 20k reads/s', 'because we must replay a day of events', 'because we need fuzzy search over 2M garages']);
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('is satisfied by reasons tied to constraints', () => {
    it('"because we need 20k writes/s", "to keep the match query under 10 ms", "since we must"', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('clean-reasons.md')), []);
    });

    it('a lead-in sentence that states the constraint covers the whole list', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('clean-lead-in-reason.md')), []);
    });

    it('the same list without its lead-in reason fires (the fixture is clean because of it)', () => {
      const text = fixture('clean-lead-in-reason.md').replace(/We need [^\n]*, so we will run:/, 'We will run:');
      assertSingleFinding(RULE, text, 6, 'Kafka');
    });
    it('"so that it can grow later" is no constraint: the list under it still fires', () => {
      const vague = fixture('clean-lead-in-reason.md').replace(/We need [^\n]*, so we will run:/, "I'd build it as a few small services so that it can grow later:");
      assertSingleFinding(RULE, vague, 6, 'Kafka');
      // Growth with a number is a constraint ("so that it can grow to 200k events/s").
      const sized = fixture('clean-lead-in-reason.md').replace(/We need [^\n]*, so we will run:/, "We will run these so that it can grow to 200k events/s at peak:");
      assert.deepStrictEqual(findingsFor(RULE, sized), []);
    });
  });

  describe('traps', () => {
    it('"alternatives like Nomad, Mesos, Docker Swarm or DC/OS" are not choices', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-alternatives.md')), []);
    });

    it('"Redis or Memcached", "Kafka/Pulsar" are two choices, not four', () => {
      const text = fixture('trap-or-pairs.md');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
      const all = text.replace('Redis or Memcached', 'Redis and Memcached').replace('Kafka/Pulsar', 'Kafka and Pulsar');
      assert.deepStrictEqual(findingsFor(RULE, all)[0]?.data.technologies, ['Redis', 'Memcached', 'Kafka', 'Pulsar']);
    });

    it('technologies in a code block or inline code are not evidence', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-code-block.md')), []);
    });

    it('a negated technology ("Rather than Kafka") is not chosen', () => {
      const text = fixture('trap-negated.md');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
      const chosen = text.replace('Rather than Kafka, we will use', 'We will use Kafka,');
      assertSingleFinding(RULE, chosen, 4, 'Kafka, Postgres as the outbox, Redis for rate limits and S3');
    });

    it('technologies named in a requirements section are not this design\'s choices', () => {
      const text = [
        '# Migration plan',
        '',
        '## Requirements',
        '',
        'The new system keeps working with PostgreSQL, Redis, Kafka and Elasticsearch, which other teams run.',
        '',
        '## Design',
        '',
        'We will add a change-data-capture connector in front of the existing database.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
      const asDecision = text.replace('## Requirements', '## Storage').replace('The new system keeps working with', 'We will run');
      assertSingleFinding(RULE, asDecision, 4, 'PostgreSQL, Redis, Kafka and Elasticsearch');
    });

    it('a later section going back over the stack ("Postgres is RDS Multi-AZ, Redis is ElastiCache") chooses only what it brings in', () => {
      const text = [
        '# Parking garage reservations',
        '',
        'We will build reservations and entry gates for 40 garages.',
        '',
        '## High-level design',
        '',
        'We will use Node.js, Postgres, Redis and RabbitMQ.',
        '',
        '## Reliability',
        '',
        'The API runs in two zones, Postgres is RDS Multi-AZ, Redis is ElastiCache with a replica, and RabbitMQ is a three-node cluster.',
        '',
      ].join('\n');
      // One finding, on the stack where it was chosen.
      assertSingleFinding(RULE, text, 6, 'Node.js, Postgres, Redis and RabbitMQ');
      // Four technologies the design had not named before are choices in a design section...
      const fresh = text.replace('## Reliability', '## Storage').replace('Postgres is RDS Multi-AZ, Redis is ElastiCache with a replica, and RabbitMQ is', 'MySQL is Aurora, Memcached runs on EC2, and Kafka is');
      assert.deepStrictEqual(findingsFor(RULE, fresh).map((f) => f.range.start.line), [6, 10]);
      // ...but a section titled for availability says how pieces are made redundant, not which pieces are needed.
      assert.deepStrictEqual(findingsFor(RULE, fresh.replace('## Storage', '## Reliability')).map((f) => f.range.start.line), [6]);
    });
  });

  describe('quick fix', () => {
    it('appends a "because ..." to every list item that lacks a reason', () => {
      const fixed = applyRuleFix(fixture('positive-role-labels.md'));
      assert.match(fixed, /- \*\*Kafka\*\* for the frontier because \.\.\. \(the constraint it answers: load, latency, durability, cost\)\n/);
      assert.match(fixed, /- \*\*Elasticsearch\*\* for the search index because \.\.\./);
      assert.deepStrictEqual(findingsFor(RULE, fixed), []);
    });

    it('appends a "Why:" sentence naming each technology to the paragraph', () => {
      const fixed = applyRuleFix(fixture('positive-shopping-list.md'));
      assert.match(
        fixed,
        /offers each trip to the closest drivers\. Why: Kafka because \.\.\.; Redis because \.\.\.; Cassandra because \.\.\.; Elasticsearch because \.\.\.; Kubernetes because \.\.\.\.\n/,
      );
      assert.deepStrictEqual(findingsFor(RULE, fixed), []);
    });
  });
  describe('declarative stacks', () => {
    const answer = (heading: string) =>
      `# Design a link shortener\n\nWe will build it for 100M links a month and we propose a small first version.\n\n## ${heading}\n\nThe stack: Nginx at the edge, Cassandra for links, Redis for hot codes, Kafka for click events and ClickHouse for the dashboards.\n`;

    it('fires on a stack stated without proposing verbs in a proposal\'s design section', () => {
      const text = answer('High-level design');
      const f = assertSingleFinding(RULE, text, 6, 'Nginx at the edge, Cassandra for links, Redis for hot codes, Kafka for click events and ClickHouse');
      assert.deepStrictEqual(f.data.technologies, ['Nginx', 'Cassandra', 'Redis', 'Kafka', 'ClickHouse']);
    });

    it('does not fire on the same sentence under a background heading', () => {
      assert.deepStrictEqual(findingsFor(RULE, answer('Background')), []);
    });
  });
});
