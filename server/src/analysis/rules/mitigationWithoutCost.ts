// mitigation-without-cost: (in progress) see docs/rules/mitigation-without-cost.md.
import type { Rule } from './rule';

export const mitigationWithoutCost: Rule = {
  id: 'mitigation-without-cost',
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
