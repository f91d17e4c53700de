// `tradeoff rules`: every rule with its default severity and one-line description.
import { RULES } from '../analysis/rules';
import { docsUrl } from '../analysis/rules/rule';

export function listRules(format: 'text' | 'json'): string {
  if (format === 'json') {
    const rules = RULES.map((r) => ({ id: r.id, severity: r.defaultSeverity, description: r.description, docs: docsUrl(r.id) }));
    return `${JSON.stringify({ version: 1, rules }, null, 2)}\n`;
  }
  const idWidth = Math.max(...RULES.map((r) => r.id.length));
  const severityWidth = Math.max(...RULES.map((r) => r.defaultSeverity.length));
  return RULES.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(severityWidth)}  ${r.description}\n`).join('');
}
