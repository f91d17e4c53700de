// unprioritized-improvements: (in progress) see docs/rules/unprioritized-improvements.md.
import type { Rule } from './rule';

export const unprioritizedImprovements: Rule = {
  id: 'unprioritized-improvements',
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
