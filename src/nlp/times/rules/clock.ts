// Times of day: "10:35 a.m.", "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9", "0735 GMT".
import { fmtDay } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { rx } from '../grammar.js';
import { WEEKDAYS } from '../lexicon.js';
import { monthDayYear, rel, weekdayDate } from '../resolve.js';
import { type Built, type Groups, type Rule, capitalised, lower } from '../rule.js';
import { monthOf } from './calendar.js';
import { CLOCK_REFERENCE_CHARS, CLOCK_TENSE_WINDOW_CHARS } from '../settings.js';

/** The day a time of day belongs to: the weekday or date named with it, else the publication date. */
const PAREN_WEEKDAY = /^\s*\((?:[^()\n]{1,24}\)\s*(?:on\s+)?|[^()\n]{1,24}?\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

function dayOf(g: Groups, c: TimeContext, pos: number, end: number): string {
  const month = g.month ?? g.month2;
  const dayNum = g.day ?? g.day2;
  if (month && dayNum && capitalised(month)) {
    const m = monthOf(month);
    const d = parseInt(dayNum, 10);
    if (m && d) {
      const y = monthDayYear(c, m, d, pos);
      return y === null ? `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : fmtDay({ y, m, d });
    }
  }
  // "10:35 a.m. (0735 GMT) Friday": the weekday after a parenthesis dates the time, and stays its own timex.
  const wdAfter = g.wd ?? PAREN_WEEKDAY.exec(c.text.slice(end, end + 40))?.[1];
  if (wdAfter) {
    const wd = WEEKDAYS[lower(wdAfter)];
    const d = wd ? weekdayDate(c, wd, 'auto', pos) : null;
    if (d) return fmtDay(d);
    if (wd) return `XXXX-WXX-${wd}`;
  }
  const w = lower(g.dw);
  if (!w) {
    const ref = c.reference(pos);
    // "on Feb. 22 at 7:30 p.m.", "Friday, from 9 a.m.": the day just named, whether past or to come.
    if (ref && /^\d{4}-\d\d-\d\d$/.test(ref.value) && DAY_THEN_CLOCK.test(c.text.slice(ref.end, pos))) return ref.value;
    // A bare clock time belongs to the day under discussion, when that is a reported day: "A bomb went off Tuesday
    // … at 10 a.m."; a day still to come ("funded through Dec. 3 … before midnight") is rather a deadline.
    const today = rel.day(c, 0);
    if (ref && pos - ref.at <= CLOCK_REFERENCE_CHARS && /^\d{4}-\d\d-\d\d$/.test(ref.value) && ref.value <= today) return ref.value;
    // In a plan ("is expected to address the assembly at 3 pm") it falls on the last day named that lies ahead.
    const ahead = c.referenceAhead(pos);
    if (ahead && c.future(pos, CLOCK_TENSE_WINDOW_CHARS)) return ahead.value;
  }
  return rel.day(c, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0);
}

/** Between a day and a clock time that belongs to it: "Feb. 22 at", "Friday, from". */
const DAY_THEN_CLOCK = /^[ \t]*,?[ \t]*(?:(?:at|from|by|around|after|before|until|starting at|beginning at)[ \t]+)?$/i;

const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
const time = (value: string, approx: string | undefined): Built => ({ type: 'TIME', value, mod: approx ? 'APPROX' : null });

const DAY_AFTER = "(?:,? (?:on )?(?:(?<wd>{WD})|(?<dw>today|yesterday|tomorrow)))?(?:,? (?:on )?(?:(?<month>{M}) (?<day>\\d{1,2})|(?<day2>\\d{1,2}) (?<month2>{M}))(?![\\d:]))?";

export const clockRules: Rule[] = [
  {
    // "10:35 a.m.", "10 p.m. Wednesday", "around 7:15 p.m.", "5 p.m. EST Nov. 9", "9 o'clock"
    name: 'clock-ampm',
    heads: ['clock'],
    re: rx(`(?:(?<approx>around|approximately|roughly|shortly after|shortly before|just after|just before) )?(?<h>\\d{1,2})(?:[:.](?<mi>[0-5]\\d))? ?(?:(?<ap>[ap])(?:\\.m\\.|\\.?m\\b)|(?<oc>o['’]clock))(?: (?<tz>{TZ}))?${DAY_AFTER}`),
    build(g, c, at) {
      let h = Number(g.h);
      const mi = g.mi ? Number(g.mi) : 0;
      if (h < 1 || h > 12) return null;
      if (lower(g.ap) === 'p' && h < 12) h += 12;
      if (lower(g.ap) === 'a' && h === 12) h = 0;
      return time(`${dayOf(g, c, at.start, at.end)}T${hhmm(h, mi)}`, g.approx);
    },
  },
  {
    // "at 14:30", "16:00 GMT", "0735 GMT"
    name: 'clock-24h',
    heads: ['clock'],
    re: rx(`(?:(?<approx>around|approximately|roughly|shortly after|shortly before|just after|just before) )?(?:(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?: (?<tz>{TZ}))?|(?<h4>[01]\\d|2[0-3])(?<m4>[0-5]\\d) (?<tz4>GMT|UTC|[ECMP][SD]T|local time))${DAY_AFTER}`),
    build(g, c, at) {
      const prev = c.prevWord(at.start).toLowerCase();
      if (g.h !== undefined && !g.tz && !g.approx && !/^(?:at|by|until|till|from|before|after|around|about|since)$/.test(prev)) return null;
      const h = Number(g.h ?? g.h4);
      const mi = Number(g.mi ?? g.m4);
      return time(`${dayOf(g, c, at.start, at.end)}T${hhmm(h, mi)}`, g.approx);
    },
  },
  {
    // "4 in the morning", "eight in the evening", "11 at night": an hour with its part of day
    name: 'clock-pod',
    heads: ['pod', 'clock'],
    triggers: /^(?:morning|afternoon|evening|night|\d+ ?o['’]clock)$/,
    re: rx(`(?:(?<approx>around|about|approximately|shortly after|shortly before|just after|just before) )?(?<h>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o['’]clock)? (?:in the (?<pod>morning|afternoon|evening)|at (?<pod2>night))(?![\\w-])`),
    build(g, c, at) {
      let h = /^\d/.test(g.h!) ? Number(g.h) : HOUR_WORDS.indexOf(lower(g.h)) + 1;
      const pod = lower(g.pod ?? g.pod2);
      if (h < 1 || h > 12) return null;
      // 12 in the morning is midnight, in the afternoon noon; "2 at night" is early morning, "11 at night" late evening.
      if (pod === 'morning') h %= 12;
      else if (pod === 'night') h = h === 12 ? 0 : h >= 6 ? h + 12 : h;
      else if (h < 12) h += 12;
      return time(`${dayOf(g, c, at.start, at.end)}T${hhmm(h, 0)}`, g.approx);
    },
  },
  {
    // "noon", "midnight Friday", "midday", "noon Thursday"
    name: 'noon',
    heads: ['pod'],
    re: rx(`(?:(?<approx>around|shortly after|shortly before|just after|just before) )?(?<w>noon|midnight|midday)${DAY_AFTER}(?![\\w-])`),
    build(g, c, at) {
      const w = lower(g.w);
      if (/^high$/i.test(c.prevWord(at.start))) return null; // "High Noon"
      return time(`${dayOf(g, c, at.start, at.end)}T${w === 'midnight' ? '24:00' : '12:00'}`, g.approx);
    },
  },
];
