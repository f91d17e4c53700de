import * as assert from 'assert';
import { analyseDocument } from '../../../server/src/interview/analysedText';
import { documentGaps } from '../../../server/src/interview/documentGaps';
import { PERSONAS } from '../../../server/src/interview/personas';
import { probeQuestion } from '../../../server/src/interview/questionText';

/** The weights of a section's structure gaps, by part. */
function structureWeights(text: string, heading: string): Record<string, number> {
  const { gaps } = documentGaps(analyseDocument(text));
  return Object.fromEntries(gaps.filter((g) => g.section === heading && g.part).map((g) => [g.part, g.weight]));
}

describe('document gaps', () => {
  it('asks a goals section ("Goals and measures") none of the structure questions: it states what the design must achieve', () => {
    const text = (title: string) =>
      [
        '# Claims fraud referral',
        '',
        `## ${title}`,
        '',
        'Refer suspicious claims within 10 minutes of first notice, so the payments service holds them before any payout.',
        '',
        '## Scoring',
        '',
        'A scoring service reads claim events from Kafka and writes a score per claim to Postgres.',
        '',
      ].join('\n');
    assert.deepStrictEqual(structureWeights(text('Goals and measures'), 'Goals and measures'), {});
    assert.deepStrictEqual(structureWeights(text('Goals'), 'Goals'), {});
    assert.ok(Object.keys(structureWeights(text('Referral hold'), 'Referral hold')).length > 0, 'the same text under a design title is asked');
  });

  describe('what a structure question quotes', () => {
    const VEG = [
      '# Veg box customisation',
      '',
      "## What we're building",
      '',
      'Members get a weekly box of vegetables from the farm. Before the Thursday cutoff they can:',
      '',
      '- swap an item for another of the same price,',
      '- add extras (eggs, bread, extra fruit) for an extra charge,',
      '- skip a week.',
      '',
      '## Architecture',
      '',
      'We will run a Django app on Postgres, with Redis for sessions and a Celery worker that builds the packing lists.',
      '',
    ].join('\n');
    const structureGap = (heading: string, part: string) => documentGaps(analyseDocument(VEG)).gaps.find((g) => g.section === heading && g.part === part);

    it("the section's title where its proposal names no component at risk (\"add extras for an extra charge\")", () => {
      const gap = structureGap("What we're building", 'failureMode');
      assert.ok(gap);
      assert.strictEqual(gap.quoteKind, 'heading');
      assert.strictEqual(gap.context, "What we're building");
      assert.strictEqual(probeQuestion(gap, PERSONAS.neutral), "Look at your section 'What we're building'. What breaks first here, and what do users see?");
    });

    it('the proposal where it names one ("We will run a Django app on Postgres")', () => {
      const gap = structureGap('Architecture', 'newCost');
      assert.ok(gap);
      assert.strictEqual(gap.quoteKind, 'sentence');
      assert.strictEqual(gap.component, 'Postgres');
    });
  });

  describe('the next link of the chain the candidate started', () => {
    const BASE = [
      '# Build cache',
      '',
      '## Cache keys',
      '',
      'We will key the action cache in Redis by the hash of the declared inputs.',
      '',
    ];

    it('a failure named ("a known risk that we accept") makes the missing mitigation outrank the missing constraint', () => {
      const text = [...BASE.slice(0, 4), `${BASE[4]} Non-hermetic actions produce different outputs for the same key; this is a known risk that we accept for v1.`, ''].join('\n');
      const w = structureWeights(text, 'Cache keys');
      assert.ok(w.mitigation > w.constraint, JSON.stringify(w));
    });

    it('a named failure left open is what the mitigation question quotes and asks about', () => {
      const text = [
        '# Car sharing',
        '',
        'We will build unlock and billing for 3,000 cars.',
        '',
        '## Unlock flow',
        '',
        'The vehicle gateway publishes the unlock command and the car acks. Sometimes the car may not receive the unlock command, for example in underground parking.',
        '',
      ].join('\n');
      const source = analyseDocument(text);
      const gap = documentGaps(source).gaps.find((g) => g.kind === 'structure:mitigation');
      assert.ok(gap);
      assert.strictEqual(gap.namedFailure, true);
      assert.strictEqual(gap.context, 'Sometimes the car may not receive the unlock command, for example in underground parking');
      assert.strictEqual(
        probeQuestion(gap, PERSONAS.neutral),
        "You wrote 'Sometimes the car may not receive the unlock command, for example in underground parking'. When that happens, what does the user see, and what is your primary fix?",
      );
      const w = structureWeights(text, 'Unlock flow');
      assert.ok(w.mitigation > w.constraint, JSON.stringify(w));
    });

    it('a risk listed and left ("can crash the app on startup" under Risks) is asked; "what breaks here?" elsewhere waits', () => {
      const design = ['# Feature config', '', 'We will build remote config for the mobile apps.', '', '## Design', '', 'We will keep flags in Postgres and publish a snapshot to S3 behind CloudFront on every change.', ''];
      const risks = ['## Risks', '', '- A malformed snapshot can crash the app on startup, and the crash repeats at every cold start.', ''];
      const gaps = documentGaps(analyseDocument([...design, ...risks].join('\n'))).gaps.sort((a, b) => b.weight - a.weight);
      const risk = gaps[0];
      assert.deepStrictEqual([risk.section, risk.kind, risk.namedFailure, risk.context], ['Risks', 'structure:mitigation', true, 'A malformed snapshot can crash the app on startup, and the crash repeats at every cold start']);
      const failure = gaps.find((g) => g.section === 'Design' && g.kind === 'structure:failureMode')!;
      // The same design with a risk that names no failure: its "what breaks here?" is not told elsewhere.
      const vague = ['## Risks', '', '- We may need more flags later.', ''];
      const untold = documentGaps(analyseDocument([...design, ...vague].join('\n'))).gaps.find((g) => g.section === 'Design' && g.kind === 'structure:failureMode')!;
      assert.ok(failure.weight < untold.weight, `${failure.weight} < ${untold.weight}`);
    });

    it('asks no structure question of a section titled for costs ("Trade-offs"): it lists what the design gives up', () => {
      const text = ['# Bookmarks', '', 'We will build bookmarking with search.', '', '## Search', '', 'We will index bookmarks in Elasticsearch from a RabbitMQ queue.', '', '## Trade-offs', '', '- Postgres full-text search would be simpler, but Elasticsearch ranks better.', ''].join('\n');
      const gaps = documentGaps(analyseDocument(text)).gaps;
      assert.ok(gaps.some((g) => g.section === 'Search'));
      assert.deepStrictEqual(gaps.filter((g) => g.section === 'Trade-offs').map((g) => g.kind), []);
    });

    it('nor of a section titled "Cost" that prices the design ("a small managed Postgres, about £15 a month")', () => {
      const text = ['# Hall hire', '', 'We will build booking and deposits for one village hall.', '', '## Booking', '', 'We will keep bookings in Postgres and publish refunds to a RabbitMQ queue.', '', '## Cost', '', 'Netlify free tier, a small managed Postgres (about £15 a month) and a small VM for the API and RabbitMQ.', ''].join('\n');
      const gaps = documentGaps(analyseDocument(text)).gaps;
      assert.ok(gaps.some((g) => g.section === 'Booking'));
      assert.deepStrictEqual(gaps.filter((g) => g.section === 'Cost').map((g) => g.kind), []);
    });

    it('a failure ruled out ("so two gateways can\'t race") is no named failure: the mitigation is the lesser question', () => {
      const text = [...BASE.slice(0, 4), `${BASE[4]} A Lua script writes in one round trip, so two runners can't race on the same key.`, ''].join('\n');
      const w = structureWeights(text, 'Cache keys');
      assert.ok(w.mitigation < w.constraint, JSON.stringify(w));
    });

    it('with no failure named, the mitigation is the lesser question', () => {
      const w = structureWeights(BASE.join('\n'), 'Cache keys');
      assert.ok(w.mitigation < w.constraint, JSON.stringify(w));
    });
  });
});
