import * as assert from 'assert';
import { analyseDocument } from '../../../server/src/interview/analysedText';
import { documentGaps } from '../../../server/src/interview/documentGaps';
import { probeQuestion } from '../../../server/src/interview/questionText';
import { PERSONAS } from '../../../server/src/interview/personas';
import { unpricedAutomaticDecisionFindings } from '../../../server/src/interview/unpricedAutomaticDecisions';

/** A choir attendance tracker whose sync section resolves conflicts with `decision`; `extra` follows it. */
const attendance = (decision: string, extra = '') =>
  [
    '# Choir rehearsal attendance',
    '',
    '## Requirements',
    '',
    '- Section leaders mark attendance on their phones during rehearsal, often with no signal in the church hall.',
    '- The concert list is drawn from attendance: missing three rehearsals means not singing.',
    '',
    '## Offline sync',
    '',
    'The app writes marks to SQLite on the phone and pushes them to the Postgres API when it is back online.',
    decision,
    ...(extra ? [extra] : []),
    '',
    '## Storage',
    '',
    'Postgres holds one row per singer and rehearsal; the API is a small Node service on Fly.io.',
    '',
  ].join('\n');

const LWW = 'When two phones mark the same singer differently, last-write-wins on the device timestamp.';

function decisions(text: string) {
  return unpricedAutomaticDecisionFindings(analyseDocument(text));
}

describe('an automatic decision given without its cost (interviewer-side mitigation-without-cost)', () => {
  it('asks whose change last-writer-wins loses, at the decision in its section', () => {
    const text = attendance(LWW);
    const found = decisions(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].rule, 'mitigation-without-cost');
    assert.strictEqual(found[0].data.trigger, 'last-write-wins');
    assert.strictEqual(text.slice(found[0].data.start, found[0].data.end), 'last-write-wins');
    assert.strictEqual(found[0].range.start.line, 10);
    const gap = documentGaps(analyseDocument(text)).gaps.find((g) => g.kind === 'mitigation-without-cost' && g.section === 'Offline sync')!;
    assert.ok(gap, 'the decision is a gap of its section');
    assert.strictEqual(
      probeQuestion(gap, PERSONAS.neutral),
      "You wrote 'When two phones mark the same singer differently, last-write-wins on the device timestamp'. Whose change does last-write-wins silently lose, how would they find out, and what does a skewed clock do to it?",
    );
  });

  it('asks what an automatic action costs when it is wrong', () => {
    const found = decisions(attendance('A singer with no mark after 48 hours is auto-removed from the concert list.'));
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].data.trigger, 'auto-removed');
    assert.strictEqual(found[0].data.question, 'When that automatic decision is wrong, what does it cost, who notices, and how is it undone?');
  });

  it('is not asked where the section states what the decision costs', () => {
    assert.deepStrictEqual(decisions(attendance(LWW, 'The trade-off: a leader who syncs late can overwrite a correction, so the admin screen shows every overwritten mark.')), []);
  });

  it('is not asked of a decision the section rules out or of a section that designs nothing', () => {
    assert.deepStrictEqual(decisions(attendance('We do not use last-write-wins: conflicting marks go to the section leader to settle.')), []);
    const inRequirements = attendance('').replace('- Section leaders mark', '- Late marks are auto-approved by the admin.\n- Section leaders mark');
    assert.deepStrictEqual(decisions(inRequirements), []);
  });

  it('matches the ways people write it, and not an automatic thing that decides nothing', () => {
    for (const [written, trigger] of [
      ['Conflicts resolve LWW per field.', 'LWW'],
      ['Claims under £500 are auto-approved and paid the same day.', 'auto-approved'],
      ['After 12 s with no delivery receipt we automatically resend through the next provider.', 'automatically resend'],
      ['Disputes with no reply in 14 days are automatically closed in the buyer\'s favour.', 'automatically closed'],
      ['A recall the borrower cannot meet is automatically borrowed from the alternative lender pool.', 'automatically borrowed'],
      ['When a ward drops below par level the system automatically reorders from the wholesaler.', 'automatically reorders'],
      ['An unpaid debit is automatically re-presented seven days later.', 'automatically re-presented'],
      ['If a renewal charge fails we retry it automatically on day 3, 7 and 13 of the grace period.', 'retry it automatically'],
      ['Seat mismatches found overnight are fixed automatically by re-running the sync.', 'fixed automatically'],
      ['A mismatch between the two counts is automatically fixed from the billing side.', 'automatically fixed'],
    ] as const) {
      const found = decisions(attendance(written));
      assert.deepStrictEqual(found.map((f) => f.data.trigger), [trigger], written);
    }
    for (const written of ['The app automatically syncs when it is back online.', 'Phones auto-update the app overnight.']) {
      assert.deepStrictEqual(decisions(attendance(written)), [], written);
    }
  });

  it('is asked in a policy section that names no component, and a cost stated in another bullet does not price it', () => {
    const text = [
      '# Bookshop order fulfilment',
      '',
      '## Checkout',
      '',
      'The web shop writes each order to Postgres and the warehouse service picks it within four hours.',
      '',
      '## Handling stock-outs',
      '',
      'Stock-outs are the main reason orders ship late, so the design handles them explicitly:',
      '',
      '- Orders waiting on a title are listed for the buyer each morning with the expected date.',
      '- For orders above £40, the system automatically buys the missing title from the wholesaler so the order ships on time.',
      '- Titles out of stock for more than 30 days are delisted; the trade-off is a shorter catalogue.',
      '',
    ].join('\n');
    const found = decisions(text);
    assert.deepStrictEqual(found.map((f) => [f.data.trigger, f.range.start.line]), [['automatically buys', 11]]);
    // Said in its own list item, the price answers it.
    assert.deepStrictEqual(decisions(text.replace('so the order ships on time.', 'so the order ships on time, at the cost of the wholesaler margin.')), []);
  });
});
