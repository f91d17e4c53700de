// The extension manifest (package.json) against the code: rule ids, commands, settings, packaged files.
import { strict as assert } from 'assert';
import { existsSync, readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { RULES } from '../../server/src/analysis/rules';

const ROOT = path.join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const clientSource = readdirSync(path.join(ROOT, 'client', 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8'))
  .join('\n');

/** Whether .vscodeignore keeps `file` in the VSIX (last matching pattern wins, `!` re-includes). */
function packaged(file: string): boolean {
  const patterns = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  let kept = true;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    if (picomatch(negated ? p.slice(1) : p, { dot: true })(file)) kept = negated;
  }
  return kept;
}

describe('client/manifest', () => {
  it('activates on markdown (and to restore an interview panel) and starts from the bundled extension', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onWebviewPanel:tradeoff.interview']);
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.engines.vscode, '^1.91.0');
  });

  it('offers a per-rule setting for exactly the registered rules', () => {
    const ruleSettings = Object.keys(contributes.configuration.properties['tradeoff.rules'].properties).sort();
    assert.deepEqual(ruleSettings, RULES.map((r) => r.id).sort());
  });

  it('names every setting under tradeoff. with a description and a scope', () => {
    for (const [key, schema] of Object.entries<Record<string, unknown>>(contributes.configuration.properties)) {
      assert.match(key, /^tradeoff\./);
      assert.ok(schema.description || schema.markdownDescription, `${key} has no description`);
      assert.ok(['resource', 'window', 'application', 'machine', 'machine-overridable', 'language-overridable'].includes(schema.scope as string), `${key} has no valid scope`);
    }
  });

  it('registers in the client every command it contributes, all under the Tradeoff category', () => {
    for (const command of contributes.commands) {
      assert.equal(command.category, 'Tradeoff');
      assert.ok(clientSource.includes(`registerCommand('${command.command}'`), `${command.command} is contributed but never registered`);
    }
  });

  it('supports Restricted Mode in a limited way', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.untrustedWorkspaces.description.length > 20);
  });

  it('packages every file the manifest points at, and no sources, tests or node_modules', () => {
    const referenced = [
      manifest.main,
      manifest.icon,
      'dist/server.js',
      ...contributes.jsonValidation.map((j: { url: string }) => j.url),
      ...(contributes.grammars ?? []).map((g: { path: string }) => g.path),
      ...(contributes.snippets ?? []).map((s: { path: string }) => s.path),
      ...RULES.map((r) => `docs/rules/${r.id}.md`),
    ].map((f: string) => f.replace(/^\.\//, ''));
    for (const file of referenced) {
      assert.ok(packaged(file), `${file} is referenced but excluded by .vscodeignore`);
      if (file !== 'dist/server.js' && file !== 'dist/extension.js') assert.ok(existsSync(path.join(ROOT, file)), `${file} does not exist`);
    }
    for (const file of ['node_modules/markdown-it/index.js', 'server/src/server.ts', 'client/src/extension.ts', 'test/client/manifest.test.ts', 'dist/server.js.map', 'tsconfig.json']) {
      assert.ok(!packaged(file), `${file} would be packaged`);
    }
  });
});
