// Builds the JSON schema of .tradeoff.jsonc from the rule registry and the built-in vocabulary, so the
// editor completes rule ids and concept ids. `npx tsx server/src/config/configSchema.ts` rewrites
// tradeoff.schema.json; a test fails when the file is out of date.
import { writeFileSync } from 'fs';
import * as path from 'path';
import { RULES } from '../analysis/rules';
import { docsUrl } from '../analysis/rules/rule';
import { SEVERITIES } from '../analysis/types';
import { BUILTIN_CONCEPTS } from '../analysis/vocabulary';

export const SCHEMA_FILE = path.join(__dirname, 'tradeoff.schema.json');

export function configSchema(): Record<string, unknown> {
  const severity = { enum: [...SEVERITIES], description: 'How the editor and the CLI report the rule.' };
  const ruleSetting = (description: string, defaultSeverity: string) => ({
    description: `${description} Default: ${defaultSeverity}.`,
    oneOf: [
      { enum: ['off'], description: 'Disable the rule.' },
      severity,
      { type: 'boolean', description: 'true enables the rule with its default severity; false disables it.' },
      {
        type: 'object',
        properties: { enabled: { type: 'boolean' }, severity },
        additionalProperties: false,
      },
    ],
  });
  const sortedConcepts = Object.keys(BUILTIN_CONCEPTS).sort();
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/tradeoff-dev/tradeoff/blob/main/server/src/config/tradeoff.schema.json',
    title: 'Tradeoff configuration (.tradeoff.jsonc)',
    description: 'Repository settings for Tradeoff, found by walking up from each document. JSON with comments and trailing commas.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Config file(s) to start from, relative to this file; settings here override them (later entries win).',
        oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
      },
      rules: {
        description: 'Per-rule settings: "off", a severity, true/false, or {"enabled", "severity"}.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          RULES.map((r) => [r.id, { ...ruleSetting(r.description, r.defaultSeverity), markdownDescription: `${r.description} Default: \`${r.defaultSeverity}\`. [Docs](${docsUrl(r.id)})` }]),
        ),
      },
      vocabulary: {
        description: 'Extra terms per concept id, in the same syntax as the built-in lists (a trailing * matches any word ending; plurals match automatically; capitalised acronyms match case-sensitively).',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          sortedConcepts.map((id) => [id, { description: BUILTIN_CONCEPTS[id].description, type: 'array', items: { type: 'string', pattern: '[A-Za-z0-9]' } }]),
        ),
      },
      ignore: {
        description: 'Globs of documents not to analyse, relative to this file\'s directory (.gitignore style: a glob without "/" matches at any depth; "!glob" re-includes).',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      maxFileSize: {
        description: 'Documents larger than this are skipped: a number of bytes or a size such as "2MB" or "512 KB" (1 KB = 1024 bytes). Default "2MB".',
        oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$' }],
      },
    },
  };
}

/** The schema as written to disk (2-space JSON with a final newline). */
export function configSchemaText(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, configSchemaText());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
