import * as assert from 'assert';
import { PERSONAS } from '../../../server/src/interview/personas';
import type { PlannedGap } from '../../../server/src/interview/plannedGap';
import { probeQuestion } from '../../../server/src/interview/questionText';

function failureGap(kind: string, component: string): PlannedGap {
  return { id: kind, key: `${kind}@1`, kind, rule: kind.startsWith('structure:') ? null : kind, quote: 'x', context: '', quoteKind: 'none', section: 'Storage', sectionIndex: 1, weight: 1, missing: [], component };
}

describe('question text', () => {
  it('the verb agrees with the component: "the read replicas go down", "Redis goes down"', () => {
    assert.strictEqual(probeQuestion(failureGap('missing-failure-mode', 'the read replicas'), PERSONAS.neutral), 'The read replicas go down or get slow: what breaks, and what do users see?');
    assert.strictEqual(probeQuestion(failureGap('missing-failure-mode', 'Redis'), PERSONAS.neutral), 'Redis goes down or gets slow: what breaks, and what do users see?');
    assert.strictEqual(probeQuestion(failureGap('missing-failure-mode', 'the cache'), PERSONAS.amazon), 'The cache is down: what alarm fires, who gets paged, and what degrades?');
    assert.strictEqual(probeQuestion(failureGap('structure:failureMode', 'the processor instances'), PERSONAS.neutral), 'What breaks first here when the processor instances are down, slow or full, and what do users see?');
    assert.strictEqual(probeQuestion(failureGap('structure:failureMode', 'the metrics pipeline'), PERSONAS.bytedance), 'In week one, when the metrics pipeline fails, what do users see?');
  });

  it('a job run on a schedule is asked about dying halfway or running late, not about being "down, slow or full"', () => {
    assert.strictEqual(probeQuestion(failureGap('structure:failureMode', 'the scheduled job'), PERSONAS.neutral), 'What breaks first here when the scheduled job fails halfway through or runs late, and what do users see?');
    assert.strictEqual(probeQuestion(failureGap('structure:failureMode', 'the cron job'), PERSONAS.stripe), 'The cron job dies halfway through and is run again: is anything done twice, and what does the caller see?');
    assert.strictEqual(probeQuestion(failureGap('structure:failureMode', 'the nightly batch'), PERSONAS.amazon), 'The nightly batch does not finish: what alarm fires, who gets paged, and what degrades for users?');
    // A service that serves requests keeps the usual question, even when its name mentions jobs.
    assert.strictEqual(probeQuestion(failureGap('structure:failureMode', 'the job API'), PERSONAS.neutral), 'What breaks first here when the job API is down, slow or full, and what do users see?');
  });

  it('a section with no component to name is asked what breaks there, not when "this part is down, slow or full"', () => {
    const unnamed: PlannedGap = { ...failureGap('structure:failureMode', 'x'), component: undefined, quoteKind: 'heading', context: 'Swap flow' };
    assert.strictEqual(probeQuestion(unnamed, PERSONAS.neutral), "Look at your section 'Swap flow'. What breaks first here, and what do users see?");
    assert.strictEqual(probeQuestion(unnamed, PERSONAS.amazon), "Look at your section 'Swap flow'. When this fails, what alarm fires, who gets paged, and what degrades?");
  });
});
