import * as assert from 'assert';
import { PERSONAS } from '../../../server/src/interview/personas';
import { clockAt, isOver, phaseEnds, rambles, requirementChangeDue, requirementChangeText, totalMsFor } from '../../../server/src/interview/pressure';
import type { AnswerVerdict } from '../../../server/src/interview/types';
import { MINUTE, TEST_QUESTION } from './engineFixtures';

const nothing: AnswerVerdict['structure'] = { constraint: { present: false }, failureMode: { present: false }, mitigation: { present: false }, newCost: { present: false } };

describe('interview pressure', () => {
  it('phases scale with the session length: clarify, deep-dive, pressure, wrap-up', () => {
    assert.deepStrictEqual(phaseEnds(totalMsFor(40)), { clarify: 6 * MINUTE, 'deep-dive': 24 * MINUTE, pressure: 34 * MINUTE, 'wrap-up': 40 * MINUTE });
    assert.deepStrictEqual(phaseEnds(totalMsFor(20)), { clarify: 3 * MINUTE, 'deep-dive': 12 * MINUTE, pressure: 17 * MINUTE, 'wrap-up': 20 * MINUTE });
  });

  it('the clock says the phase and what is left of it', () => {
    const total = totalMsFor(40);
    assert.deepStrictEqual(clockAt(0, total), { elapsedMs: 0, totalMs: total, phase: 'clarify', phaseRemainingMs: 6 * MINUTE });
    assert.deepStrictEqual(clockAt(6 * MINUTE, total), { elapsedMs: 6 * MINUTE, totalMs: total, phase: 'deep-dive', phaseRemainingMs: 18 * MINUTE });
    assert.deepStrictEqual(clockAt(39 * MINUTE, total).phase, 'wrap-up');
    assert.deepStrictEqual(clockAt(41 * MINUTE, total), { elapsedMs: 41 * MINUTE, totalMs: total, phase: 'wrap-up', phaseRemainingMs: 0 });
    assert.strictEqual(isOver(clockAt(40 * MINUTE, total)), true);
    assert.strictEqual(isOver(clockAt(40 * MINUTE - 1, total)), false);
  });

  it("a long answer naming no constraint and no failure mode rambles, past the persona's word limit", () => {
    assert.strictEqual(rambles(181, nothing, PERSONAS.neutral), true);
    assert.strictEqual(rambles(180, nothing, PERSONAS.neutral), false);
    assert.strictEqual(rambles(121, nothing, PERSONAS.bytedance), true);
    assert.strictEqual(rambles(400, { ...nothing, constraint: { present: true, quote: 'must' } }, PERSONAS.neutral), false);
    assert.strictEqual(rambles(400, { ...nothing, failureMode: { present: true, quote: 'timeout' } }, PERSONAS.neutral), false);
  });

  it('the requirement change comes once, in the deep dive or later, after two answers', () => {
    const total = totalMsFor(40);
    assert.strictEqual(requirementChangeDue(clockAt(5 * MINUTE, total), 3, false), false);
    assert.strictEqual(requirementChangeDue(clockAt(7 * MINUTE, total), 1, false), false);
    assert.strictEqual(requirementChangeDue(clockAt(7 * MINUTE, total), 2, false), true);
    assert.strictEqual(requirementChangeDue(clockAt(7 * MINUTE, total), 2, true), false);
    assert.strictEqual(requirementChangeDue(clockAt(30 * MINUTE, total), 5, false), true);
    assert.strictEqual(requirementChangeDue(clockAt(40 * MINUTE, total), 5, false), false);
  });

  it("the change: the practice question's own, or a regional surge on the document's biggest component", () => {
    assert.strictEqual(requirementChangeText(TEST_QUESTION, null), 'A national event just sent 10x the usual traffic through one region. What breaks first in your design?');
    assert.strictEqual(requirementChangeText(undefined, 'Cassandra'), 'Traffic just grew 10x in one region: what breaks first in Cassandra?');
    assert.strictEqual(requirementChangeText(undefined, null), 'Traffic just grew 10x in one region: what breaks first in your design?');
  });
});
