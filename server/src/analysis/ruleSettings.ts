// Resolves the enabled flag and severity of every rule from its default and the user's overrides.
import { SEVERITIES, type AnalyzeOptions, type RuleSetting, type Severity } from './types';
import type { Rule } from './rules/rule';

export function resolveRuleSetting(rule: Rule, options: AnalyzeOptions): Required<RuleSetting> {
  const o = options.rules?.[rule.id];
  if (o === undefined || o === true) return { enabled: true, severity: rule.defaultSeverity };
  if (o === false || o === 'off') return { enabled: false, severity: rule.defaultSeverity };
  if (typeof o === 'string') return { enabled: true, severity: SEVERITIES.includes(o) ? o : rule.defaultSeverity };
  const severity: Severity = o.severity && SEVERITIES.includes(o.severity) ? o.severity : rule.defaultSeverity;
  return { enabled: o.enabled !== false, severity };
}
