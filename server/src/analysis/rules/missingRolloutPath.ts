// missing-rollout-path: (in progress) see docs/rules/missing-rollout-path.md.
import type { Rule } from './rule';

export const missingRolloutPath: Rule = {
  id: 'missing-rollout-path',
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
