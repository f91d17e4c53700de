import * as assert from 'assert';
import type { Finding } from '../../../../server/src/analysis/types';
import { applyFirstRuleFix, assertSingleFinding, findingsFor, readFixture } from '../../../helpers/ruleHarness';

const RULE = 'missing-failure-mode';
const fixture = (name: string) => readFixture(`rules/${RULE}/${name}`);

/** Applies the rule's own quick fix (the first one) and returns the edited text and the inserted text. */
function applyRuleFix(text: string, finding: Finding): { inserted: string; at: number; result: string } {
  const { edit, at, result } = applyFirstRuleFix(text, finding);
  return { inserted: edit.newText, at, result };
}

describe(RULE, () => {
  describe('fires', () => {
    it('on the first component proposed in a design part that never says what breaks', () => {
      const text = fixture('url-shortener-answer.md');
      const f = assertSingleFinding(RULE, text, 10, 'We will store the link mappings in PostgreSQL');
      assert.deepStrictEqual(f.data.missing, ['failure mode']);
      assert.strictEqual(f.data.section, 'High-level design');
      assert.strictEqual(f.data.trigger, 'We will store the link mappings in PostgreSQL');
      assert.match(f.message, /^"We will store the link mappings in PostgreSQL" is proposed without a failure mode: say what breaks/);
      assert.strictEqual(f.severity, 'warning');
    });

    it('on a design doc whose proposal section names no failure (context and alternatives do not count)', () => {
      const text = fixture('notification-service-design.md');
      const f = assertSingleFinding(RULE, text, 13, 'We propose a shared notification service');
      assert.strictEqual(f.data.section, 'Proposal');
    });

    it('reports one finding per top-level part, not one per subsection', () => {
      const text = [
        '# Design a photo service',
        '',
        '## Core components',
        '',
        '### Upload',
        '',
        'We will store the originals in S3 and the metadata in PostgreSQL.',
        '',
        '### Thumbnails',
        '',
        'We will run a worker service that resizes each upload into three sizes.',
        '',
        '## Scaling',
        '',
        'We will put the thumbnails behind a CDN. If the CDN is down, clients load them from S3 directly.',
        '',
      ].join('\n');
      const found = findingsFor(RULE, text);
      assert.deepStrictEqual(
        found.map((f) => [f.range.start.line, f.data.section]),
        [[6, 'Upload']],
      );
    });

    it('on "no single point of failure" and "failover": neither says what breaks (trap)', () => {
      const text = fixture('no-single-point-of-failure.md');
      const f = assertSingleFinding(RULE, text, 8, 'We will keep sessions in a Redis primary');
      assert.strictEqual(f.data.section, 'Design');
    });

    it('when the only failure statement sits in a code block (trap)', () => {
      assertSingleFinding(RULE, fixture('failure-only-in-code.md'), 4, 'We will keep one token bucket');
    });
  });

  describe('is satisfied', () => {
    it('by a failure and its effect in the same part of the design', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('cache-with-failure-modes.md')), []);
    });

    it('by conflicting edits: "their edits conflict when the phone reconnects"', () => {
      const text = "# Cart\n\n## Sync\n\nWe will keep each cart in Postgres and push changes to open devices. If two people change the same item while one is offline, their edits conflict when the phone reconnects.\n";
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('by a race on the same key and cache poisoning: "whichever runner uploads first wins"', () => {
      const text = '# Build cache\n\n## Cache keys\n\nWe will key the action cache by the hash of the declared inputs. Non-hermetic actions produce different outputs for the same key, and whichever runner uploads first wins.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
      const poisoning = '# Build cache\n\n## Writes\n\nWe will let only CI runners on main write to the cache, so an untrusted pull request cannot cause cache poisoning.\n';
      assert.deepStrictEqual(findingsFor(RULE, poisoning), []);
    });

    it('by a command that may not arrive: "may not receive the unlock command", "no cellular signal", "the ack may come back late"', () => {
      for (const failure of ['Sometimes the car may not receive the unlock command.', 'In underground parking there is no cellular signal.', 'The ack may come back late.']) {
        const text = `# Car sharing\n\n## Unlock flow\n\nWe will send the unlock command to the car through the vehicle gateway. ${failure}\n`;
        assert.deepStrictEqual(findingsFor(RULE, text), [], failure);
      }
    });

    it('by a section dedicated to risks', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('dedicated-risks-section.md')), []);
    });

    it('by paraphrases: "becomes unreachable", "if the primary is slow ... give up after 2 seconds"', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('paraphrased-failure.md')), []);
    });

    it('by the plain phrases the contract names: "if Redis is down", "data loss", "retry storm"', () => {
      for (const failure of ['If Redis is down, logins fall back to PostgreSQL.', 'A crash before the flush means data loss.', 'Synchronised client retries can cause a retry storm.']) {
        const text = `# Sessions\n\n## Design\n\nWe will keep sessions in Redis. ${failure}\n`;
        assert.deepStrictEqual(findingsFor(RULE, text), [], failure);
      }
    });
  });

  describe('stays quiet (traps)', () => {
    it('on a reference doc describing an existing system', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('reference-doc.md')), []);
    });

    it('on plan language in clarifying questions, estimates and reading lists', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('requirements-and-reading-list.md')), []);
    });

    it('on choices of model or loss that run no component that could fail', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('model-choice-ml-answer.md')), []);
    });

    it('on a requirement to "add as little latency as possible" (adding no component)', () => {
      const text = [
        '# API gateway',
        '',
        "## What we're building",
        '',
        'A gateway in front of our internal services. It must:',
        '',
        '- authenticate every request,',
        '- add as little latency as possible: under 10 ms p99 of gateway overhead.',
        '',
        '## Design',
        '',
        'Envoy runs behind an NLB. If an Envoy instance crashes, the NLB stops sending it traffic within 10 s.',
        '',
      ].join('\n');
      // Read as a design answer (as the interviewer reads it), where a list item's imperative is a decision.
      assert.deepStrictEqual(findingsFor(RULE, text, { assumeDesign: true }), []);
    });

    it('on a proposal written only in inline code', () => {
      const text = '# Cache\n\n## Design\n\nThe config line `we will use redis` is an example.\n\nWe will decide later.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('quick fix', () => {
    it('inserts a failure-mode scaffold after the proposing paragraph, which counts once filled in', () => {
      const text = fixture('url-shortener-answer.md');
      const [finding] = findingsFor(RULE, text);
      const { inserted, at, result } = applyRuleFix(text, finding);
      assert.strictEqual(inserted, '\n\nFailure mode: ... (what breaks, when, and what users see then)');
      assert.strictEqual(text.slice(0, at).split('\n').length - 1, 11, 'inserted at the end of the paragraph');
      // The unfilled scaffold is not a failure statement yet.
      assert.strictEqual(findingsFor(RULE, result).length, 1);
      const filled = result.replace('Failure mode: ... (what breaks, when, and what users see then)', 'Failure mode: if PostgreSQL is down, redirects for links not in Redis fail with a 503.');
      assert.deepStrictEqual(findingsFor(RULE, filled), []);
    });
  });
  describe('sections about failure', () => {
    const answer = (extra: string) =>
      `# Design a link shortener\n\nWe will build it for 100M links a month.\n\n## Caching\n\nWe will add a Redis cache in front of Cassandra for the redirect path.\n\n${extra}`;

    it('an "Availability" section that only claims multi-AZ does not cover the failure mode', () => {
      const f = assertSingleFinding(RULE, answer('## Availability\n\nEverything is deployed multi-AZ, so there is no single point of failure.\n'), 6, 'We will add a Redis cache');
      assert.deepStrictEqual(f.data.missing, ['failure mode']);
    });

    it('an "Availability" section that says what breaks covers it', () => {
      assert.deepStrictEqual(findingsFor(RULE, answer('## Availability\n\nIf Redis is down, redirects fall back to Cassandra at twice the latency.\n')), []);
    });

    it('a "Risks" section covers it by its heading', () => {
      assert.deepStrictEqual(findingsFor(RULE, answer('## Risks\n\nThe counter service is shared by every API instance.\n')), []);
    });

    it('items under "Future improvements" are not proposals of this design', () => {
      const text = '# Design a link shortener\n\nWe will build it for 100M links a month. If Cassandra is slow, redirects time out.\n\n## Future improvements\n\n- Add a CDN in front of the redirect service.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });
});
