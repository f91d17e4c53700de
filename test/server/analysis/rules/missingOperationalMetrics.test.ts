import * as assert from 'assert';
import { analyze } from '../../../../server/src/analysis';
import type { TextEdit } from '../../../../server/src/analysis';
import { applyFirstRuleFix, assertSingleFinding, findingsFor, readFixture } from '../../../helpers/ruleHarness';

const RULE = 'missing-operational-metrics';
const fixture = (name: string) => readFixture(`rules/${RULE}/${name}`);
const MISSING = ['an operational metric (p99 latency, queue depth or consumer lag, saturation, error rate, a QPS figure)'];

/** Applies the rule's own (first) quick fix to the text. */
function applyRuleFix(text: string): { fixed: string; edit: TextEdit } {
  const finding = findingsFor(RULE, text)[0];
  const { fix, edit, result } = applyFirstRuleFix(text, finding);
  assert.match(fix.title, /Operational metrics/);
  return { fixed: result, edit };
}

describe(RULE, () => {
  describe('fires on a design that names no operational metric', () => {
    it('points at the first heading when the design only promises to "monitor it" and "add dashboards"', () => {
      const text = fixture('positive-monitor-it.md');
      const f = assertSingleFinding(RULE, text, 0, 'Design a URL shortener');
      assert.deepStrictEqual(f.data.missing, MISSING);
      assert.strictEqual(f.severity, 'information');
      assert.match(f.message, /talks about "traffic" but names no operational metric/);
    });

    it('points at the first line of a document without headings', () => {
      const text = fixture('positive-no-headings.md');
      const f = assertSingleFinding(RULE, text, 0, text.split('\n')[0]);
      assert.deepStrictEqual(f.data.missing, MISSING);
    });
  });

  describe('is satisfied by a concrete metric', () => {
    for (const name of ['clean-p99-and-lag.md', 'clean-qps-figure.md']) {
      it(name, () => {
        const text = fixture(name);
        assert.strictEqual(analyze(text).structure.isDesignProposal, true, 'the fixture must be a design proposal');
        assert.deepStrictEqual(findingsFor(RULE, text), []);
      });
    }
  });

  describe('traps', () => {
    it('"99% of requests within 50 ms" is a p99', () => {
      const text = fixture('trap-99-percent-paraphrase.md');
      assert.strictEqual(analyze(text).structure.isDesignProposal, true);
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('load stated as rates ("~24 million events per day") or a peak season is load to measure', () => {
      const text = [
        '# Parcel tracking',
        '',
        '## Estimates',
        '',
        '- Around 3 million parcels per day, each scanned about 8 times.',
        '',
        '## Design',
        '',
        'We will publish every scan to Kafka and keep the events in Cassandra. We will have dashboards for each service.',
        '',
      ].join('\n');
      const f = assertSingleFinding(RULE, text, 0, 'Parcel tracking');
      assert.match(f.message, /talks about "3 million parcels per day"/);
      const season = text.replace('Around 3 million parcels per day, each scanned about 8 times.', 'It must keep up in peak season.');
      assert.match(assertSingleFinding(RULE, season, 0, 'Parcel tracking').message, /talks about "peak season"/);
      // A duration is no rate: "kept for 2 years" is not load.
      assert.deepStrictEqual(findingsFor(RULE, text.replace('Around 3 million parcels per day, each scanned about 8 times.', 'Scans are kept for 2 years.')), []);
      // A time of day is no figure: "At 14:00 a second run sends a nudge" is not "00 a second".
      assert.deepStrictEqual(findingsFor(RULE, text.replace('Around 3 million parcels per day, each scanned about 8 times.', 'At 14:00 a second run sends a nudge.')), []);
    });

    it('"iterator age" is consumer lag', () => {
      const text = fixture('trap-iterator-age-paraphrase.md');
      assert.strictEqual(analyze(text).structure.isDesignProposal, true);
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });

    it('a metric only in a code block, inline code or an HTML comment does not count', () => {
      const text = fixture('trap-metric-only-in-code.md');
      assertSingleFinding(RULE, text, 0, 'Image thumbnails');
    });

    it('a negated metric ("we do not track p99 latency or queue depth") does not count', () => {
      const text = fixture('trap-negated-metric.md');
      const f = assertSingleFinding(RULE, text, 0, 'Invoice export');
      assert.match(f.message, /talks about "The load"/);
    });

    it('a figure in a clarifying question ("Latency requirements - 200 ms?") is not a metric', () => {
      const text = [
        '# Design a video recommendation system',
        '',
        '## Clarifying questions',
        '',
        '- Latency requirements - 200 ms?',
        '- How many users? 100 million DAU',
        '',
        '## Design',
        '',
        'We will use a two-stage funnel so that ranking meets the latency requirements, and we will scale',
        'the candidate generators horizontally.',
        '',
      ].join('\n');
      assert.strictEqual(analyze(text).structure.isDesignProposal, true);
      const f = assertSingleFinding(RULE, text, 0, 'Design a video recommendation system');
      assert.strictEqual(f.data.loadMention, 'latency');
      assert.deepStrictEqual(findingsFor(RULE, text.replace('200 ms?', '200 ms at p99.')), []);
    });

    it('a reference document describing an existing system is not a design proposal', () => {
      assert.deepStrictEqual(findingsFor(RULE, fixture('trap-reference-doc.md')), []);
    });

    it('a proposal that never discusses load, latency or scale has nothing to measure', () => {
      const text = [
        '# Proposal: rename the config keys',
        '',
        'We propose to rename the `cache_ttl` key to `cacheTtl` in the next release. We will accept both',
        'spellings for two releases and print a warning for the old one.',
        '',
      ].join('\n');
      assert.strictEqual(analyze(text).structure.isDesignProposal, true);
      assert.deepStrictEqual(findingsFor(RULE, text), []);
    });
  });

  describe('quick fix', () => {
    it('appends an "Operational metrics" section after the existing operations section', () => {
      const text = fixture('positive-monitor-it.md');
      const { fixed } = applyRuleFix(text);
      assert.ok(fixed.startsWith(text), 'the section goes after the Operations section, at the end');
      assert.match(fixed.slice(text.length), /^\n## Operational metrics\n\n- p99 latency of \.\.\.: alert above \.\.\. ms\n/);
      assert.deepStrictEqual(findingsFor(RULE, fixed), [], 'the scaffold names the metrics to fill in');
    });

    it('goes before trailing back matter such as "Further reading"', () => {
      const text = fixture('positive-monitor-it.md').replace('## Operations', '## Launch') + '\n## Further reading\n\n- [Bitly engineering blog](https://example.com/blog)\n';
      const { fixed } = applyRuleFix(text);
      const section = fixed.indexOf('## Operational metrics');
      assert.ok(section > 0 && section < fixed.indexOf('## Further reading'), 'inserted before "Further reading"');
      assert.match(fixed, /on-call engineer when something looks wrong\.\n\n## Operational metrics\n\n[^]*\n\n## Further reading/);
    });

    it('uses a second-level heading at the end of a document without headings', () => {
      const text = fixture('positive-no-headings.md');
      const { fixed } = applyRuleFix(text);
      assert.match(fixed.slice(text.length), /^\n## Operational metrics\n\n- p99 latency/);
    });
  });
});
