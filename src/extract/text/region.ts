// The body is the contiguous run of units with the highest total score (maximum-subarray, as in Finn et
// al.'s Body Text Extraction): prose adds its length, clutter subtracts a penalty, so page furniture at
// the head and tail falls outside, while a heading or a lone promo line between paragraphs stays inside
// (and removable lines inside are dropped separately).

export interface Region {
  /** First unit of the body (inclusive). */
  start: number;
  /** Last unit of the body (inclusive); end < start when there is no body. */
  end: number;
  /** Total score of the region; <= 0 when no unit scored positive. */
  total: number;
}

/**
 * Caps the penalty of each run of consecutive removable lines (the run's total goes on its first line): a
 * related-links box or a newsletter insert between two parts of the body then weighs about as much as one
 * clutter line, so a short lead before it is not cut off. The cap grows with the run's length, so that a
 * long block of footer clutter still separates a teaser after it. Removable lines go anyway.
 */
export function capRuns(scores: readonly number[], removable: readonly boolean[], cap: { base: number; perLine: number }): number[] {
  const out = [...scores];
  let i = 0;
  while (i < out.length) {
    if (!removable[i]) { i++; continue; }
    let j = i;
    let sum = 0;
    let lines = 0;
    while (j < out.length && removable[j]) {
      if (out[j] !== 0) lines++;
      sum += out[j++];
    }
    out[i] = Math.max(sum, -(cap.base + cap.perLine * Math.max(0, lines - 1)));
    for (let k = i + 1; k < j; k++) out[k] = 0;
    i = j;
  }
  return out;
}

export function bestRegion(scores: readonly number[]): Region {
  let best: Region = { start: 0, end: -1, total: 0 };
  let cur = 0;
  let curStart = 0;
  for (let i = 0; i < scores.length; i++) {
    if (cur <= 0) {
      cur = scores[i];
      curStart = i;
    } else {
      cur += scores[i];
    }
    if (cur > best.total) best = { start: curStart, end: i, total: cur };
  }
  return best;
}

/** What a unit is to `extendOverInserts`. */
export type InsertRole = 'insert' | 'blank' | 'prose' | 'other';

/**
 * Extends a region over short inserts: when the body is followed by at most `maxInsert` removable lines
 * (blank ones not counted) and then by prose, that prose belongs to the body too (a "Read more" line or a
 * related-links box before the last paragraphs). Repeats while such pairs follow. Only forwards: before the
 * body, prose after a clutter line is as often a login or consent message as a lead.
 */
export function extendOverInserts(region: Region, roles: readonly InsertRole[], maxInsert: number): Region {
  let { end } = region;
  const step = (from: number, dir: 1 | -1): number => {
    let j = from + dir;
    let inserts = 0;
    while (j >= 0 && j < roles.length && (roles[j] === 'insert' || roles[j] === 'blank')) {
      if (roles[j] === 'insert') inserts++;
      j += dir;
    }
    if (inserts === 0 || inserts > maxInsert || j < 0 || j >= roles.length || roles[j] !== 'prose') return from;
    while (j + dir >= 0 && j + dir < roles.length && roles[j + dir] === 'prose') j += dir;
    return j;
  };
  for (let next = step(end, 1); next !== end; next = step(end, 1)) end = next;
  return { ...region, end };
}


/**
 * Extends a region backwards over unpunctuated paragraphs in sentence case right before it (a first paragraph
 * whose full stop the page never had): `isLead(i)` says whether unit i is one; blank units are skipped.
 */
export function extendOverLeads(region: Region, isLead: (i: number) => boolean, isBlank: (i: number) => boolean): Region {
  let start = region.start;
  for (let j = start - 1; j >= 0; j--) {
    if (isBlank(j)) continue;
    if (!isLead(j)) break;
    start = j;
  }
  return { ...region, start };
}
