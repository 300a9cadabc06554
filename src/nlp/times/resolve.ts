// Anchoring: turns "Friday", "last month", "the fourth quarter" into TimeML values against the publication date.
// Without a publication date the value stays underspecified the TimeML way ("XXXX-07-25", "XXXX-WXX-5").
import {
  type Ymd, addDays, diffDays, fmtDay, fmtMonth, fmtQuarter, fmtWeek, fmtYear, quarterOf, shiftMonth,
  shiftQuarter, weekday,
} from './calendar.js';
import type { TimeContext } from './context.js';
import { FUTURE_DISTANCE_WEIGHT as FUTURE_WEIGHT, MONTHS_AHEAD_UPCOMING as AHEAD_UPCOMING } from './settings.js';

const FUTURE_DISTANCE_WEIGHT = FUTURE_WEIGHT;
const MONTHS_AHEAD_UPCOMING = AHEAD_UPCOMING;

export type Direction = 'past' | 'future' | 'this' | 'auto';

/** Direction named by a relative word: last/past/previous → past; next/coming → future; this → this. */
export function directionOf(word: string | undefined): Direction {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (!w) return 'auto';
  if (/(?:^|\s)(?:last|past|previous|preceding|prior)$|this past/.test(w)) return 'past';
  if (/next|coming|following/.test(w)) return 'future';
  if (/this|current/.test(w)) return 'this';
  return 'auto';
}

/** The date of a weekday named relative to the publication date; past unless the clause speaks of the future. */
export function weekdayDate(c: TimeContext, wd: number, dir: Direction, pos: number): Ymd | null {
  const dct = c.dct;
  if (!dct) return null;
  const delta = wd - weekday(dct); // −6 … 6
  if (dir === 'this') return addDays(dct, delta);
  if (dir === 'past') return addDays(dct, delta < 0 ? delta : delta - 7);
  if (dir === 'future') return addDays(dct, delta > 0 ? delta : delta + 7);
  if (delta === 0) return dct;
  const fut = c.future(pos);
  return addDays(dct, fut ? (delta > 0 ? delta : delta + 7) : delta < 0 ? delta : delta - 7);
}

/** Nearest of the candidates to the anchor, future distances weighted up (news reports the past). */
export function nearest(dct: Ymd, candidates: Ymd[], futureCue: boolean): Ymd {
  let best = candidates[0];
  let bestCost = Infinity;
  for (const cand of candidates) {
    const d = diffDays(dct, cand);
    const cost = d > 0 ? (futureCue ? d / FUTURE_DISTANCE_WEIGHT : d * FUTURE_DISTANCE_WEIGHT) : -d;
    if (cost < bestCost) [best, bestCost] = [cand, cost];
  }
  return best;
}

/** Year of a month named without one ("in December"), per direction or nearest to the anchor. */
export function monthYear(c: TimeContext, m: number, dir: Direction, pos: number, end = pos): number | null {
  const dct = c.dct;
  if (!dct) return null;
  if (dir === 'this') return dct.y;
  // "last March" read in April means a year ago: last month would be "last month".
  if (dir === 'past') return m < dct.m - 1 ? dct.y : dct.y - 1;
  if (dir === 'future') return m > dct.m ? dct.y : dct.y + 1;
  const narrated = c.narratedYear(pos, m);
  if (narrated !== null) return narrated;
  if (m === dct.m) return dct.y;
  // The next occurrence when it is close or the clause speaks of the future, else the last one; never the next
  // after a verb in the past tense ("sold in February").
  const ahead = (m - dct.m + 12) % 12;
  const upcoming = !c.pastVerb(pos) && (ahead <= MONTHS_AHEAD_UPCOMING || c.deadlineAfter(end) || c.future(pos));
  return upcoming ? (m > dct.m ? dct.y : dct.y + 1) : m < dct.m ? dct.y : dct.y - 1;
}

/** Year of a day of a month named without one ("on Jan. 2", "last Oct. 23", "next March 5"). */
export function monthDayYear(c: TimeContext, m: number, d: number, pos: number, dir: Direction = 'auto'): number | null {
  const dct = c.dct;
  if (!dct) return null;
  const at = (y: number) => ({ y, m, d });
  const cands = [at(dct.y - 1), at(dct.y), at(dct.y + 1)];
  if (dir === 'auto') {
    const narrated = c.narratedYear(pos, m);
    if (narrated !== null) return narrated;
  }
  if (dir === 'past' || (dir === 'auto' && c.pastVerb(pos))) return cands.filter((x) => diffDays(dct, x) <= 0).pop()!.y;
  // A timetable ("kicks off June 9", "expires Oct. 1") names the next such day.
  if (dir === 'future' || (dir === 'auto' && c.scheduled(pos))) return cands.find((x) => diffDays(dct, x) >= 0)!.y;
  return nearest(dct, cands, c.future(pos)).y;
}

/** Year of a quarter named without one: the latest that has begun, or the next when the clause is future. */
export function quarterYear(c: TimeContext, q: number, pos: number): number | null {
  const dct = c.dct;
  if (!dct) return null;
  const cur = quarterOf(dct.m);
  if (q <= cur) return dct.y;
  return c.future(pos) ? dct.y : dct.y - 1;
}

/** Relative values at each granularity; n = shift from the anchor. */
export const rel = {
  day(c: TimeContext, n: number): string {
    return c.dct ? fmtDay(addDays(c.dct, n)) : 'XXXX-XX-XX';
  },
  week(c: TimeContext, n: number): string {
    return c.dct ? fmtWeek(addDays(c.dct, 7 * n)) : 'XXXX-WXX';
  },
  weekend(c: TimeContext, n: number): string {
    return c.dct ? `${fmtWeek(addDays(c.dct, 7 * n))}-WE` : 'XXXX-WXX-WE';
  },
  month(c: TimeContext, n: number): string {
    if (!c.dct) return 'XXXX-XX';
    const t = shiftMonth(c.dct.y, c.dct.m, n);
    return fmtMonth(t.y, t.m);
  },
  quarter(c: TimeContext, n: number): string {
    if (!c.dct) return 'XXXX-QX';
    const t = shiftQuarter(c.dct.y, quarterOf(c.dct.m), n);
    return fmtQuarter(t.y, t.q);
  },
  year(c: TimeContext, n: number): string {
    return c.dct ? fmtYear(c.dct.y + n) : 'XXXX';
  },
  decade(c: TimeContext, n: number): string {
    return c.dct ? String(Math.floor(c.dct.y / 10) + n) : 'XXX';
  },
  century(c: TimeContext, n: number): string {
    return c.dct ? String(Math.floor(c.dct.y / 100) + n) : 'XX';
  },
};

/** Shifts a TimeML date value (day, week, month, quarter or year precision) by n of its own units. */
export function shiftValue(value: string, n: number): string | null {
  let m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (m) return fmtDay(addDays({ y: +m[1], m: +m[2], d: +m[3] }, n));
  m = /^(\d{4})-W(\d\d)$/.exec(value);
  if (m) {
    const monday = addDays({ y: +m[1], m: 1, d: 4 }, 7 * (+m[2] - 1));
    return fmtWeek(addDays(monday, 7 * n));
  }
  m = /^(\d{4})-(\d\d)$/.exec(value);
  if (m) {
    const t = shiftMonth(+m[1], +m[2], n);
    return fmtMonth(t.y, t.m);
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const t = shiftQuarter(+m[1], +m[2], n);
    return fmtQuarter(t.y, t.q);
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return fmtYear(+m[1] + n);
  return null;
}

/** The value reduced to a coarser granularity: 'year' of "1998-03-12" is "1998". */
export function truncateValue(value: string, to: 'year' | 'month' | 'day'): string | null {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(value);
  if (!m) return null;
  if (to === 'year') return m[1];
  if (to === 'month') return m[2] ? `${m[1]}-${m[2]}` : null;
  return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

