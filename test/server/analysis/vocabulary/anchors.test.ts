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
    assert.deepStrictEqual(anchorsOf('\\ba\\s+\\w+')?.words, ['a']);
  });

  it('anchors a word followed by known words on the pair, wherever the next word is spelled', () => {
    // The next word in this sequence, in a group of alternatives, or after the group the word ends.
    assert.deepStrictEqual(anchorsOf('\\ba\\s+(?:hot|busy)')?.pairs, [{ first: 'a', second: 'hot' }, { first: 'a', second: 'busy' }]);
    assert.deepStrictEqual(anchorsOf('\\b(?:for|with)\\s+redundancy\\b')?.pairs, [{ first: 'for', second: 'redundancy' }, { first: 'with', second: 'redundancy' }]);
    // An optional word: either it or the word after it comes next.
    assert.deepStrictEqual(anchorsOf('\\bto\\s+(?:further\\s+)?(?:cut|lower)')?.pairs.map((p) => p.second).sort(), ['cut', 'further', 'lower']);
    // A one-letter next word still narrows the candidates down; an unknown one does not.
    assert.deepStrictEqual(anchorsOf('\\bin\\s+(?:2|two)\\s+zones')?.pairs, [{ first: 'in', second: '2' }, { first: 'in', second: 'two' }]);
    assert.deepStrictEqual(anchorsOf('\\bto\\s+[a-z]+')?.words, ['to']);
  });

  it('pairs a word with the words after a gap that each alternative of the next group starts with', () => {
    assert.deepStrictEqual(anchorsOf("\\bwe(?:\\s+(?:will|can)|['’](?:ll|d))\\s+go")?.pairs.map((p) => p.second), ['will', 'can', 'll', 'd']);
    assert.deepStrictEqual(anchorsOf('\\bwe(?:\\s+will|[a-z]+)')?.pairs, [], 'an alternative without a gap keeps the word alone');
  });

  it('runs a group\'s word on into the letters that follow the group', () => {
    assert.deepStrictEqual(anchorsOf("\\b(?:is|does)n['’]t\\s+\\w+")?.prefixes, ['isn', 'doesn']);
  });

  it('anchors a word run together with or apart from the next on both forms', () => {
    // Apart, only white space or a hyphen can stand between: a pair. Any other character: the word alone.
    assert.deepStrictEqual(anchorsOf('\\bread[\\s-]?heavy'), { prefixes: ['readheavy'], words: [], pairs: [{ first: 'read', second: 'heavy' }], digit: false });
    assert.deepStrictEqual(anchorsOf('\\bre\\/?play'), { prefixes: ['replay'], words: ['re'], pairs: [], digit: false });
  });

  it('stops the prefix before an optional character', () => {
    assert.deepStrictEqual(anchorsOf('\\bcolou?r')?.prefixes, ['colo']);
  });

  it('anchors each alternative of a group, and a literal followed by a group on their concatenations', () => {
    assert.deepStrictEqual(anchorsOf('\\b(?:at most|within)\\s*\\d')?.prefixes.sort(), ['within']);
    assert.deepStrictEqual(anchorsOf('\\b(?:at most|within)\\s*\\d')?.pairs, [{ first: 'at', second: 'most' }]);
    assert.deepStrictEqual(anchorsOf('\\bre(?:play|process)')?.prefixes, ['replay', 'reprocess']);
  });

  it('uses a digit anchor for patterns that start with any number, the literal digits for a given one', () => {
    assert.deepStrictEqual(anchorsOf('\\b\\d+\\s*ms'), { prefixes: [], words: [], pairs: [], digit: true });
    assert.deepStrictEqual(anchorsOf('\\b5xx'), { prefixes: ['5xx'], words: [], pairs: [], digit: false });
    assert.deepStrictEqual(anchorsOf('\\b99\\.9\\d*\\s*%'), { prefixes: [], words: ['99'], pairs: [], digit: false });
  });

  it('runs a word on into a digit ("p\\d{2,3}"): ten prefixes, not every word starting with the letter', () => {
    assert.deepStrictEqual(anchorsOf('\\bp\\d{2,3}\\b')?.prefixes, ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    assert.deepStrictEqual(anchorsOf('\\bv\\d?x')?.prefixes, ['v']);
  });

  it('anchors what follows a leading look-behind, which consumes nothing', () => {
    assert.deepStrictEqual(anchorsOf('(?<=\\b(?:app|client)\\s+)\\bqueues\\b'), { prefixes: [], words: ['queues'], pairs: [], digit: false });
    assert.deepStrictEqual(anchorsOf('(?<!x)\\bfoo'), { prefixes: ['foo'], words: [], pairs: [], digit: false });
  });

  it('refuses what it cannot anchor: no leading boundary, optional groups, classes, look-aheads', () => {
    assert.strictEqual(anchorsOf('foo'), null);
    assert.strictEqual(anchorsOf('\\b(?:foo)?bar'), null);
    assert.strictEqual(anchorsOf('\\b[Pp]99'), null);
    assert.strictEqual(anchorsOf('(?<=x)foo'), null);
    assert.strictEqual(anchorsOf('(?=foo)\\bfoo'), null);
  });
});
