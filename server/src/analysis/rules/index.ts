// The registry of rules. Adding a rule is adding its module here and its page under docs/rules/.
import { eventualConsistencyUnqualified } from './eventualConsistencyUnqualified';
import { queueWithoutFailureSemantics } from './queueWithoutFailureSemantics';
import { shardBeforeHotspot } from './shardBeforeHotspot';
import { availabilityWithoutResilience } from './availabilityWithoutResilience';
import { missingOperationalMetrics } from './missingOperationalMetrics';
import { unprioritizedImprovements } from './unprioritizedImprovements';
import { missingRolloutPath } from './missingRolloutPath';
import { missingFailureMode } from './missingFailureMode';
import { mitigationWithoutCost } from './mitigationWithoutCost';
import { unjustifiedComponents } from './unjustifiedComponents';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  eventualConsistencyUnqualified,
  queueWithoutFailureSemantics,
  shardBeforeHotspot,
  availabilityWithoutResilience,
  missingOperationalMetrics,
  unprioritizedImprovements,
  missingRolloutPath,
  missingFailureMode,
  mitigationWithoutCost,
  unjustifiedComponents,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
