// queue-without-failure-semantics: (in progress) see docs/rules/queue-without-failure-semantics.md.
import type { Rule } from './rule';

export const queueWithoutFailureSemantics: Rule = {
  id: 'queue-without-failure-semantics',
  description: 'TODO',
  defaultSeverity: 'warning',
  tags: [],
  why: '',
  stronger: '',
  check() {
    return [];
  },
  fixes() {
    return [];
  },
};
