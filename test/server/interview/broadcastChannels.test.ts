import * as assert from 'assert';
import { analyseDocument } from '../../../server/src/interview/analysedText';
import { documentGaps } from '../../../server/src/interview/documentGaps';
import { PERSONAS } from '../../../server/src/interview/personas';
import { probeFor } from '../../../server/src/interview/probes';

const FLAGS = [
  '# Feature flags',
  '',
  '## Design',
  '',
  'Flags are stored in Postgres behind an admin API. SDKs keep a server-sent-events stream open to the streaming servers.',
  'Changes are published from the admin API to the streaming servers through Redis pub/sub.',
  '',
].join('\n');

describe('broadcast channels (Redis pub/sub) in the interviewer', () => {
  it('Redis pub/sub in a section with no failure story is asked as what happens to a message published while a subscriber is away', () => {
    const { gaps } = documentGaps(analyseDocument(FLAGS));
    assert.ok(!gaps.some((g) => g.kind === 'queue-without-failure-semantics'), 'no backlog question on a channel that keeps nothing');
    const lost = gaps.find((g) => g.failure !== undefined);
    assert.ok(lost, JSON.stringify(gaps.map((g) => g.key)));
    assert.deepStrictEqual([lost.kind, lost.rule, lost.component, lost.section], ['missing-failure-mode', 'missing-failure-mode', 'Redis pub/sub', 'Design']);
    const neutral = probeFor(lost, PERSONAS.neutral).question;
    assert.match(neutral, /Redis pub\/sub drops a message published while a subscriber is disconnected: what breaks, and what do users see\?$/);
    assert.match(probeFor(lost, PERSONAS.stripe).question, /Redis pub\/sub drops a message published while a subscriber is disconnected: what does the caller see/);
  });

  it('where the section already tells a failure story, that story is what gets asked, not the channel', () => {
    const text = FLAGS.replace('through Redis pub/sub.', 'through Redis pub/sub. Two admins can make conflicting edits to the same flag.');
    const { gaps } = documentGaps(analyseDocument(text));
    assert.ok(!gaps.some((g) => g.failure !== undefined || g.kind === 'queue-without-failure-semantics'), JSON.stringify(gaps.map((g) => g.key)));
  });

  it('a durable queue keeps its queue question', () => {
    const text = FLAGS.replace('through Redis pub/sub', 'through a Kafka topic');
    const { gaps } = documentGaps(analyseDocument(text));
    assert.ok(gaps.some((g) => g.kind === 'queue-without-failure-semantics'));
    assert.ok(!gaps.some((g) => g.failure !== undefined));
  });
});
