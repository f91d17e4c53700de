// The registry of rules. Adding a rule is adding its module here and its page under docs/rules/.
import { eventualConsistencyUnqualified } from './eventualConsistencyUnqualified';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [eventualConsistencyUnqualified];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
