import * as assert from 'assert';
import { analyseDocument, sourceFindings } from '../../../server/src/interview/analysedText';
import { documentGaps } from '../../../server/src/interview/documentGaps';
import { probeQuestion } from '../../../server/src/interview/questionText';
import { PERSONAS } from '../../../server/src/interview/personas';
import { oneStepCutoverFindings, unsequencedDesignFindings } from '../../../server/src/interview/unsequencedDesign';

/** A baggage-tracking design drawn in its final form; `extra` adds a paragraph to its Pipeline section. */
const baggage = (extra = '') =>
  [
    '# Baggage tracking across 12 airports',
    '',
    '## Requirements',
    '',
    '- Every bag scan at every airport reaches the central tracker within 5 seconds.',
    '- Passengers see where their bag is in the app.',
    '',
    '## Pipeline',
    '',
    'Each airport runs an edge cluster that reads the baggage-handling system feed and publishes scans to Kafka.',
    'The tracker consumes the topic, writes each bag\'s state to Cassandra and caches the latest position in Redis.',
    'The passenger API reads from Redis and falls back to Cassandra.',
    ...(extra ? ['', extra] : []),
    '',
    '## Storage',
    '',
    'Cassandra holds the scan history for 90 days; Redis holds only the latest position per bag.',
    '',
  ].join('\n');

function unsequenced(text: string) {
  const source = analyseDocument(text);
  return unsequencedDesignFindings(source, sourceFindings(source));
}

describe('a design drawn in its final form (interviewer-side rollout question)', () => {
  it('asks what ships first, naming the technologies the design leans on', () => {
    const found = unsequenced(baggage());
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].rule, 'missing-rollout-path');
    assert.strictEqual(found[0].data.complexity, 'Cassandra, Redis and Kafka');
    assert.strictEqual(found[0].range.start.line, 0);
    assert.strictEqual(found[0].data.interviewSide, true);
    const gap = documentGaps(analyseDocument(baggage())).gaps.find((g) => g.kind === 'missing-rollout-path')!;
    assert.strictEqual(gap.sectionIndex, undefined);
    assert.strictEqual(probeQuestion(gap, PERSONAS.neutral), "You add 'Cassandra, Redis and Kafka'. What is the simplest version that ships first, and what number tells you to add the rest?");
  });

  for (const [path, sentence] of [
    ['a pilot', 'We pilot it at the hub first, with bag scans only.'],
    ['a migration', 'We migrate one airport at a time off the old tracker.'],
    ['a trigger', 'When scans exceed 2,000 per second we add a second tracker region.'],
    ['a first version', 'The first version reads scans straight into Postgres.'],
    ['a canary', 'Each airport gets a canary edge cluster before the rest.'],
  ] as const) {
    it(`is not asked where the design states ${path}`, () => {
      assert.deepStrictEqual(unsequenced(baggage(sentence)), []);
    });
  }

  it('is asked where the only "baseline" describes the system as it stands ("Today bags are tracked on paper")', () => {
    assert.strictEqual(unsequenced(baggage('Today bags are tracked on paper tags at each transfer.')).length, 1);
  });

  it('is not asked of a design with fewer than four components, or where the linter already asks for a rollout path', () => {
    const small = ['# Link shortener', '', '## Design', '', 'The API writes each link to Postgres and caches hot links in Redis.', ''].join('\n');
    assert.deepStrictEqual(unsequenced(small), []);
    const scaleOut = baggage('We will add read replicas and shard the scans table by bag id.');
    const source = analyseDocument(scaleOut);
    assert.ok(sourceFindings(source).some((f) => f.rule === 'missing-rollout-path'));
    assert.deepStrictEqual(unsequencedDesignFindings(source, sourceFindings(source)), []);
  });
});

describe('the technologies the rollout question names', () => {
  it('are spelled as the candidate wrote them, one name per product ("PostgreSQL" and "Postgres" are one)', () => {
    const text = [
      '# Parking meters',
      '',
      '## Sessions',
      '',
      'The session service writes each parking session to PostgreSQL and publishes it to Kafka; the projector keeps a Redis read model for officers.',
      'Officers query Redis; Postgres stays the source of truth, and Kafka feeds the redistribution of plates to zones.',
      '',
    ].join('\n');
    const found = unsequenced(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].data.complexity, 'PostgreSQL, Kafka and Redis');
  });
});

describe('a cutover taken in one step (interviewer-side rollout question)', () => {
  /** The baggage design with a "Migration" section holding `migration`. */
  const withMigration = (migration: string) => `${baggage()}\n## Migration\n\n${migration}\n`;

  function cutover(text: string) {
    const source = analyseDocument(text);
    return oneStepCutoverFindings(source, sourceFindings(source));
  }

  const oneStep = 'The new tracker will replace the vendor feed. Bags in flight are copied over by a backfill job, and the old feed is switched off.';

  it('asks how users move over where a migration section retires the old system with no parallel run, cohort or way back', () => {
    const text = withMigration(oneStep);
    const found = cutover(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].rule, 'missing-rollout-path');
    assert.strictEqual(text.slice(found[0].data.start, found[0].data.end), 'will replace');
    assert.match(found[0].message, /one step \("will replace"\)/);
    const gap = documentGaps(analyseDocument(text)).gaps.find((g) => g.kind === 'missing-rollout-path')!;
    assert.strictEqual(gap.section, 'Migration');
    assert.strictEqual(
      probeQuestion(gap, PERSONAS.neutral),
      "You wrote 'The new tracker will replace the vendor feed'. How do users move over: what runs side by side first, who moves first, and how do you roll back if the numbers disagree?",
    );
  });

  for (const staged of [
    'For two weeks both run in parallel and we compare bag states every hour.',
    'Two airports move first; the rest follow once the scan counts match.',
    'If the numbers disagree we roll back to the vendor feed.',
    'We move 10% of airports first.',
  ]) {
    it(`is not asked where the section stages it: "${staged}"`, () => {
      assert.deepStrictEqual(cutover(withMigration(`${oneStep} ${staged}`)), []);
    });
  }

  it('is asked where the only staging is denied ("with no parallel run")', () => {
    assert.strictEqual(cutover(withMigration(`${oneStep} There is no parallel run.`)).length, 1);
  });

  it('is not asked of a migration that retires nothing, nor of a section not titled for delivery', () => {
    assert.deepStrictEqual(cutover(withMigration('The scheduler finalizes the cut-over of each schema migration and terminates the stream.')), []);
    assert.deepStrictEqual(cutover(`${baggage()}\n## Storage notes\n\n${oneStep}\n`), []);
  });
});
