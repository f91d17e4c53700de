import * as assert from 'assert';
import * as fc from 'fast-check';
import { isNegated, rejectionsFromMatches, scannedRejections } from '../../../../server/src/analysis/concepts/negation';

// The reference: every clause break and rejecting phrase of the text found up front by scanning it whole, and
// each mention checked against those lists (the looked-up-when-needed version must answer the same).
const CLAUSE_BREAK = /[;:,()—–]|\b(?:but|while|whereas|although|though|however|yet|so|and then|because|since)\b/gi;
const CUES = /\b(?:not|no|never|avoid)\b/gi;
// No \b in front: like the built-in rejecting phrases, these can start inside a word ("this is not ok").
const REJECTION = /(?:is|are|be)\s+(?:not|never)\s+(?:yet\s+)?(?:ok|needed|an option)\b|(?:won't|does not)\s+(?:work|help)\b/gi;

function scan(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Flat chunk matches [start, end, sentence, negated] as the matcher keeps them. */
function flat(spans: Array<[number, number]>): number[] {
  return spans.flatMap(([s, e]) => [s, e, 0, 0]);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 160;
}

function referenceIsNegated(text: string, sentence: { start: number; end: number }, at: number, end: number): boolean {
  const breaks = scan(CLAUSE_BREAK, text);
  const cues = scan(CUES, text);
  const lookFrom = Math.max(sentence.start, at - 160);
  let from = lookFrom;
  for (let b = breaks.length - 1; b >= 0; b--) {
    if (breaks[b][0] >= at) continue;
    if (breaks[b][0] < lookFrom) break;
    if (breaks[b][1] <= at) {
      from = breaks[b][1];
      break;
    }
  }
  let windowStart = at;
  let words = 0;
  for (let i = at - 1; i >= from; i--) {
    if (!isSpace(text.charCodeAt(i)) && (i === from || isSpace(text.charCodeAt(i - 1)))) {
      windowStart = i;
      if (++words === 6) break;
    }
  }
  if (cues.some(([s, e]) => s >= windowStart && s < at && e <= at)) return true;
  let p = end;
  const limit = Math.min(sentence.end, end + 120);
  while (p < limit && isSpace(text.charCodeAt(p))) p++;
  if (p >= limit) return false;
  // The phrase starts right after the mention; a break word inside it ("is not yet ok") is part of it.
  const rejection = scan(REJECTION, text).find(([s]) => s >= p);
  return rejection !== undefined && rejection[0] === p && rejection[1] <= limit;
}

describe('concepts/negation', () => {
  it('negates after a cue in the same clause and before a rejecting phrase, not across a clause break', () => {
    const text = 'We avoid a queue here, but a cache is fine. A lock is not an option; sharding is not needed; a fallback is not yet ok.';
    const sentence = { start: 0, end: text.length };
    const cues = flat(scan(CUES, text));
    const rejections = scannedRejections(text, REJECTION, new RegExp(REJECTION.source, 'iy'));
    const negated = (word: string) => {
      const at = text.indexOf(word);
      return isNegated(text, sentence, at, at + word.length, cues, rejections);
    };
    assert.deepStrictEqual(['queue', 'cache', 'lock', 'sharding', 'fallback'].map(negated), [true, false, true, true, true]);
  });

  it('finds a rejecting phrase where the scan of the whole chunk does, and only there', () => {
    const text = 'this is not ok. X is not ok, analysis not needed; Y won\'t work and does not help.';
    const eager = rejectionsFromMatches(flat(scan(REJECTION, text)));
    const lazy = scannedRejections(text, new RegExp(REJECTION.source, 'gi'), new RegExp(REJECTION.source, 'iy'));
    for (let at = 0; at < text.length; at++) assert.strictEqual(lazy.endAt(at), eager.endAt(at), `at ${at}`);
  });

  it('answers as the lists found up front do, for any text of cues, breaks, phrases and words', () => {
    const piece = fc.constantFrom(
      'not', 'No', 'never', 'avoid', 'is not ok', 'is not yet ok', 'this is not needed', 'yet', 'are never an option', "won't work", 'does not help',
      'but', 'so', 'and then', 'AND Then', 'then', 'although', 'Because', ',', ';', '(', ')', '—', '–', 'queue', 'cache', 'thisis', 'be', 'x', '_so', ' ', '  ', '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.nat(), (pieces, seed) => {
        const text = pieces.join(' ');
        const cues = flat(scan(CUES, text));
        // One lazy lookup per text, its queries in any order (mentions of several concepts share it).
        const rejections = scannedRejections(text, new RegExp(REJECTION.source, 'gi'), new RegExp(REJECTION.source, 'iy'));
        const words = [...text.matchAll(/\w+/g)];
        const start = seed % (text.length + 1);
        const sentence = { start: Math.min(start, text.length), end: text.length };
        for (const k of words.map((_, i) => (i * 7 + seed) % words.length)) {
          const m = words[k];
          if (m.index! < sentence.start) continue;
          const at = m.index!;
          const end = at + m[0].length;
          assert.strictEqual(isNegated(text, sentence, at, end, cues, rejections), referenceIsNegated(text, sentence, at, end), `${JSON.stringify(text)} at ${at}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});
