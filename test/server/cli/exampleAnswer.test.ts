// The README's main job: `tradeoff check examples/answer.md` prints real diagnostics on the shipped example.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { ROOT, buildCli, lineColOf, runCli } from './cliHarness';

describe('cli: the shipped example answer (README first command)', function () {
  this.timeout(60000);
  before(buildCli);

  it('exits 1 and points at the weak spots a reviewer would raise', () => {
    const run = runCli(['check', 'examples/answer.md'], ROOT);
    assert.strictEqual(run.code, 1);
    const text = readFileSync(path.join(ROOT, 'examples', 'answer.md'), 'utf8');
    const at = (needle: string) => {
      const { line, col } = lineColOf(text, needle);
      return `examples/answer.md:${line}:${col}`;
    };
    const lines = run.stdout.trim().split('\n');
    const expectLine = (prefix: string, rule: string) =>
      assert.ok(lines.some((l) => l.startsWith(`${prefix} `) && l.includes(` ${rule} `)), `${rule} at ${prefix}\n${run.stdout}`);
    expectLine(at('eventually consistent'), 'eventual-consistency-unqualified');
    expectLine(at('Kafka. Spark'), 'queue-without-failure-semantics');
    expectLine(at('multi-AZ'), 'availability-without-resilience');
    expectLine(at('improvements\n'), 'unprioritized-improvements');
    expectLine(at('Nginx at the edge'), 'unjustified-components');
    expectLine(at('add a Redis cache'), 'mitigation-without-cost');
    expectLine(at('We shard the links table'), 'missing-failure-mode');
    expectLine(at('Design a URL shortener'), 'missing-operational-metrics');
    expectLine(at('Design a URL shortener'), 'missing-rollout-path');
    assert.match(run.stderr, /\d+ problems \(\d+ warnings, \d+ information\) in 1 file/);
  });
});
