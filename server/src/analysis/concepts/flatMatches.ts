// The flat layout of a concept's matches in one chunk, shared by the matcher and the negation check:
// [start, end, sentence, negated (0/1)] per match, in text order, in chunk offsets.

/** Numbers per match in a flat match list. */
export const STRIDE = 4;

/** Position in flat matches of the first match starting at or after the offset. */
export function lowerBoundMatch(list: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = list.length / STRIDE;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid * STRIDE] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo * STRIDE;
}

/** Index of the first element >= value in an ascending list of offsets (rejection starts, candidate word starts). */
export function lowerBound(list: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
