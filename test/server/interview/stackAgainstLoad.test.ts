import * as assert from 'assert';
import { analyseDocument, sourceFindings } from '../../../server/src/interview/analysedText';
import { documentGaps } from '../../../server/src/interview/documentGaps';
import { stackBeyondLoadFindings, statedPeakRate, statedPopulation } from '../../../server/src/interview/stackAgainstLoad';

const library = (scale: string) =>
  [
    '# Library holds and loans',
    '',
    '## Requirements',
    '',
    `- ${scale}`,
    '',
    '## Architecture',
    '',
    "We'll build it as microservices on Kubernetes so each part can scale independently:",
    '',
    '- **Catalog service** with Elasticsearch for search and MongoDB for the bibliographic records',
    '- **Loans service** backed by Cassandra',
    '- **Holds service** using Redis sorted sets for the hold queues',
    '- **Notification service** consuming events from Kafka',
    '- **Patron service** on Postgres',
    '',
  ].join('\n');

describe('a stack against the load the document states', () => {
  it('reads the highest stated rate, per second', () => {
    assert.strictEqual(statedPeakRate('Create: ~40 writes/s on average, 400/s at peak. Redirect: ~4k/s on average, 40k/s at peak.'), 40000);
    assert.strictEqual(statedPeakRate('1M bookings per day, 30M searches per day.')?.toFixed(1), '347.2');
    assert.strictEqual(statedPeakRate('about 5k QPS at peak'), 5000);
    assert.strictEqual(statedPeakRate('~9,000 checkouts and ~9,000 returns per day')?.toFixed(3), '0.104');
    // Rates over a week, a school term or a year: "~2,000 applications per term" is far under one a second.
    assert.strictEqual(statedPeakRate('~2,000 applications per term')?.toExponential(2), (2000 / (91 * 86400)).toExponential(2));
    assert.strictEqual(statedPeakRate('about 600 bookings a week and 12k a year')?.toExponential(2), (600 / (7 * 86400)).toExponential(2));
    assert.strictEqual(statedPeakRate('The API returns 503 and the p99 stays under 200 ms.'), undefined);
  });

  it('asks which constraint forces each of six technologies for ~9,000 checkouts a day, though each has a role', () => {
    const source = analyseDocument(library('~9,000 checkouts and ~9,000 returns per day across all branches'));
    const found = stackBeyondLoadFindings(source, sourceFindings(source).filter((f) => f.rule !== 'unjustified-components'));
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].rule, 'unjustified-components');
    assert.match(found[0].message, /^\d+ technologies for less than one request a second at peak: which constraint forces each one\?$/);
    const gap = documentGaps(source).gaps.find((g) => g.kind === 'unjustified-components');
    assert.ok(gap && gap.weight >= 8, `the stack question comes early: ${gap?.weight}`);
  });

  it('reads how many people the design serves, where it states no rate', () => {
    assert.strictEqual(statedPopulation('Users: about 150 members, maybe 300 people with friends and families.'), 300);
    assert.strictEqual(statedPopulation('About 450 households; we expect 1,200 pupils and 2k parents.'), 2000);
    // The people of the domain, not only "users": ringers, applicants, leaders, stallholders.
    assert.strictEqual(statedPopulation('About 60 ringers across five towers, and 5,100 applicants on the list.'), 5100);
    assert.strictEqual(statedPopulation('Eighty trees and 25 picking sessions a season.'), undefined);
  });

  it('asks the stack question for ~300 members, when no rate is stated; not for 2 million users', () => {
    const small = analyseDocument(library('about 150 members, maybe 300 people with friends and families'));
    const found = stackBeyondLoadFindings(small, []);
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /^\d+ technologies for about 300 people: which constraint forces each one\?$/);
    // A stated rate decides over a head count: 300 members sending 40k reads/s are not a small load.
    for (const scale of ['about 2 million users', 'about 300 members, 40k reads/s at peak']) {
      assert.deepStrictEqual(stackBeyondLoadFindings(analyseDocument(library(scale)), []), [], scale);
    }
  });

  it('does not when the load is large ("40k reads/s at peak") or not stated at all', () => {
    for (const scale of ['40k reads/s at peak and 4k writes/s', 'Patrons borrow books.']) {
      const source = analyseDocument(library(scale));
      assert.deepStrictEqual(stackBeyondLoadFindings(source, []), [], scale);
      const gap = documentGaps(source).gaps.find((g) => g.kind === 'unjustified-components');
      assert.ok(!gap || gap.weight < 8, `${scale}: ${gap?.weight}`);
    }
  });
});
