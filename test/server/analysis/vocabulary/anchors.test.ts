import * as assert from 'assert';
import { anchorsOf, groupEnd, splitTopLevel } from '../../../../server/src/analysis/vocabulary/anchors';

describe('vocabulary/anchors', () => {
  it('splits at top-level bars only (not in groups, classes or escapes)', () => {
    assert.deepStrictEqual(splitTopLevel('a|(b|c)|[|]|d\\|e'), ['a', '(b|c)', '[|]', 'd\\|e']);
  });

  it('finds the end of a group, skipping classes and escapes', () => {
    assert.strictEqual(groupEnd('(?:a(b)[)]\\))x', 0), 13);
    assert.strictEqual(groupEnd('(?:a', 0), -1);
  });

  it('anchors a bounded literal on its word prefix', () => {
    assert.deepStrictEqual(anchorsOf('\\breplica'), { prefixes: ['replica'], words: [], pairs: [], digit: false });
    // A word the expression ends (\\s, \\b) is anchored whole: "a" then does not catch "and".
    assert.deepStrictEqual(anchorsOf('\\ba\\s+(?:hot|busy)')?.words, ['a']);
  });

  it('stops the prefix before an optional character', () => {
    assert.deepStrictEqual(anchorsOf('\\bcolou?r')?.prefixes, ['colo']);
  });

  it('anchors each alternative of a group, and a literal followed by a group on their concatenations', () => {
    assert.deepStrictEqual(anchorsOf('\\b(?:at most|within)\\s*\\d')?.prefixes.sort(), ['within']);
    assert.deepStrictEqual(anchorsOf('\\b(?:at most|within)\\s*\\d')?.pairs, [{ first: 'at', second: 'most' }]);
    assert.deepStrictEqual(anchorsOf('\\bre(?:play|process)')?.prefixes, ['replay', 'reprocess']);
  });

  it('uses a digit anchor for patterns that start with a number', () => {
    assert.deepStrictEqual(anchorsOf('\\b\\d+\\s*ms'), { prefixes: [], words: [], pairs: [], digit: true });
  });

  it('refuses what it cannot anchor: no leading boundary, optional groups, classes, look-arounds', () => {
    assert.strictEqual(anchorsOf('foo'), null);
    assert.strictEqual(anchorsOf('\\b(?:foo)?bar'), null);
    assert.strictEqual(anchorsOf('\\b[Pp]99'), null);
    assert.strictEqual(anchorsOf('(?<!x)\\bfoo'), null);
  });
});
