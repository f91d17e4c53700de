import * as assert from 'assert';
import type { Finding, TextEdit } from '../../../../server/src/analysis/types';
import { applyFirstRuleFix, assertSingleFinding, findingsFor, readFixture } from '../../../helpers/ruleHarness';

const RULE = 'availability-without-resilience';
const MISSING = ['a degradation path', 'a fallback behaviour', 'a recovery strategy (RTO/RPO, restore, runbook, reconciliation)'];

const fixture = (name: string) => readFixture(`rules/${RULE}/${name}`);

function applyRuleFix(text: string, finding: Finding): { edit: TextEdit; result: string } {
  return applyFirstRuleFix(text, finding);
}

describe(RULE, () => {
  describe('fires', () => {
    it('on three availability zones and Multi-AZ failover with nothing about what degrades or how it recovers', () => {
      const text = fixture('multi-az-failover.md');
      const f = assertSingleFinding(RULE, text, 8, 'across three availability zones');
      assert.deepStrictEqual(f.data.missing, MISSING);
      assert.match(f.message, /^"across three availability zones" without a degradation path, fallback or recovery strategy/);
      assert.strictEqual(f.data.section, 'Deployment');
    });

    it('on four nines and an active-passive standby', () => {
      const text = fixture('four-nines-standby.md');
      const f = assertSingleFinding(RULE, text, 4, '99.99% availability');
      assert.deepStrictEqual(f.data.missing, MISSING);
    });

    it('on failover alone: failover is the claim, not the recovery strategy', () => {
      const text = '# Queue service\n\n## Deployment\n\nWe will run a primary broker and a standby, with automatic failover between them.\n';
      assertSingleFinding(RULE, text, 4, 'failover');
    });

    it('once per document, in the section that leans on redundancy hardest', () => {
      const text = [
        '# Shop',
        '',
        '## Database',
        '',
        'We will use RDS in Multi-AZ mode.',
        '',
        '## Web tier',
        '',
        'We will put the web servers in multiple availability zones behind a highly available load balancer, active-active, with failover.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 8, 'in multiple availability zones');
      assert.strictEqual(f.data.section, 'Web tier');
    });

    it('in the section devoted to availability when another states a claim as often', () => {
      const text = [
        '# Job scheduler',
        '',
        '## Overview',
        '',
        'We will run millions of cron jobs with high availability.',
        '',
        '## High availability',
        '',
        'If the leader dies, ZooKeeper elects a new one. Kafka and Redis are deployed multi-AZ.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 8, 'multi-AZ');
      assert.strictEqual(f.data.section, 'High availability');
    });

    it('in a section titled for a failure ("Region failure") when another states a claim as often', () => {
      const text = [
        '# Profiles',
        '',
        '## Data placement',
        '',
        'We will run CockroachDB with a multi-region setup and active-active writes in all three regions.',
        '',
        '## Region failure',
        '',
        'If a region fails, DNS health checks move its users, and CockroachDB handles the failover automatically: 99.99% availability.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 8, 'failover');
      assert.strictEqual(f.data.section, 'Region failure');
    });

    it('when "the standby takes over" is the failover itself, not a fallback', () => {
      const text = '# Dispatch\n\n## Reliability\n\nWe will run the dispatcher active-passive on two servers; the standby takes over automatically when the leader\'s lease expires.\n';
      assertSingleFinding(RULE, text, 4, 'active-passive');
    });

    it('when "will keep working" is the redundancy claim itself ("no single point of failure, so the gates will keep working")', () => {
      const text = [
        '# Parking gates',
        '',
        '## Reliability',
        '',
        'We will run the API in two availability zones behind the load balancer, and Postgres is RDS Multi-AZ with automatic failover.',
        'This gives us no single point of failure, so the gates will keep working.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 4, 'in two availability zones');
      assert.strictEqual(f.data.section, 'Reliability');
    });
  });

  describe('is satisfied', () => {
    it('by a read-only degradation path, reconciliation, RTO/RPO and a runbook', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('degradation-plan.md')), []);
    });

    it('by shedding the expensive work first while what matters keeps working', () => {
      const text = [
        '# Log search',
        '',
        '## Availability during incidents',
        '',
        'We will run the cluster across three availability zones, so it survives the loss of a zone.',
        'If the hot tier is overloaded anyway, the query API sheds the expensive work first: searches over 24 hours are rejected. Live tail keeps working throughout.',
        '',
      ].join('\n');
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('not by a "read-only replica": a storage copy is not a read-only mode', () => {
      const text = '# Events\n\n## Availability\n\nWe will create a secondary namespace in another region and fail over to it. We use RA-GRS storage, which creates a read-only replica in another region.\n';
      assertSingleFinding(RULE, text, 4, 'another region');
    });

    for (const degraded of [
      'If a zone goes down, the renderers in the other two zones keep going at two thirds of the rate, so the run finishes about two hours late.',
      'While a zone is down we run at reduced capacity and the monthly run finishes two hours late.',
      'While a zone is down, customers can still download past statements; new ones arrive late.',
    ]) {
      it(`by what still works, in plain words: "${degraded.slice(0, 60)}..."`, () => {
        const text = `# Statements\n\n## Reliability\n\nWe will run the render fleet across three availability zones. ${degraded}\n`;
        assert.deepStrictEqual(findingsFor(RULE, text), []);
      });
    }

    it('by a fallback to a cached list', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('fallback-cache.md')), []);
    });
  });

  describe('traps', () => {
    it('does not fire on an availability target under "SLOs" (a target the design answers, like a requirement)', () => {
      const text = '# CI analytics\n\nWe will build test-result analytics for 4,000 repositories.\n\n## 8. SLOs\n\n- Ingest API availability 99.9%; CI plugins buffer reports locally for 24 h if it is down.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('does not fire on a floor split into four zones (partitioning, not redundancy)', () => {
      const text = '# Warehouse robots\n\n## Traffic\n\nWe will split the floor into four zones, each with its own traffic manager.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('does not fire on "eventually consistent across regions" (a consistency statement, not redundancy)', () => {
      const text = '# Build cache\n\n## Multi-region\n\nWe will replicate writes asynchronously with S3 Cross-Region Replication, so the cache is eventually consistent across regions.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('does not fire on requirements ("Service has high availability", "99.9% availability")', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-requirements.md')), []);
    });

    it('does not fire on negated claims, data redundancy or settings in code', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-negated-and-false-friends.md')), []);
    });

    it('does not fire on a background section or link-only reading lists', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-links-and-background.md')), []);
    });

    it('does not fire on "no single point of failure" phrasing or 99.9% latency targets', () => {
      const text = '# API\n\n## Goals\n\nWe will remove every single point of failure. 99.9% of requests should finish within 200 ms.\n';
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('quick fix', () => {
    it('inserts degradation, fallback and recovery lines after the paragraph, which satisfy the rule', () => {
      const text = fixture('multi-az-failover.md');
      const [finding] = findingsFor(RULE, text);
      const { edit, result } = applyRuleFix(text, finding);
      assert.strictEqual(edit.range.start.line, 9, 'end of the paragraph holding the claim');
      assert.deepStrictEqual(
        edit.newText.split('\n').filter(Boolean).map((l) => l.split(':')[0]),
        ['Degradation', 'Fallback', 'Recovery'],
      );
      assert.ok(result.includes('does not take bookings down.\n\nDegradation: while ... is down'));
      assert.deepStrictEqual(findingsFor(RULE, result), []);
    });
  });
});
