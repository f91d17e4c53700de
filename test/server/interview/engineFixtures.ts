// Fixtures for the interview engine tests: the design documents under test/fixtures/interview/engine, the typed
// answers (each under a comment naming it), a small practice question, and a clock the test moves by hand.
import { readFileSync } from 'fs';
import * as path from 'path';
import type { InterviewConfig, PersonaId, PracticeQuestion } from '../../../server/src/interview/types';

export const ENGINE_FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'interview', 'engine');

export function engineFixture(name: string): string {
  return readFileSync(path.join(ENGINE_FIXTURES, name), 'utf8');
}

/** The named answers of an `*.answers.md` fixture. */
export function answersFixture(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of engineFixture(name).matchAll(/<!-- ([a-z-]+) -->\n([\s\S]*?)(?=\n<!-- |\s*$)/g)) out[m[1]] = m[2].trim();
  return out;
}

export function documentConfig(name: string, persona: PersonaId = 'neutral', minutes = 45): InterviewConfig {
  return { source: { kind: 'document', text: engineFixture(name), name }, persona, level: 'senior', minutes };
}

/** A clock the test sets: `clock.now` ms. */
export function manualClock(): { now: number; read: () => number } {
  const clock = { now: 1_000_000, read: () => clock.now };
  return clock;
}

export const MINUTE = 60_000;

/** A practice question written for the tests (the bank's own questions may change). */
export const TEST_QUESTION: PracticeQuestion = {
  id: 'test-chat',
  title: 'Test chat',
  prompt: 'Design a group chat.',
  constraints: ['10M daily users', '20,000 messages per second at peak', 'Messages are never lost once acknowledged.'],
  pressurePoints: [
    { gap: 'structure:constraint', question: 'What does the acknowledgement promise the sender?' },
    { gap: 'missing-failure-mode', question: 'A connection server crashes with 40,000 sockets open: what happens to messages in flight?' },
    { gap: 'eventual-consistency-unqualified', question: 'I send from my phone and open my laptop a second later: what do I see?' },
    { gap: 'queue-without-failure-semantics', question: 'The phone resends a message after losing the acknowledgement: what does the recipient see?' },
    { gap: 'missing-operational-metrics', question: 'Which numbers tell you delivery is healthy end to end?' },
    { gap: 'missing-rollout-path', question: 'What ships in week one?' },
  ],
  requirementChange: 'A national event just sent 10x the usual traffic through one region.',
};

export function practiceConfig(persona: PersonaId = 'neutral', minutes = 45): InterviewConfig {
  return { source: { kind: 'practice', questionId: TEST_QUESTION.id }, persona, level: 'senior', minutes };
}

/** A booking flow that checks a table is free, then inserts it, with nothing stopping two diners at once; `extra` follows it. */
export function bookingRaceDocument(extra = ''): string {
  return [
    '# Table reservations',
    '',
    'We will build table booking for 2,000 restaurants.',
    '',
    '## Booking flow',
    '',
    '1. The booking service calls the availability service to check the time is still available and get a free table.',
    '2. The booking service inserts a row in `bookings` with that `table_id`.',
    '',
    extra,
    '',
  ].join('\n');
}
