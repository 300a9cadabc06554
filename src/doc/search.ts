// Binary search over sorted spans (tokens, quotations, mentions): one lower bound, written once.

/** The first index in [0, n) for which `before(i)` is false, where `before` holds for a prefix of the indices;
 *  n when it holds for all. O(log n). */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
