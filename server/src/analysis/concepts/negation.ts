// Whether a mention is negated: a cue stands within a few words before it in the same clause ("we avoid a
// queue"), or a rejecting phrase follows it directly ("a queue is not an option"). Per chunk, the cue matches
// are found once; clause breaks and rejecting phrases are looked for only around the few mentions that need
// them, since most mentions have no cue near them at all.
import { lowerBound, lowerBoundMatch, STRIDE } from './flatMatches';

/** Clause boundaries: a negation before one of these does not reach past it. */
const CLAUSE_BREAK = /[;:,()—–]|\b(?:but|while|whereas|although|though|however|yet|so|and then|because|since)\b/gi;
// No two clause breaks can overlap (single characters, and whole words none of which holds another at a word
// start), so the breaks a scan from any offset finds are exactly the whole chunk's breaks from that offset on.
const NEGATION_WINDOW_WORDS = 6;
const LOOK_BEHIND_CHARS = 160;
const LOOK_AHEAD_CHARS = 120;

/** Flat matches in one chunk: [start, end, sentence, negated (0/1)] per match, in text order. */
type ChunkMatches = ArrayLike<number>;

/** Where rejecting phrases start in a chunk, and where they end. */
export interface Rejections {
  /** End of the rejecting phrase the chunk's matches have at `at`, or -1. */
  endAt(at: number): number;
}

/** Rejecting phrases given as the chunk's matches (the general case). */
export function rejectionsFromMatches(matches: ChunkMatches): Rejections {
  return {
    endAt(at) {
      const c = lowerBoundMatch(matches, at);
      return c < matches.length && matches[c] === at ? matches[c + 1] : -1;
    },
  };
}

/**
 * Rejecting phrases of one expression scanned over the chunk (`global`), looked up without scanning the whole
 * chunk: the scan finds a phrase at an offset exactly when the phrase matches there (`sticky`, the same
 * expression) and no phrase found before it covers that offset, so the scan is run only up to the rare
 * offsets where the phrase matches, and only once per chunk.
 */
export function scannedRejections(text: string, global: RegExp, sticky: RegExp): Rejections {
  const starts: number[] = [];
  const ends: number[] = [];
  let scanned = 0; // the scan's lastIndex
  let done = false;
  return {
    endAt(at) {
      sticky.lastIndex = at;
      if (!sticky.test(text) || sticky.lastIndex === at) return -1;
      // The scan (as a global exec() loop over the chunk) until it has passed `at`.
      while (!done && (starts.length === 0 || starts[starts.length - 1] < at)) {
        global.lastIndex = scanned;
        const m = global.exec(text);
        if (!m) {
          done = true;
          break;
        }
        if (m[0].length === 0) {
          scanned = m.index + 1;
          continue;
        }
        starts.push(m.index);
        ends.push(m.index + m[0].length);
        scanned = m.index + m[0].length;
      }
      const i = lowerBound(starts, at);
      return i < starts.length && starts[i] === at ? ends[i] : -1;
    },
  };
}

/**
 * Whether the mention at [at, end) of `sentence` is negated: a cue (`cues`, the chunk's negation cue matches)
 * stands within a few words before it in the same clause (cue phrases listed as exclusions, such as "no more
 * than" or "not only", do not count), or a rejecting phrase follows it directly in the same clause. Look-back
 * and look-ahead are bounded, which keeps very long "sentences" (a 1 MB line) linear.
 */
export function isNegated(text: string, sentence: { start: number; end: number }, at: number, end: number, cues: ChunkMatches, rejections: Rejections): boolean {
  const lookFrom = Math.max(sentence.start, at - LOOK_BEHIND_CHARS);
  // The clause and word window below lie within [lookFrom, at): without a cue there, skip working them out.
  if (hasCueWithin(cues, lookFrom, at) && negatedBefore(text, lookFrom, at, cues)) return true;
  // A rejecting phrase right after the mention, before the clause ends.
  let p = end;
  const limit = Math.min(sentence.end, end + LOOK_AHEAD_CHARS);
  while (p < limit && isSpace(text.charCodeAt(p))) p++;
  if (p >= limit) return false;
  const rejectionEnd = rejections.endAt(p);
  // The phrase starts right after the mention, so no clause break stands between them; a break word inside it is part of it ("is not yet agreed").
  return rejectionEnd >= 0 && rejectionEnd <= limit;
}

/** Whether a cue match lies wholly in [from, to). */
function hasCueWithin(cues: ChunkMatches, from: number, to: number): boolean {
  for (let c = lowerBoundMatch(cues, from); c < cues.length && cues[c] < to; c += STRIDE) {
    if (cues[c + 1] <= to) return true;
  }
  return false;
}

/** Whether a negation cue stands among the last few words of the clause before `at`. */
function negatedBefore(text: string, lookFrom: number, at: number, cues: ChunkMatches): boolean {
  // The clause starts after the last break lying wholly in [lookFrom, at).
  const from = lastBreakEndWithin(text, lookFrom, at);
  // The window is the last NEGATION_WINDOW_WORDS white-space separated words of the clause.
  let windowStart = at;
  let words = 0;
  for (let i = at - 1; i >= from; i--) {
    if (!isSpace(text.charCodeAt(i)) && (i === from || isSpace(text.charCodeAt(i - 1)))) {
      windowStart = i;
      if (++words === NEGATION_WINDOW_WORDS) break;
    }
  }
  return hasCueWithin(cues, windowStart, at);
}

/** End of the last clause break (by start) lying wholly in [from, to), or `from` when there is none. */
function lastBreakEndWithin(text: string, from: number, to: number): number {
  let clauseStart = from;
  CLAUSE_BREAK.lastIndex = from;
  // test(), not exec(): the break's end is lastIndex and its start follows from it (no match arrays).
  while (CLAUSE_BREAK.test(text)) {
    const end = CLAUSE_BREAK.lastIndex;
    if (breakStart(text, end) >= to) break;
    if (end <= to) clauseStart = end;
  }
  return clauseStart;
}

/**
 * Start of the clause break that ends at `end`: a punctuation mark is one character; a break word runs back
 * to its start (it stands at a word boundary), and "then" is only a break after "and ".
 */
function breakStart(text: string, end: number): number {
  if (!isAsciiLetter(text.charCodeAt(end - 1))) return end - 1;
  let start = end - 1;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return end - start === 4 && text.slice(start, end).toLowerCase() === 'then' ? start - 4 : start;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 160;
}
