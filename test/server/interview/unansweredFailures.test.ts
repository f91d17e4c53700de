import * as assert from 'assert';
import { analyseDocument } from '../../../server/src/interview/analysedText';
import { documentGaps } from '../../../server/src/interview/documentGaps';
import { firstUnansweredFailure } from '../../../server/src/interview/unansweredFailures';

/** The unanswered failure sentence in the document's "Flow" section, as written, or null. */
function unansweredIn(paragraph: string, vocabulary?: Record<string, string[]>): string | null {
  const text = `# Car sharing\n\nWe will build unlock and billing for 3,000 cars.\n\n## Flow\n\n${paragraph}\n`;
  const source = analyseDocument(text, vocabulary ? { vocabulary } : {});
  const section = source.doc!.sections.find((s) => s.heading?.text === 'Flow')!;
  const found = firstUnansweredFailure(source.doc!, source.concepts!, section, text.length);
  return found ? text.slice(found.start, found.end) : null;
}

describe('failures the candidate names and leaves', () => {
  it('finds "the car may not receive the unlock command" when nothing is said about it', () => {
    assert.strictEqual(
      unansweredIn('The gateway publishes the unlock command and the car acks. Sometimes the car may not receive the unlock command, for example in underground parking where there is no cellular signal.'),
      'Sometimes the car may not receive the unlock command, for example in underground parking where there is no cellular signal.',
    );
  });

  it('not a failure the same sentence survives ("can be rebuilt"); a team adds its own words in the vocabulary (recoveryVerb)', () => {
    assert.strictEqual(unansweredIn('The trip index may be corrupted by a bad deploy, and it can be rebuilt from the ledger.'), null);
    const salvaged = 'A trip record may be corrupted by a bad deploy, and it can be salvaged from the ledger.';
    assert.strictEqual(unansweredIn(salvaged), salvaged);
    assert.strictEqual(unansweredIn(salvaged, { recoveryVerb: ['salvaged'] }), null);
  });

  it('finds a known risk left open', () => {
    assert.strictEqual(unansweredIn('Non-hermetic actions produce different outputs for the same key; this is a known risk.'), 'Non-hermetic actions produce different outputs for the same key; this is a known risk.');
  });

  it('not a failure stated with its handling in a conditional ("If the car does not ack within 5 s, ...")', () => {
    assert.strictEqual(unansweredIn('If the car does not receive the command within 5 s, the app offers a Bluetooth unlock with a signed token.'), null);
  });

  it('finds a condition whose main clause is another failure ("If the billing API is down during the run, those charges fail ...")', () => {
    const left = 'If the billing API is down or times out during the nightly run, those charges fail the same way, and members get a "your membership has lapsed" email.';
    assert.strictEqual(unansweredIn(`Every night at 02:00 a job charges the cars' saved cards. ${left}`), left);
  });

  it('not a condition whose failure sits in a handling clause or a label ("if that fails the customer is asked ...", "On-sale runbook: ...")', () => {
    assert.strictEqual(unansweredIn('If the hold already expired, the service tries to take a fresh hold on the same car; if that fails the customer is asked to pick another car.'), null);
    assert.strictEqual(unansweredIn('On-sale runbook: pre-warm the cache, raise the replica count an hour before, and have support on call for unlock failures.'), null);
  });

  it('not a failure the next sentence handles ("We retry ...")', () => {
    assert.strictEqual(unansweredIn('The car may not receive the unlock command in underground parking. We retry three times, then offer a Bluetooth unlock.'), null);
  });

  it('not a failure its own sentence stops with a lock or a unique index, where the bare race is asked', () => {
    const race = 'Two members may book the last car at once and one booking is lost';
    assert.strictEqual(unansweredIn(`${race}; a unique index on (car_id, slot) means the second insert fails.`), null);
    assert.strictEqual(unansweredIn(`${race}.`), `${race}.`);
  });

  it('not a failure a measure watches for ("so we can see if ... is failing") or one the sentence falls back from ("... instead")', () => {
    assert.strictEqual(unansweredIn('We log each unlock sent so we can see if the telematics provider is failing.'), null);
    const failure = 'If the telematics provider is down, the member may fail to unlock the car';
    assert.strictEqual(unansweredIn(`${failure} and can call the hotline instead.`), null);
    assert.strictEqual(unansweredIn(`${failure}.`), `${failure}.`);
  });

  it('not a failure the same sentence routes somewhere ("lines that fail to parse go to a dead-letter topic")', () => {
    assert.strictEqual(unansweredIn('Events that can fail to parse go to a dead-letter topic that the on-call engineer reviews.'), null);
  });

  it('not a failure ruled out ("so two gateways can\'t race") or judged ("losing it is acceptable")', () => {
    assert.strictEqual(unansweredIn('A Lua script increments the counter in one round trip, so two gateways can\'t race on the same key.'), null);
    assert.strictEqual(unansweredIn('Cursor positions may be lost on a restart, which is acceptable.'), null);
  });

  it('not a failure whose handling the sentence or the next one states in other words', () => {
    for (const paragraph of [
      // The database refuses the second insert, and the app says so.
      'If two members press the same car at the same second, one insert wins and the other gets a unique violation, which we turn into "just taken".',
      // A conditional "we ..." in the next sentence.
      'The payment webhook may arrive after the hold expired. The webhook handler tries to confirm; if the constraint rejects it, we refund the payment automatically.',
      // Switched over, reconciled, resolved by a rule, backed off.
      'If the primary dies, the supervisor switches the handhelds to the spare with one setting; we lose at most 5 s of check-ins.',
      'A member may be charged while the webhook is lost, and the nightly reconciliation catches it.',
      "If a member edits a booking the car has already started offline, the car's completion wins and the member sees a note.",
      // Watched, prevented, or deferred on purpose.
      'We log a warning when a trip is billed against an expired claim so supervisors can see how often this happens.',
      'We put up a holding page from 18:45 so nobody can book cars early, and the desk answers members who get stuck.',
      'If members complain that they lost a booking at the payment step we can revisit.',
    ]) {
      assert.strictEqual(unansweredIn(paragraph), null, paragraph);
    }
    // A condition whose main clause only tells the consequence is still asked.
    const left = 'If the primary dies, members lose the last 5 s of bookings.';
    assert.strictEqual(unansweredIn(left), left);
  });

  it('finds a failure-table row whose mitigation cell is empty', () => {
    const table = [
      '| Failure | What happens | Mitigation |',
      '|---|---|---|',
      '| Robot loses Wi-Fi | Reservations expire | The dispatcher requeues its task after 30 s |',
      '| Two robots deadlock in a narrow aisle | Both wait forever | |',
    ].join('\n');
    assert.strictEqual(unansweredIn(table), 'Two robots deadlock in a narrow aisle | Both wait forever');
  });

  it('finds a failure-table row whose mitigation cell is a placeholder ("—", "TBD", "?"), in any column order', () => {
    for (const placeholder of ['—', 'TBD', '?', 'none yet']) {
      const table = ['| Failure | Mitigation | What happens |', '|---|---|---|', '| Robot loses Wi-Fi | requeue after 30 s | reservations expire |', `| Two robots deadlock | ${placeholder} | both wait forever |`].join('\n');
      assert.strictEqual(unansweredIn(table), `Two robots deadlock | ${placeholder} | both wait forever`, placeholder);
    }
  });

  it('not the reason for a choice told by what the rejected option breaks ("Why Postgres and not Redis: ... a Redis failover means ...")', () => {
    assert.strictEqual(unansweredIn('Why Postgres and not Redis for counters: losing a counter increment on a Redis failover means a department can overspend.'), null);
    assert.strictEqual(unansweredIn('We keep counters in Postgres rather than Redis, since an increment lost on a Redis failover could let a department overspend.'), null);
    assert.strictEqual(unansweredIn('An increment lost on a Redis failover could let a department overspend.'), 'An increment lost on a Redis failover could let a department overspend.');
  });

  it('not a failure whose own sentence goes on to handle it ("...; we keep the parser separate and alert on ...")', () => {
    assert.strictEqual(unansweredIn('The feed format may change with little notice; we keep the parser separate and alert on parse failures above 1%.'), null);
    assert.strictEqual(unansweredIn('The feed format may change with little notice; we lose a day of transfers when it does.'), 'The feed format may change with little notice; we lose a day of transfers when it does.');
  });

  it('not a purpose that answers its own failure ("To keep assignments from going stale when a robot may be stuck, ...")', () => {
    assert.strictEqual(unansweredIn('To keep assignments from going stale when a robot may be stuck behind a person, the dispatcher re-plans every 2 seconds.'), null);
  });

  it('not the risks a section titled for a protection opens with ("Rate limiting": "Brute force ... are the main risks")', () => {
    const text = '# Password reset\n\nWe will build password reset and 2FA.\n\n## Rate limiting\n\nBrute force and SMS pumping could drain our SMS budget; they are the main risks.\n\nCounters are kept in Redis per email and per IP.\n';
    const source = analyseDocument(text);
    const section = source.doc!.sections.find((s) => s.heading?.text === 'Rate limiting')!;
    assert.strictEqual(firstUnansweredFailure(source.doc!, source.concepts!, section, text.length), undefined);
    const renamed = text.replace('## Rate limiting', '## Codes');
    const again = analyseDocument(renamed);
    const codes = again.doc!.sections.find((s) => s.heading?.text === 'Codes')!;
    assert.ok(firstUnansweredFailure(again.doc!, again.concepts!, codes, renamed.length), 'the same risk under another title is left open');
  });

  it('not a failure the sentence says how to undo ("so a broken index can be rebuilt", "it can tolerate a fault")', () => {
    assert.strictEqual(unansweredIn('The topic is kept for 7 days so a broken index can be rebuilt from a recent point.'), null);
    assert.strictEqual(unansweredIn('The clock can tolerate a fault of the timestamp oracle for up to 30 s.'), null);
  });

  it('not a failure an alert is raised on ("Raise alerts: the car may not receive the unlock command, ...")', () => {
    const alerts = 'Raise alerts: the car may not receive the unlock command in underground parking, the battery may run out.';
    assert.strictEqual(unansweredIn(alerts), null);
    assert.strictEqual(unansweredIn(alerts.replace('Raise alerts: t', 'T')), 'The car may not receive the unlock command in underground parking, the battery may run out.');
  });

  it('not a setting that only names a failure word ("Visibility timeout 15 minutes")', () => {
    assert.strictEqual(unansweredIn('Visibility timeout 15 minutes; the largest chunk takes about 40 s.'), null);
  });
});

describe('failures listed under "Risks"', () => {
  /** The unanswered failure in a section titled `title`, as written, or null. */
  function unansweredUnder(title: string, body: string): string | null {
    const text = `# Restaurant waitlist\n\nWe will text guests when their table is ready.\n\n## ${title}\n\n${body}\n`;
    const source = analyseDocument(text);
    const section = source.doc!.sections.find((s) => s.heading?.text === title)!;
    const found = firstUnansweredFailure(source.doc!, source.concepts!, section, text.length);
    return found ? text.slice(found.start, found.end) : null;
  }
  const carrier = '- Carrier filtering: US carriers delay or silently drop messages that look like spam.';

  it('are possibilities by their title: a risk item with no "may" is a failure left open', () => {
    assert.strictEqual(unansweredUnder('Risks', carrier), carrier.slice(2));
  });

  it('every item is a risk: the first one nothing in it answers or accepts, quoted by what it says after its label', () => {
    const items = [
      '- **The server dies.** Nightly backup of the database; the printed list at the host stand is the fallback for the evening.',
      '- **Guests ignore the text.** Some will; that is acceptable, the host calls the next name.',
      '- **The manager is away.** The deputy gets the same rights.',
      '- **Saturday rush.** At 8pm a party of six can wait forty minutes with nobody telling them where they are in the list.',
    ];
    // No failure word the vocabulary knows in the third item ("wait forty minutes with nobody telling them"), and it is left open.
    assert.strictEqual(unansweredUnder('Risks', items.join('\n')), 'At 8pm a party of six can wait forty minutes with nobody telling them where they are in the list.');
    assert.strictEqual(unansweredUnder('Risks', items.slice(0, 3).join('\n')), null);
    assert.strictEqual(unansweredUnder('Sending the SMS', items.join('\n')), null);
  });

  it('an item that names its failure and goes on says what is done: "The VPS dies: the board is down. There is a nightly dump ..."', () => {
    const dies = '- **The VPS dies**: the board is down.';
    const goesOn = `${dies} There is a nightly pg_dump to the bucket and a README to rebuild on a new VPS in about an hour.`;
    assert.strictEqual(unansweredUnder('Failure handling', goesOn), null);
    // Left at the failure, or going on only to more of it, the item is open.
    assert.strictEqual(unansweredUnder('Failure handling', dies), dies.slice(2));
    assert.strictEqual(unansweredUnder('Failure handling', `${dies} Guests may lose their place in the list.`), dies.slice(2));
    // What the item goes on to do answers it, whatever failure its last sentence weighs against it.
    const appDown = '- **Our app is down.** Guests use the phone line, as today. There is no harm in an hour of downtime; there is in a lost booking, which is why it is written first.';
    assert.strictEqual(unansweredUnder('Failure handling', appDown), null);
    // A consequence is no answer: "This would upset guests" tells what the failure costs.
    const upset = '- **Double booking.** Two guests can book the same table. This would upset guests.';
    assert.strictEqual(unansweredUnder('Failure handling', upset), 'Two guests can book the same table.');
  });

  it('the same sentence outside a section titled for failures states no possibility, and is not asked', () => {
    assert.strictEqual(unansweredUnder('Sending the SMS', carrier), null);
  });

  it('a failure table row left open is the mitigation question even where the other rows are answered', () => {
    const table = ['| What breaks | Effect | Mitigation |', '|---|---|---|', "| Redis down | search can't show slots | search falls back to Postgres |", "| Walker doesn't turn up | owner finds out from the missing notification | — |"].join('\n');
    const text = `# Dog walking\n\nWe will book 40,000 walks a week across 12 cities.\n\n## Booking\n\nOwners book a slot; the booking service writes it to Postgres and caches open slots in Redis.\n\n## Failure modes\n\n${table}\n`;
    const gaps = documentGaps(analyseDocument(text)).gaps.filter((g) => g.section === 'Failure modes');
    assert.deepStrictEqual(gaps.filter((g) => g.kind === 'structure:mitigation' || g.kind === 'structure:failureMode').map((g) => [g.kind, g.quote]), [['structure:mitigation', "Walker doesn't turn up"]]);
  });

  it('a failure table under "Failure modes" whose rows have their handling is answered across the row', () => {
    const table = ['| What breaks | Effect | Handling |', '|---|---|---|', '| A worker crashes mid-job | job runs twice | lease expiry + idempotency key |'].join('\n');
    assert.strictEqual(unansweredUnder('Failure modes', table), null);
  });
});
