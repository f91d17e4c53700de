// missing-operational-metrics: (in progress) see docs/rules/missing-operational-metrics.md.
import type { Rule } from './rule';

export const missingOperationalMetrics: Rule = {
  id: 'missing-operational-metrics',
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
