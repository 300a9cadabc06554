// "Today" inside a quotation is the day it was spoken: the day its attribution names ("“As of today, …,” he said in a
// Wednesday evening address"), else none.
import { type Ymd, addDays, weekday } from './calendar.js';
import type { TimeContext } from './context.js';
import { MONTHS as MONTH_NUMBERS, WEEKDAYS as WEEKDAY_NUMBERS } from './lexicon.js';
import { monthDayYear } from './resolve.js';
import { QUOTE_SCAN_CHARS } from './settings.js';

/** A weekday, or a month and day, named in an attribution ("in a Wednesday evening address", "on Feb. 12"). */
const DAY_NAMED = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) (\d{1,2})\b/;

/**
 * The day a quotation around `pos` was spoken, when its attribution names it: "“As of today, …,” he said in a
 * Wednesday address" → that Wednesday. Null when `pos` is not inside a quotation or no day is named.
 */
export function spokenDay(c: TimeContext, pos: number): Ymd | null {
  if (!c.dct) return null;
  const text = c.text;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const from = Math.max(lineStart, pos - QUOTE_SCAN_CHARS);
  let open = -1;
  let straight = 0;
  let lastStraight = -1;
  for (let i = pos - 1; i >= from; i--) {
    const ch = text[i];
    if (ch === '”') break;
    if (ch === '“') {
      open = i;
      break;
    }
    if (ch === '"') {
      straight++;
      if (lastStraight < 0) lastStraight = i;
    }
  }
  if (open < 0 && straight % 2 === 1) open = lastStraight;
  if (open < 0) return null;
  const lineEnd = text.indexOf('\n', pos);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, pos + QUOTE_SCAN_CHARS);
  const closeAt = text.slice(pos, to).search(text[open] === '“' ? /”/ : /"/);
  // The attribution: after the closing mark up to the sentence end, else before the opening mark from the sentence start.
  let attribution = '';
  let attrAt = 0;
  if (closeAt >= 0) {
    attrAt = pos + closeAt + 1;
    const rest = text.slice(attrAt, to);
    const end = rest.search(/[.!?](?:\s|$)|[“"]/);
    attribution = end < 0 ? rest : rest.slice(0, end);
  }
  let day = dayNamedIn(c, attribution, attrAt);
  if (!day) {
    const before = text.slice(Math.max(lineStart, open - QUOTE_SCAN_CHARS), open);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('”'), before.lastIndexOf('"'));
    day = dayNamedIn(c, before.slice(cut + 1), open - before.length + cut + 1);
  }
  return day;
}

/** A weekday or month-day named in `s` (which starts at `at`), resolved as a day already past. */
function dayNamedIn(c: TimeContext, s: string, at: number): Ymd | null {
  const dct = c.dct;
  const m = DAY_NAMED.exec(s);
  if (!m || !dct) return null;
  if (m[1]) {
    const delta = WEEKDAY_NUMBERS[m[1].toLowerCase()] - weekday(dct);
    return addDays(dct, delta <= 0 ? delta : delta - 7);
  }
  const month = MONTH_NUMBERS[m[2].toLowerCase().replace(/\.$/, '')];
  const d = Number(m[3]);
  if (!month || d > 31) return null;
  const y = monthDayYear(c, month, d, at + m.index, 'past');
  return y === null ? null : { y, m: month, d };
}
