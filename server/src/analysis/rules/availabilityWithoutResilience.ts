// availability-without-resilience: (in progress) see docs/rules/availability-without-resilience.md.
import type { Rule } from './rule';

export const availabilityWithoutResilience: Rule = {
  id: 'availability-without-resilience',
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
