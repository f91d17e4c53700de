import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { analyze, analyzeDetailed } from '../../../server/src/analysis/analyze';
import { ConceptMatcher } from '../../../server/src/analysis/concepts/matcher';
import { firstProposal, isDesignProposal, proposesBeyondOutline } from '../../../server/src/analysis/designIntent';
import { parseDocument } from '../../../server/src/analysis/document/model';
import { analyseDocument } from '../../../server/src/interview/analysedText';
import { buildVocabulary } from '../../../server/src/analysis/vocabulary';
import { FIXTURES } from '../../helpers/ruleHarness';

const proposes = (text: string) => analyze(text).structure.isDesignProposal;
const designTitles = (text: string) => analyze(text).sections.filter((s) => s.isDesign).map((s) => s.title);

/**
 * The real corpus, classified by reading each document: interview answers and proposals (RFCs, design docs
 * that say "we propose" / "I propose" / "suggested solution") propose a design; user guides, architecture
 * overviews of running systems, reference architectures and pattern catalogues do not.
 */
const CORPUS_PROPOSES: Record<string, boolean> = {
  '01-pastebin.md': true,
  '02-query-cache.md': true,
  '03-web-crawler.md': true,
  '04-twitter-timeline.md': true,
  '05-mint.md': true,
  '06-sales-rank.md': true,
  '07-social-graph.md': true,
  '08-scaling-aws.md': true,
  '09-ml-newsfeed.md': true,
  '10-ml-ads-click-prediction.md': true,
  '11-ml-video-recommendation.md': true,
  '12-ml-people-you-may-know.md': true,
  '13-ml-event-recommendation.md': true,
  '14-ml-harmful-content.md': true,
  '15-vitess-queues.md': true,
  '16-vitess-messaging.md': false,
  '17-vitess-safe-lazy-drop-table.md': true,
  '18-vitess-consistent-lookup-vindex.md': true,
  '19-vitess-scalability-philosophy.md': false,
  '20-vitess-online-ddl-scheduler.md': false,
  '21-vitess-replication-lag-throttling.md': false,
  '22-vitess-topo-locks.md': false,
  '23-rust-cargo-sparse-index.md': true,
  '24-go-x-repo-go-directive.md': true,
  '25-temporal-visibility.md': false,
  '26-thanos-object-storage-consistency.md': true,
  '27-cortex-bucket-index.md': true,
  '28-cortex-scalable-alertmanager.md': true,
  '29-tikv-rawkv-cross-cluster-replication.md': true,
  '30-azure-serverless-event-processing.md': false,
  '31-azure-microservices-data-considerations.md': false,
  '32-azure-competing-consumers.md': false,
};

describe('design intent', () => {
  describe('isDesignProposal', () => {
    const corpus = path.join(FIXTURES, 'corpus');
    for (const [file, expected] of Object.entries(CORPUS_PROPOSES)) {
      it(`classifies corpus ${file} as ${expected ? 'a proposal' : 'a reference doc'}`, function () {
        const p = path.join(corpus, file);
        if (!existsSync(p)) this.skip();
        assert.strictEqual(proposes(readFileSync(p, 'utf8')), expected);
      });
    }

    it('takes a short first-person answer as a proposal', () => {
      assert.strictEqual(proposes('I would keep orders in PostgreSQL and put the cart in Redis.\n'), true);
    });

    it('takes explicit proposal language as a proposal even with few decisions', () => {
      const text = '# Bucket index\n\n## Proposal\n\nWe propose a per-tenant index file written by the compactor.\n\n' + 'The file lists every block of the tenant. '.repeat(30) + '\n';
      assert.strictEqual(proposes(text), true);
    });

    it('does not take a reference page that describes a running system as a proposal', () => {
      const text = [
        '# Visibility',
        '',
        'This page documents how the visibility store works, for operators.',
        '',
        '## Write path',
        '',
        'The history service writes visibility records asynchronously. We use a rate limiter per namespace.',
        '',
        'Records appear in list results after a short delay. ' + 'Queries are served by Elasticsearch. '.repeat(25),
        '',
      ].join('\n');
      assert.strictEqual(proposes(text), false);
    });

    it('does not count a term definition or non-decisions ("we\'ll look at", "we\'d welcome")', () => {
      const text = [
        '# Scaling philosophy',
        '',
        'In this part, we\'ll use *cell* as a set of servers that share a failure domain. We\'ll look at each lock server separately, and we\'d welcome contributions.',
        '',
        'Vitess runs many small MySQL instances per host. '.repeat(30),
        '',
      ].join('\n');
      assert.strictEqual(proposes(text), false);
    });

    /** A design answer written descriptively, as many are: no "we will", no "Proposal" heading. */
    const describedAnswer = (first: string, last: string, plan = '') =>
      [
        '# Repairs reporting for a housing association',
        '',
        `## ${first}`,
        '',
        '- Tenants report a repair from their phone with photos.',
        '- The contact centre sees every open repair.',
        '',
        '## Architecture',
        '',
        'The tenant app talks to the Repairs API. The API stores repairs in PostgreSQL. Every state change is published as an event.',
        'Adapters subscribe to what they need. The HMS adapter sends jobs to the housing management system. The contractor adapter sends jobs to each contractor API.',
        'If a downstream system is unavailable the messages simply wait in SQS until it comes back, so nothing is lost.',
        'The status page reads from the repairs database. Photos are stored in S3. Tenants get a text when an engineer is assigned.',
        'Contractors post updates back through a webhook. The contact centre screen polls the API every ten seconds.',
        '',
        '## Triage',
        '',
        `Emergency repairs go to the out-of-hours team. Routine repairs are batched by trade. Damp reports get a survey first. ${plan}`,
        'The triage rules live in a table the repairs team edits. A repair is triaged within one working day.',
        '',
        `## ${last}`,
        '',
        'Events can arrive twice. The HMS can be down on Sunday nights. Contractor APIs differ in what they send back.',
        '',
      ].join('\n');

    it('takes a descriptive answer under a design answer\'s outline ("Requirements" ... "Risks") as a proposal, not the same text under other headings', () => {
      assert.strictEqual(proposes(describedAnswer('Requirements', 'Risks')), true);
      assert.strictEqual(proposes(describedAnswer('Goals', 'Trade-offs')), true);
      assert.strictEqual(proposes(describedAnswer('Background', 'Notes')), false);
    });

    it('one outline heading alone is no outline (a README has its "Requirements"), but it counts beside a plan', () => {
      assert.strictEqual(proposes(describedAnswer('Requirements', 'Notes')), false);
      assert.strictEqual(proposes(describedAnswer('Requirements', 'Notes', 'We will keep photos for a year.')), true);
      assert.strictEqual(proposes(describedAnswer('Background', 'Notes', 'We will keep photos for a year.')), false);
      assert.strictEqual(proposes('# csvkit\n\nStreams CSV rows.\n\n## Requirements\n\n- Node 18\n\n## Usage\n\nThe parser runs a worker thread for large files.\n'), false);
    });

    it('the interviewer still reads an answer that proposes only by its outline as the design answer it is', () => {
      const text = describedAnswer('Requirements', 'Risks');
      const doc = parseDocument(text);
      const concepts = new ConceptMatcher(doc, buildVocabulary());
      assert.deepStrictEqual([isDesignProposal(doc, concepts), proposesBeyondOutline(doc, concepts)], [true, false]);
      assert.deepStrictEqual(designTitles(text), []);
      assert.deepStrictEqual(analyseDocument(text).analysis.sections.filter((s) => s.isDesign).map((s) => s.title), ['Architecture']);
    });

    it('counts "This document describes a proposed design" for, not against, a proposal', () => {
      const text = '# Queues\n\nThis document describes a proposed design for a queue feature.\n\n' + 'Events are stored in a table. '.repeat(30) + '\n';
      assert.strictEqual(proposes(text), true);
    });
  });

  describe('isDesignSection', () => {
    const answer = [
      '# Design a chat system',
      '',
      '## Requirements',
      '',
      'We will support 50 million daily users. We will use WebSockets for delivery.',
      '',
      '## Estimates',
      '',
      'We would need about 40 gateway servers.',
      '',
      '## API',
      '',
      'We will expose `POST /messages`.',
      '',
      '## Design',
      '',
      'Messages go to a chat service. We will store them in Cassandra, keyed by conversation.',
      '',
      '### Presence',
      '',
      'Add a Redis set per gateway that lists its connected users.',
      '',
      '### Open points',
      '',
      'What do we choose for search? Elasticsearch is one option.',
      '',
      '## Further reading',
      '',
      '- [We will use consistent hashing](https://example.com)',
      '',
    ].join('\n');

    it('keeps requirements, estimates, APIs, reading lists and the title out, and takes proposing sections in', () => {
      assert.deepStrictEqual(designTitles(answer), ['Design', 'Presence']);
    });

    it('does not let the title\'s words ("API", "requirements") make every section non-design', () => {
      const text = '# Design an API rate limiter\n\n## Requirements\n\nEach key gets 100 requests per minute.\n\n## Token buckets\n\nWe will keep one token bucket per API key in Redis.\n';
      assert.deepStrictEqual(designTitles(text), ['Token buckets']);
    });

    it('reads "What constrains us" as a constraints section, not a design section', () => {
      const section = (title: string) => `# Coupons at the till\n\n## ${title}\n\nThe till must never block the queue, and we will keep coupons in Redis.\n\n## Redemption\n\nWe will write each redemption to Postgres.\n`;
      assert.deepStrictEqual(designTitles(section('What constrains us')), ['Redemption']);
      assert.deepStrictEqual(designTitles(section('Constraints')), ['Redemption']);
      // Its motivation is not its design either.
      assert.deepStrictEqual(designTitles(section('Why this exists')), ['Redemption']);
      assert.deepStrictEqual(designTitles(section('Why now')), ['Redemption']);
      // Nor what it has to do: that is its requirements.
      assert.deepStrictEqual(designTitles(section('What it needs to do')), ['Redemption']);
      assert.deepStrictEqual(designTitles(section('What the rota must respect')), ['Redemption']);
      // What it needs, what it is not building, and what waits for later are not its design.
      for (const title of ['What we need', 'What the harbour needs', 'What we are not building', "What we're not building", 'Later', 'Later ideas', 'Not now']) {
        assert.deepStrictEqual(designTitles(section(title)), ['Redemption'], title);
      }
      assert.deepStrictEqual(designTitles(section('Scaling the till later on')), ['Scaling the till later on', 'Redemption']);
      // Nor its numbers or where things stand today; a heading that goes on to design ("Load and the shared portal") still is.
      for (const title of ['Numbers', 'The numbers', 'Rough numbers', 'Load', 'Expected load', 'Traffic', 'Where we are', 'Where we are today', 'Current state']) {
        assert.deepStrictEqual(designTitles(section(title)), ['Redemption'], title);
      }
      for (const title of ['Load and the shared portal', 'Load balancing', 'Numbers at the till']) {
        assert.deepStrictEqual(designTitles(section(title)), [title, 'Redemption'], title);
      }
      assert.deepStrictEqual(designTitles(section('Coupon cache')), ['Coupon cache', 'Redemption']);
    });

    it('with assumeDesign, takes a descriptive answer as a design and its component sections as design sections', () => {
      const text = '# Chat\n\n## Storage\n\nMessages are stored in Cassandra, partitioned by conversation.\n\n## Requirements\n\nUsers send messages.\n';
      assert.strictEqual(analyze(text).structure.isDesignProposal, false);
      const assumed = analyze(text, { assumeDesign: true });
      assert.strictEqual(assumed.structure.isDesignProposal, true);
      assert.deepStrictEqual(assumed.sections.filter((s) => s.isDesign).map((s) => s.title), ['Storage']);
    });

    it('has no design sections in a document that proposes nothing', () => {
      assert.deepStrictEqual(designTitles('# Ingestion\n\nThis page documents the ingestion service.\n\n## Components\n\nAdd a loader per topic.\n'), []);
    });
  });

  describe('firstProposal', () => {
    function phrase(text: string, componentOnly = false): string | undefined {
      const { doc } = analyzeDetailed(text);
      const concepts = new ConceptMatcher(doc!, buildVocabulary());
      assert.ok(isDesignProposal(doc!, concepts));
      return firstProposal(doc!, concepts, doc!.sections[doc!.sections.length - 1], componentOnly)?.phrase;
    }

    it('runs on to the component the proposal names', () => {
      assert.strictEqual(phrase('# A\n\n## B\n\nWe could store the raw logs on a managed [object store](https://x.y) such as S3.\n'), 'We could store the raw logs on a managed object store');
      assert.strictEqual(phrase("# A\n\n## B\n\nWe'll need to shard users across **Person Servers** and use a lookup service.\n"), "We'll need to shard users across Person Servers");
    });

    it('keeps inline code text and stops the object at a function word', () => {
      assert.strictEqual(phrase('# A\n\n## B\n\nWe will keep `links_to_crawl` in a key-value store.\n'), 'We will keep links_to_crawl in a key-value store');
      assert.strictEqual(phrase('# A\n\n## B\n\nWe choose a two-tower model for retrieval.\n'), 'We choose a two-tower model');
    });

    it('with componentOnly, skips proposals that name no running component', () => {
      const text = '# A\n\n## B\n\nWe choose a two-tower model for retrieval. We will serve it from a model server.\n';
      assert.strictEqual(phrase(text, true), 'We will serve it from a model server');
    });
  });
});
