// Finding tokens by offset: tokens are in text order, so a binary search does.
import type { Token } from '../../doc/types.js';

/** Index of the first token that starts at or after `pos` (tokens.length when none). */
export function firstTokenFrom(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token that ends exactly at `end`, if any. */
export function tokenEndingAt(tokens: readonly Token[], end: number): Token | null {
  const i = firstTokenFrom(tokens, end) - 1;
  return i >= 0 && tokens[i].end === end ? tokens[i] : null;
}
