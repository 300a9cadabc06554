// Calendar arithmetic on plain {y, m, d} dates (proleptic Gregorian, UTC) and TimeML value formatting.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;
const toMs = (a: Ymd) => Date.UTC(a.y, a.m - 1, a.d);
const fromMs = (ms: number): Ymd => {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

/** The date part of an ISO date or date-time ("2025-07-25", "1998-02-13T14:26:00"), or null. */
export function parseIsoDate(iso: string | null | undefined): Ymd | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim()) : null;
  if (!m) return null;
  const a = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return a.m >= 1 && a.m <= 12 && a.d >= 1 && a.d <= daysInMonth(a.y, a.m) ? a : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromMs(toMs(a) + n * DAY_MS);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(a: Ymd, n: number): Ymd {
  const total = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

/** Days from a to b (b − a). */
export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(a: Ymd): number {
  return ((new Date(toMs(a)).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(a: Ymd): { y: number; w: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(diffDays(jan1, thursday) / 7) + 1 };
}

export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const yyyy = (y: number) => (y < 0 ? String(y) : pad(y, 4));

export const fmtYear = (y: number) => yyyy(y);
export const fmtMonth = (y: number, m: number) => `${yyyy(y)}-${pad(m)}`;
export const fmtDay = (a: Ymd) => `${yyyy(a.y)}-${pad(a.m)}-${pad(a.d)}`;
export const fmtQuarter = (y: number, q: number) => `${yyyy(y)}-Q${q}`;
export const fmtHalf = (y: number, h: number) => `${yyyy(y)}-H${h}`;
export function fmtWeek(a: Ymd): string {
  const { y, w } = isoWeek(a);
  return `${yyyy(y)}-W${pad(w)}`;
}

/** Month shifted by n: {y, m}. */
export function shiftMonth(y: number, m: number, n: number): { y: number; m: number } {
  const t = addMonths({ y, m, d: 1 }, n);
  return { y: t.y, m: t.m };
}

/** Quarter shifted by n: {y, q}. */
export function shiftQuarter(y: number, q: number, n: number): { y: number; q: number } {
  const total = y * 4 + (q - 1) + n;
  const ny = Math.floor(total / 4);
  return { y: ny, q: total - ny * 4 + 1 };
}

/** Date of the nth (1-based; −1 = last) given ISO weekday of a month: Thanksgiving = 4th Thursday of November. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** Easter Sunday (Gregorian computus). */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}
