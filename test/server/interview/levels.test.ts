import * as assert from 'assert';
import { levelFactor } from '../../../server/src/interview/levels';
import { InterviewSession } from '../../../server/src/interview/session';
import type { Level } from '../../../server/src/interview/types';

/** A final-form design with a stack listed without reasons: both "what ships first?" and "why each?" are gaps. */
const design = [
  '# Loyalty stamp cards for cafes',
  '',
  '## Requirements',
  '',
  '- 6,000 cafes, about 40 stamps a second at the morning peak.',
  '',
  '## Architecture',
  '',
  'We will use Kafka, Flink, Cassandra, Redis and Kubernetes for the backend.',
  '',
  '## Stamp flow',
  '',
  'The till app calls the stamp API, which publishes a StampRequested event to Kafka.',
  'A Flink job consumes it, adds the stamp to the card in Cassandra and updates the count in Redis.',
  '',
  '## Redemption',
  '',
  'When a card reaches ten stamps the app shows a free-drink code; the till scans it and the API marks it used in Cassandra.',
  '',
].join('\n');

function rankOf(level: Level, rule: string): number {
  const session = InterviewSession.start({ source: { kind: 'document', text: design, name: 'loyalty.md' }, persona: 'neutral', level, minutes: 45 }, () => 0);
  return session.plan().findIndex((p) => p.rule === rule);
}

describe('the level changes what is probed first', () => {
  it('a staff interviewer asks what ships first before a senior one does, a mid one last', () => {
    const [mid, senior, staff] = (['mid', 'senior', 'staff'] as const).map((l) => rankOf(l, 'missing-rollout-path'));
    assert.ok(staff >= 0 && staff < 3, `staff asks it in the opening three (at ${staff})`);
    assert.ok(senior === -1 || senior > staff, `senior at ${senior}, staff at ${staff}`);
    assert.ok(mid === -1 || mid >= senior, `mid at ${mid}, senior at ${senior}`);
  });

  it('a mid interviewer asks why each technology before a staff one does', () => {
    const mid = rankOf('mid', 'unjustified-components');
    const staff = rankOf('staff', 'unjustified-components');
    assert.ok(mid >= 0 && (staff === -1 || mid < staff), `mid at ${mid}, staff at ${staff}`);
  });

  it('senior is the four-part bar: no kind is raised or lowered', () => {
    for (const kind of ['missing-rollout-path', 'unjustified-components', 'missing-failure-mode', 'queue-without-failure-semantics']) assert.strictEqual(levelFactor('senior', kind), 1);
    assert.ok(levelFactor('staff', 'missing-rollout-path') > 1 && levelFactor('mid', 'missing-rollout-path') < 1);
  });
});
