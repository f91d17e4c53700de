import * as assert from 'assert';
import { analyseDocument, sourceFindings } from '../../../server/src/interview/analysedText';
import { unflaggedFailoverFindings } from '../../../server/src/interview/interviewFindings';

describe('interview-side findings', () => {
  describe('failover sections the linter lets pass', () => {
    it('asks about each section that designs a failover, not about a goal of high availability', () => {
      const text = [
        '# Leaderboard',
        '',
        '## Goals',
        '',
        'We will serve ranks to 50M players with high availability.',
        '',
        '## Availability',
        '',
        'Redis runs with a replica in another zone and Sentinel for automatic failover. We rebuild from Postgres if both are lost.',
        '',
        '## Write path',
        '',
        'We will write each score to Postgres, then to a Redis sorted set deployed multi-AZ with automatic failover.',
        '',
      ].join('\n');
      const source = analyseDocument(text);
      const sectionOf = (offset: number) => source.doc!.sections.filter((s) => s.start <= offset && offset < s.end).pop()?.heading?.text;
      const flagged = sourceFindings(source).filter((f) => f.rule === 'availability-without-resilience');
      assert.deepStrictEqual(flagged.map((f) => sectionOf(f.data.start)), ['Write path'], 'the linter flags the section leaning on redundancy hardest');
      const added = unflaggedFailoverFindings(source, sourceFindings(source));
      assert.deepStrictEqual(added.map((f) => sectionOf(f.data.start)), [], 'a goal is not a failover to ask about');
    });

    it('a failover the design recovers from ("a stream can recover after e.g. a failover") is not a failover it designs', () => {
      const text = '# Migrations\n\n## Design\n\nWe will track each stream\'s position in a table, so a stream can automatically recover after e.g. a failover.\n';
      const source = analyseDocument(text);
      assert.deepStrictEqual(unflaggedFailoverFindings(source, sourceFindings(source)), []);
    });
  });
});
