// missing-failure-mode: (in progress) see docs/rules/missing-failure-mode.md.
import type { Rule } from './rule';

export const missingFailureMode: Rule = {
  id: 'missing-failure-mode',
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
