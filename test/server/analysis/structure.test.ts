import * as assert from 'assert';
import { analyze } from '../../../server/src/analysis/analyze';
import type { SectionReport, StructurePart } from '../../../server/src/analysis/types';
import { readdirSync } from 'fs';
import * as path from 'path';
import { ConceptMatcher } from '../../../server/src/analysis/concepts/matcher';
import { parseDocument } from '../../../server/src/analysis/document/model';
import { firstMitigationProposal, mitigationProposals } from '../../../server/src/analysis/structure';
import { buildVocabulary } from '../../../server/src/analysis/vocabulary';
import { FIXTURES, readFixture } from '../../helpers/ruleHarness';

const fixture = (name: string) => readFixture(`structure/${name}`);

function section(text: string, title: string | null): SectionReport {
  const s = analyze(text).sections.find((x) => x.title === title);
  assert.ok(s, `section ${title}`);
  return s;
}

/** The quote and the covered source text of one part, after checking they agree. */
function evidence(text: string, s: SectionReport, part: StructurePart): { quote: string; line: number } {
  const r = s.structure[part];
  assert.ok(r.present, `${part} present`);
  assert.ok(r.range && r.quote !== undefined);
  const lines = text.split('\n');
  const covered = lines[r.range.start.line].slice(r.range.start.character, r.range.start.line === r.range.end.line ? r.range.end.character : undefined);
  assert.ok(covered.startsWith(r.quote.split(' ')[0]), `range starts at the quote: ${covered} / ${r.quote}`);
  return { quote: r.quote, line: r.range.start.line };
}

const missingParts = (s: SectionReport) => (Object.keys(s.structure) as StructurePart[]).filter((p) => !s.structure[p].present);

describe('answer structure per section', () => {
  it('honours explicit labels: Constraint:, Failure mode:, Mitigation:, Trade-off:', () => {
    const text = fixture('labelled-answer.md');
    const s = section(text, 'Token buckets in Redis');
    assert.deepStrictEqual(evidence(text, s, 'constraint'), {
      quote: 'Constraint: every API call must be checked in under 2 ms at 50,000 requests per second.',
      line: 4,
    });
    assert.deepStrictEqual(evidence(text, s, 'failureMode'), {
      quote: 'Failure mode: if Redis is slow or unreachable, every API call waits on the limiter.',
      line: 8,
    });
    assert.deepStrictEqual(evidence(text, s, 'mitigation'), {
      quote: 'Mitigation: a local in-memory bucket per API server that takes over when Redis times out.',
      line: 10,
    });
    assert.deepStrictEqual(evidence(text, s, 'newCost'), {
      quote: 'Trade-off: limits become approximate while Redis is down, so a client can exceed its quota by 20%.',
      line: 12,
    });
    assert.strictEqual(s.isDesign, true);
  });

  it('honours bold run-in labels ending in a full stop: **Constraint.**, **Failure mode.**, **Mitigation.**, **New cost.**', () => {
    const text = [
      '# Pothole triage',
      '',
      '## De-duplication',
      '',
      '**Constraint.** In a thaw week 60% of reports are repeats.',
      '',
      '**Failure mode.** Two holes 10 m apart merge into one work order.',
      '',
      '**Mitigation.** A cluster whose photos disagree is flagged for a clerk.',
      '',
      '**New cost.** More clerk work: about 140 extra reviews a day at the peak.',
      '',
    ].join('\n');
    const s = section(text, 'De-duplication');
    assert.deepStrictEqual(missingParts(s), []);
    assert.strictEqual(evidence(text, s, 'newCost').line, 10);
    assert.strictEqual(evidence(text, s, 'mitigation').line, 8);
  });

  it('finds the four parts written as prose, with the span of the first evidence', () => {
    const text = fixture('paraphrased-answer.md');
    const s = section(text, 'Timeline fan-out');
    assert.deepStrictEqual(evidence(text, s, 'constraint'), { quote: 'up to 30 million followers', line: 4 });
    assert.deepStrictEqual(evidence(text, s, 'failureMode'), { quote: 'fall behind', line: 7 });
    assert.deepStrictEqual(evidence(text, s, 'mitigation'), { quote: 'cache', line: 10 });
    assert.deepStrictEqual(evidence(text, s, 'newCost'), { quote: 'one extra lookup', line: 12 });
    assert.deepStrictEqual(s.structure.constraint.range, { start: { line: 4, character: 17 }, end: { line: 4, character: 43 } });
  });

  it('reports a subsection on its own, and the title only over its own text', () => {
    const text = fixture('paraphrased-answer.md');
    assert.deepStrictEqual(missingParts(section(text, 'Storage')), ['constraint', 'failureMode', 'mitigation', 'newCost']);
    assert.deepStrictEqual(missingParts(section(text, 'Design a news feed')), ['constraint', 'failureMode', 'mitigation', 'newCost']);
  });

  it('takes nothing from headings, code blocks, inline code, comments or bare numbers', () => {
    const text = fixture('not-evidence.md');
    for (const title of ['Notes on the cache', 'Failure modes, constraints and trade-offs']) {
      assert.deepStrictEqual(missingParts(section(text, title)), ['constraint', 'failureMode', 'mitigation', 'newCost'], title);
    }
  });

  it('counts a load or latency figure and "must" as constraints, but not a version or a latency fact', () => {
    const constraint = (sentence: string) => section(`# Notes\n\n${sentence}\n`, 'Notes').structure.constraint.quote ?? null;
    assert.strictEqual(constraint('We expect 4,000 requests per second at peak.'), '4,000 requests per second');
    assert.strictEqual(constraint('Redirects must finish within 50 ms.'), 'must');
    assert.strictEqual(constraint('Search should answer in under 200 ms.'), 'under 200 ms');
    assert.strictEqual(constraint('The cluster serves 100 million users.'), '100 million users');
    assert.strictEqual(constraint('Reading 1 MB from memory takes about 250 microseconds on version 3.2.'), null);
    assert.strictEqual(constraint('Realtime analytics are not a requirement.'), null);
  });

  it('does not take "no single point of failure" or "failover" as a failure mode', () => {
    const failure = (sentence: string) => section(`# Notes\n\n${sentence}\n`, 'Notes').structure.failureMode.quote ?? null;
    assert.strictEqual(failure('Sentinel handles failover, so there is no single point of failure.'), null);
    assert.strictEqual(failure('Deploys cause zero downtime, a region move happens without data loss, and the router never crashes.'), null);
    assert.strictEqual(failure('Popular queries are served from memory to avoid overloading the index service.'), 'overloading');
    assert.strictEqual(failure('If the primary becomes unreachable, writes stall.'), 'If the primary becomes unreachable');
    assert.strictEqual(failure('To limit what an attacker can take if the hot wallet is compromised, we keep 2% of funds in it.'), 'if the hot wallet is compromised');
    assert.strictEqual(failure('At 21:30 the watering officer is emailed, who can go down or phone someone.'), null);
    assert.strictEqual(failure('A volunteer will go down to the site and check the tap.'), null);
    assert.strictEqual(failure('If the primary goes down, writes stall.'), 'If the primary goes down');
    assert.strictEqual(failure('What breaks: the queue fills up when consumers stop.'), 'What breaks: the queue fills up when consumers stop.');
  });

  it('does not take a question or a pointer to trade-offs elsewhere as a cost, nor an unfilled label', () => {
    const cost = (sentence: string) => section(`# Notes\n\n${sentence}\n`, 'Notes').structure.newCost.quote ?? null;
    assert.strictEqual(cost('What are the trade-offs of a CDN?'), null);
    assert.strictEqual(cost('We should discuss the tradeoffs between SQL and NoSQL.'), null);
    assert.strictEqual(cost('New cost: ... (fill in)'), null);
    assert.strictEqual(cost('Downside: one more cluster to run.'), 'Downside: one more cluster to run.');
    assert.strictEqual(cost('Reads may be stale for up to 30 s.'), 'stale');
  });

  it('takes nothing from a table header row ("| Failure | What happens | Mitigation |")', () => {
    const text = '# Dispatch\n\n## Failure modes\n\n| Failure | What happens | Mitigation |\n|---|---|---|\n| Robot loses Wi-Fi | Reservations expire | — |\n';
    const s = section(text, 'Failure modes');
    assert.strictEqual(s.structure.failureMode.quote, 'Robot loses Wi-Fi');
    assert.strictEqual(s.structure.mitigation.present, false, 'the "Mitigation" header names a column and its only cell is a dash');
  });

  it('reads a failure table by its columns: every cell under "What breaks" is a failure, under "Mitigation" what is done', () => {
    const table = ['| What breaks | Effect | Mitigation |', '|---|---|---|', "| Redis down | search can't show slots | search falls back to Postgres |", "| Walker doesn't turn up | dog not walked | TBD |"];
    const text = ['# Dog walking', '', 'We will book 40,000 walks a week.', '', '## Failure modes', '', ...table, ''].join('\n');
    const s = section(text, 'Failure modes');
    assert.deepStrictEqual(evidence(text, s, 'failureMode'), { quote: 'Redis down', line: 8 });
    assert.deepStrictEqual(evidence(text, s, 'mitigation'), { quote: 'search falls back to Postgres', line: 8 });
    // Without the column titles the same cells state nothing the vocabulary reads.
    const untitled = text.replace('| What breaks | Effect | Mitigation |', '| Case | Effect | Notes |');
    assert.strictEqual(section(untitled, 'Failure modes').structure.failureMode.present, false);
    assert.strictEqual(section(untitled, 'Failure modes').structure.mitigation.present, false);
  });

  it('takes "fixed by" a rule-maker as a constraint, not a mitigation: the measure after it is the mitigation', () => {
    const text = '# E-file gateway\n\nWe will accept 25 million returns a season.\n\n## Deadline peak\n\nBecause transmission capacity is fixed by the authority, we add an unbounded submission buffer in front of the transmitter.\n';
    assert.strictEqual(evidence(text, section(text, 'Deadline peak'), 'mitigation').quote, 'add an unbounded submission buffer');
    const fixed = '# Search\n\nWe will index 2 TB.\n\n## Slow queries\n\nThe slow wildcard queries are fixed by adding an n-gram index.\n';
    assert.strictEqual(evidence(fixed, section(fixed, 'Slow queries'), 'mitigation').quote, 'fixed by adding an n-gram index');
  });

  it('a section narrating a payment flow describes the design: a payment provider and a scheduled job can fail', () => {
    const text = '# Drop\n\nWe will sell 20,000 pairs in one drop.\n\n## Checkout and payment\n\nCheckout calls the payment provider to authorize the card. A cron job marks expired reservations every 30 seconds.\n';
    assert.strictEqual(analyze(text).sections.find((x) => x.title === 'Checkout and payment')?.describesDesign, true);
  });

  it('takes a mitigation only when it is proposed, not asked about', () => {
    const mitigation = (sentence: string) => section(`# Notes\n\n${sentence}\n`, 'Notes').structure.mitigation.quote ?? null;
    assert.strictEqual(mitigation('What issues are addressed by adding a CDN?'), null);
    assert.strictEqual(mitigation('We put a CDN in front of the images to reduce load on the origin.'), 'put a CDN');
    assert.strictEqual(mitigation('We mitigate this by retrying with backoff.'), 'mitigate this by retrying with backoff');
  });
});

describe('firstMitigationProposal', () => {
  it('is the first of mitigationProposals for every section scope of the corpus', () => {
    let compared = 0;
    for (const name of readdirSync(path.join(FIXTURES, 'corpus')).filter((f) => f.endsWith('.md'))) {
      const doc = parseDocument(readFixture(`corpus/${name}`));
      const concepts = new ConceptMatcher(doc, buildVocabulary());
      for (const s of doc.sections) {
        for (const end of [s.ownEnd, s.scopeEnd]) {
          const expected = mitigationProposals(doc, concepts, s.start, end)[0];
          assert.deepStrictEqual(firstMitigationProposal(doc, concepts, s.start, end), expected, `${name} section ${s.index}`);
          if (expected) compared++;
        }
      }
    }
    assert.ok(compared > 20, `found proposals to compare (${compared})`);
  });
});
