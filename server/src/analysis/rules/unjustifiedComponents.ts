// unjustified-components: (in progress) see docs/rules/unjustified-components.md.
import type { Rule } from './rule';

export const unjustifiedComponents: Rule = {
  id: 'unjustified-components',
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
