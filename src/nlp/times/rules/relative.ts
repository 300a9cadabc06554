// Dates named relative to the publication date or to the date under discussion: weekdays, today/yesterday,
// this/last/next week, "two years ago", "the year-earlier quarter", now/recently/the future.
import { type Ymd, addDays, daysInMonth, fmtDay, fmtQuarter, fmtWeek, fmtYear, shiftQuarter, weekday } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { preMod, rx } from '../grammar.js';
import { PARTS_OF_DAY, VAGUE_UNIT_LETTER, WEEKDAYS, parseNumber, unitOf } from '../lexicon.js';
import { directionOf, monthDayYear, rel, shiftValue, truncateValue, weekdayDate } from '../resolve.js';
import { monthOf } from './calendar.js';
import { durationValue } from './durations.js';
import { CLOCK_REFERENCE_CHARS } from '../settings.js';
import { spokenDay } from '../quotation.js';
import { type Built, type Mod, type Rule, capitalised, lower } from '../rule.js';

const date = (value: string, mod: Mod | null = null): Built => ({ type: 'DATE', value, mod });

/** "Black Friday", "Super Tuesday", "Good Friday": named days, not the weekday of the week in question. */
const NAMED_DAY_BEFORE = /^(?:Black|Bloody|Super|Ash|Cyber|Maundy|Holy|Palm|Good|Easter|Giving)$/;
/** "The Sunday Times", "Monday Night Football": a title. */
const NAME_AFTER_WEEKDAY = /^(?:Times|Telegraph|Mirror|Express|Herald|Tribune|Mail|Post|Star|Independent|Sport|Night|Morning|Service|Edition|People|Business|Review|Magazine|Show)$/;
const OF_MONTH_AFTER = /^\s+of\s+(?:the|each|every|a)\s+month\b/i;
const wdOf = (w: string | undefined) => WEEKDAYS[lower(w).replace(/s$/, '')];

/** mod of "early"/"late"/"mid" in front of a day. */
function dayMod(w: string | undefined): Mod | null {
  const s = lower(w);
  if (s.startsWith('early')) return 'START';
  if (s.startsWith('late') && !s.startsWith('later')) return 'END';
  if (s.startsWith('mid')) return 'MID';
  return null;
}

/** Value of a day plus part of day: TIME "1998-02-13TMO". */
function withPartOfDay(day: string, pod: string | undefined): Built {
  const code = PARTS_OF_DAY[lower(pod)];
  return code ? { type: 'TIME', value: `${day}T${code}` } : date(day);
}

/**
 * The quarter under discussion a year back; else the month or day named earlier in the sentence a year back ("fell
 * 50% in January from a year earlier" = January of last year); else the year before the anchor.
 */
function yearEarlier(c: TimeContext, pos: number): string {
  const fq = c.focusQuarter(pos);
  if (fq) {
    const t = shiftQuarter(fq.y, fq.q, -4);
    return fmtQuarter(t.y, t.q);
  }
  const ref = c.reference(pos);
  const m = ref && !SENTENCE_BREAK.test(c.text.slice(ref.end, pos)) ? /^(\d{4})(-\d\d(?:-\d\d)?)$/.exec(ref.value) : null;
  if (m) return `${fmtYear(Number(m[1]) - 1)}${m[2] === '-02-29' ? '-02-28' : m[2]}`;
  return rel.year(c, -1);
}
const SENTENCE_BREAK = /[.!?]\s|\n/;

/** After "the same day": a relative clause or "as …" that defines the day (anything but punctuation or a preposition). */
const DEFINED_AFTER = /^\s+(?!(?:and|or|but|in|at|on|of|to|for|with|by|from|last|this|next)\b)(?:as\b|that\b|when\b|[a-z]+\s+[a-z]+ed\b|[A-Z][\w-]*\s+(?:[a-z]+\s+)?[a-z]+ed\b|[a-z]+\s+(?:began|met|came|went|took|made|broke|began|fell|held|left|won|lost)\b)/;

/** Words before "the past year" that make it the stretch up to now: "over the past year". */
const STRETCH_BEFORE = /^(?:over|for|throughout|across|within)$/i;
/** Words before "the next day" that make it count from now: "over the next year", "within the next week". */
const ANAPHORA_BLOCKER = /^(?:over|in|within|during|for|through|throughout|into|until|till|by)$/i;

/** The reference date at the granularity of a unit ("1998-03-12" as a week is "1998-W11"), or null. */
function referenceAt(value: string, unit: string): string | null {
  if (unit === 'week') {
    const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
    return m ? fmtWeek({ y: +m[1], m: +m[2], d: +m[3] }) : null;
  }
  const to = unit === 'year' ? 'year' : unit === 'month' ? 'month' : unit === 'day' ? 'day' : null;
  return to ? truncateValue(value, to) : null;
}

/** "the previous Friday", "the following Monday": the weekday before or after the day last named. */
function referenceWeekday(c: TimeContext, wd: number, dir: number, pos: number): Ymd | null {
  const ref = c.reference(pos);
  const m = ref ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(ref.value) : null;
  if (!m) return null;
  const base = { y: +m[1], m: +m[2], d: +m[3] };
  const delta = wd - weekday(base);
  return addDays(base, dir < 0 ? (delta < 0 ? delta : delta - 7) : delta > 0 ? delta : delta + 7);
}

/** Value of "N units ago" at the unit's granularity. */
function agoValue(c: TimeContext, n: number, unit: string, sign: number): string | null {
  const dct = c.dct;
  const k = n * sign;
  switch (unit) {
    case 'day':
      return Number.isInteger(n) ? rel.day(c, k) : null;
    case 'week':
      return Number.isInteger(n) ? rel.week(c, k) : null;
    case 'fortnight':
      return rel.week(c, 2 * k);
    case 'month':
      return Number.isInteger(n) ? rel.month(c, k) : null;
    case 'quarter':
      return rel.quarter(c, k);
    case 'year':
      return Number.isInteger(n) ? rel.year(c, k) : dct ? fmtYear(dct.y + Math.round(k)) : null;
    case 'decade':
      // "two decades ago" names a year about that far back (news writes it for 2001 from 2021), not a decade.
      return dct ? fmtYear(dct.y + 10 * k) : 'XXXX';
    case 'century':
      return dct ? String(Math.floor((dct.y + 100 * k) / 100)) : 'XX';
    case 'hour':
    case 'minute': {
      // With a publication time the value is a clock time; without, the day it falls on.
      if (!dct) return null;
      const back = k * (unit === 'hour' ? 60 : 1);
      if (c.dctMinutes === null) return Math.abs(back) < 24 * 60 ? fmtDay(dct) : null;
      const total = c.dctMinutes + back;
      const day = addDays(dct, Math.floor(total / 1440));
      const mins = ((total % 1440) + 1440) % 1440;
      return `${fmtDay(day)}T${String(Math.floor(mins / 60)).padStart(2, '0')}:${String(mins % 60).padStart(2, '0')}`;
    }
    default:
      return null;
  }
}

/** The amount of an "N units" phrase: a number, or null for vague amounts ("several"). */
export function amountOf(raw: string | undefined): number | null {
  const s = lower(raw);
  if (/^(?:a|an|one|single)$/.test(s)) return 1;
  if (/^(?:a couple(?: of)?|couple of)$/.test(s)) return 2;
  if (/^a dozen$/.test(s)) return 12;
  return parseNumber(s);
}

export const relativeRules: Rule[] = [
  {
    // "Friday", "last Friday", "early Tuesday", "Friday morning", "this coming Sunday"
    name: 'weekday',
    heads: ['weekday'],
    re: rx("(?:the day (?<ba>before|after) )?(?:(?<the>the) (?=previous|following))?(?:(?<rel>this coming|this past|last|next|this|coming|past|previous|following|early|late|earlier|later|mid) (?:on )?)?(?<wd>{WD})(?![\\w-])(?:(?: |-)(?<pod>{POD}|overnight)(?![\\w]))?"),
    build(g, c, at) {
      const wd = wdOf(g.wd);
      if (!wd || !capitalised(g.wd)) return null;
      const wdAt = g.ba || g.the ? c.text.indexOf(g.wd!, at.start) : at.start;
      if (NAMED_DAY_BEFORE.test(c.prevWord(wdAt)) || (!g.pod && NAME_AFTER_WEEKDAY.test(c.nextWord(at.end)))) return null;
      // "the last Wednesday of the month", "the first Monday of each month": a day of a month, not of this week.
      if (!g.pod && OF_MONTH_AFTER.test(c.text.slice(at.end, at.end + 24))) return null;
      const r = lower(g.rel);
      let day = g.the ? referenceWeekday(c, wd, r === 'previous' ? -1 : 1, at.start) : null;
      if (g.the && !day) return null;
      day ??= weekdayDate(c, wd, /^(?:early|late|earlier|later|mid)$/.test(r) ? 'auto' : directionOf(r), at.start);
      // "the day before last Tuesday": one day off the weekday named.
      if (day && g.ba) day = addDays(day, lower(g.ba) === 'before' ? -1 : 1);
      const value = day ? fmtDay(day) : g.ba ? 'XXXX-XX-XX' : `XXXX-WXX-${wd}`;
      const b = withPartOfDay(value, g.pod === 'overnight' ? 'night' : g.pod);
      b.mod = dayMod(r);
      return b;
    },
  },
  {
    // "every Monday", "each Thursday", "on Mondays", "Tuesday nights"
    name: 'weekday-set',
    heads: ['weekday'],
    re: rx("(?:(?:every|each) (?<wd>{WD})(?: (?<pod>{POD}))?|(?<wds>{WD})s(?: (?<pods>{POD})s?)?|(?<wd2>{WD}) (?<pod2>{POD})s)(?![\\w'’])"),
    build(g) {
      const w = g.wd ?? g.wds ?? g.wd2;
      const wd = wdOf(w);
      if (!wd || !capitalised(w)) return null;
      const pod = PARTS_OF_DAY[lower(g.pod ?? g.pods ?? g.pod2)];
      return { type: 'SET', value: `XXXX-WXX-${wd}${pod ? `T${pod}` : ''}` };
    },
  },
  {
    // "today", "yesterday", "late yesterday", "tomorrow morning", "the day before yesterday", "tonight"
    name: 'today',
    heads: ['deictic'],
    re: rx("(?:(?<rel>early|late|earlier|later|mid)(?:-| ))?(?:the day (?<ba>before|after) )?(?<w>today|yesterday|tomorrow|tonight)(?![\\w-])(?:(?: |-)(?<pod>{POD})(?![\\w]))?"),
    build(g, c, at) {
      const w = lower(g.w);
      // "USA Today", "VOA Today": a name.
      if (!g.rel && !g.ba && /^[A-Z]/.test(g.w!) && /^[A-Z]/.test(c.prevWord(at.start)) && !c.sentenceStart(at.start)) return null;
      let n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      if (g.ba) n += lower(g.ba) === 'before' ? -1 : 1;
      // Inside a quotation, "today" is the day it was spoken, when the attribution names it.
      const spoken = spokenDay(c, at.start);
      const day = spoken ? fmtDay(addDays(spoken, n)) : rel.day(c, n);
      if (w === 'tonight') return { type: 'TIME', value: `${day}TNI` };
      const b = withPartOfDay(day, g.pod);
      b.mod = dayMod(g.rel);
      return b;
    },
  },
  {
    // "On Feb. 16, the day before the talks": an apposition restates the date just named.
    name: 'day-before-apposition',
    heads: ['unit'],
    triggers: /^day$/,
    before: /,\s*the\s+$/i,
    after: /^\s+(?:before|after)\s/i,
    re: rx('the day (?:before|after)(?![\\w-])'),
    build(g, c, at) {
      const ref = c.reference(at.start, true);
      if (!ref || !/^\d{4}-\d\d-\d\d$/.test(ref.value) || !/^\s*,\s*$/.test(c.text.slice(ref.end, at.start))) return null;
      return { ...date(ref.value), anaphoric: true };
    },
  },
  {
    // "this morning", "last night", "later this afternoon", "yesterday afternoon" (above), "Monday night" (above)
    name: 'part-of-day',
    heads: ['pod'],
    re: rx('(?:(?<pre>early|late|earlier|later) )?(?<rel>this|last|tomorrow|yesterday) (?<pod>{POD})(?![\\w])'),
    build(g, c) {
      const r = lower(g.rel);
      const pod = lower(g.pod);
      if (r === 'last' && pod !== 'night' && pod !== 'evening') return null;
      const n = r === 'last' || r === 'yesterday' ? -1 : r === 'tomorrow' ? 1 : 0;
      return withPartOfDay(rel.day(c, n), pod);
    },
  },
  {
    // "that night", "the next morning", "the following evening": a part of the day last named (or of the next one)
    name: 'part-of-day-anaphoric',
    heads: ['pod'],
    before: /\b(?:that|that\s+same|the\s+(?:next|following|previous|same))\s+$/i,
    re: rx('(?:(?<pre>early|late|later|earlier) )?(?:that(?: same)?|the (?<rel>next|following|previous|same)) (?<pod>{POD})(?![\\w])'),
    build(g, c, at) {
      const r = lower(g.rel);
      const ref = c.reference(at.start, !r || r === 'same');
      const day = ref && /^\d{4}-\d\d-\d\d$/.test(ref.value) ? ref.value : null;
      if (!day) return null;
      const shift = r === 'next' || r === 'following' ? 1 : r === 'previous' ? -1 : 0;
      return withPartOfDay(shift ? shiftValue(day, shift)! : day, g.pod);
    },
  },
  {
    // "Traders bought on Friday … in the morning": a part of the day just named, close by (nothing without one).
    name: 'part-of-day-of-reference',
    heads: ['pod'],
    before: /\bin\s+the\s+$/i,
    re: rx('the (?<pod>morning|afternoon|evening)(?![\\w-])'),
    build(g, c, at) {
      const ref = c.reference(at.start);
      if (!ref || at.start - ref.end > CLOCK_REFERENCE_CHARS || !/^\d{4}-\d\d-\d\d$/.test(ref.value)) return null;
      return withPartOfDay(ref.value, g.pod);
    },
  },
  {
    // "mid-afternoon yesterday", "early Tuesday morning" (part of day first)
    name: 'part-of-day-first',
    heads: ['pod'],
    re: rx("(?:(?<pre>early|late|mid)(?:-| ))?(?<pod>{POD}) (?:on )?(?:(?<w>today|yesterday|tomorrow)|(?<wd>{WD}))(?![\\w-])"),
    build(g, c, at) {
      let day: string;
      if (g.w) day = rel.day(c, lower(g.w) === 'yesterday' ? -1 : lower(g.w) === 'tomorrow' ? 1 : 0);
      else {
        const wd = wdOf(g.wd);
        if (!wd || !capitalised(g.wd)) return null;
        const d = weekdayDate(c, wd, 'auto', at.start);
        day = d ? fmtDay(d) : `XXXX-WXX-${wd}`;
      }
      return withPartOfDay(day, g.pod);
    },
  },
  {
    // "this week", "last month", "next year", "the past year", "the following month", "that year", "the weekend",
    // "earlier this year", "the end of the month", "the current quarter", "the latest quarter"
    name: 'this-last-next',
    heads: ['unit', 'deictic'],
    triggers: /^(?:week|weekend|month|year|quarter|decade|century|day|period|current|past|recent|future)$/,
    re: rx("{PRE}(?:(?<ex>earlier|later|early|late|mid|sometime) (?:in )?)?(?<rel>this past|this coming|that same|the past|the last|the next|the coming|the previous|the preceding|the prior|the following|the current|the same|the latest|the most recent|the full|the whole|the entire|this|last|next|past|coming|previous|following|current|that|the)(?: (?<fiscal>fiscal|calendar|financial|business|school|academic|model))?(?:-| )(?<unit>week|weekend|month|year|quarter|decade|century|day|period)(?![\\w-])(?<orso> or so)?"),
    build(g, c, at) {
      const r = lower(g.rel).replace(/^that (?=same)/, '').replace(/^the (?=past|last|next|coming|previous|preceding|prior|following|current|same|latest|most recent|full|whole|entire)/, '').replace(/^(?:whole|entire)$/, 'full');
      const unit = lower(g.unit);
      const ex = lower(g.ex);
      const mod: Mod | null = preMod(g) ?? (ex === 'early' ? 'START' : ex === 'late' ? 'END' : ex === 'mid' ? 'MID' : null);
      const next = lower(c.nextWord(at.end));
      // ABC's "This Week", "Last Week Tonight": capitalised inside a sentence, a programme's title.
      if (/^[A-Z]/.test(g.rel ?? '') && /^[A-Z]/.test(g.unit!) && !c.sentenceStart(at.start)) return null;
      // Anaphoric: "that year", "the same day", "the following year", "the next day" refer to the last date named;
      // "over the next year" and "the next day or two" still count from the publication date.
      const theNext = lower(g.rel) === 'the next' && !ANAPHORA_BLOCKER.test(c.prevWord(at.start)) && !/^\s+or\b/i.test(c.text.slice(at.end, at.end + 4));
      // "over the past year", "for the last month": the stretch up to now, a duration.
      if (/^the (?:past|last)$/.test(lower(g.rel)) && !g.fiscal && !mod && STRETCH_BEFORE.test(c.prevWord(at.start))) {
        const v = durationValue(1, unit);
        if (v && unit !== 'weekend' && unit !== 'period') return { type: 'DURATION', value: v };
      }
      const thePrevious = lower(g.rel) === 'the previous';
      // "on the same day talks began", "the same day as the vote": a day the words after it define, not one named.
      if (lower(g.rel) === 'the same' && DEFINED_AFTER.test(c.text.slice(at.end, at.end + 24))) return null;
      if (/^(?:that|same|following)$/.test(r) || (r === 'previous' && (unit === 'day' || thePrevious)) || theNext) {
        const ref = c.reference(at.start, r === 'that' || r === 'same');
        const base = ref ? referenceAt(ref.value, unit) : null;
        const shift = r === 'following' || r === 'next' ? 1 : r === 'previous' ? -1 : 0;
        if (base) return date(shift ? shiftValue(base, shift)! : base, mod);
        if (r === 'that' || r === 'same') return null;
      }
      const sign = /^(?:last|past|previous|preceding|prior|this past)$/.test(r) ? -1 : /^(?:next|coming|following|this coming)$/.test(r) ? 1 : 0;
      const plain = r === 'the';
      if (plain && /^(?:before|after|earlier|later|when)$/.test(next)) return null;
      if (plain && /^[A-Z]/.test(g.unit!) && /\bof$/i.test(c.text.slice(Math.max(0, at.start - 4), at.start).trim())) return null; // "Person of the Year"
      if (r === 'full' && unit !== 'year') return null;
      switch (unit) {
        case 'day':
          return sign && !plain ? date(rel.day(c, sign), mod) : null;
        case 'week':
          if (plain && /^(?:ended|ending)$/.test(next)) return { type: 'DURATION', value: 'P1W' }; // "the week ended Oct. 9"
          return date(rel.week(c, sign), mod);
        case 'weekend': {
          if (sign || !c.dct) return date(rel.weekend(c, sign || 0), mod);
          // "the weekend" read on a weekday is the one just past, unless the clause is about the future.
          return date(rel.weekend(c, weekday(c.dct) >= 6 || c.future(at.start) ? 0 : -1), mod);
        }
        case 'month':
          if (g.pt && /\bend\b|\bclose\b/i.test(g.pt) && c.dct) {
            const [y, m] = rel.month(c, sign).split('-').map(Number);
            return date(fmtDay({ y, m, d: daysInMonth(y, m) }), 'END'); // a deadline day, as "the end of August"
          }
          return date(rel.month(c, sign), mod);
        case 'year':
          if (plain && /^(?:ended|ending|to|through)$/.test(next)) return { type: 'DURATION', value: 'P1Y' };
          return date(rel.year(c, sign), mod);
        case 'quarter':
        case 'period': {
          if (unit === 'period' && !/^(?:latest|most recent|same|current)$/.test(r)) return null;
          if (sign) return date(rel.quarter(c, sign), mod);
          if (r === 'that' || r === 'same') {
            const fq = c.focusQuarter(at.start);
            return fq ? { ...date(fmtQuarter(fq.y, fq.q), mod), anaphoric: true } : null;
          }
          if (r === 'current') return date(rel.quarter(c, 0), mod);
          const fq = c.focusQuarter(at.start);
          const lastDone = rel.quarter(c, -1);
          // "the latest quarter" is one already reported: never later than the last completed quarter.
          if (fq && !(/^(?:latest|most recent)$/.test(r) && fmtQuarter(fq.y, fq.q) > lastDone)) return date(fmtQuarter(fq.y, fq.q), mod);
          return date(lastDone, mod);
        }
        case 'decade':
          return plain ? null : date(rel.decade(c, sign), mod);
        case 'century':
          return plain ? null : date(rel.century(c, sign), mod);
      }
      return null;
    },
  },
  {
    // "the week of March 6"
    name: 'week-of',
    heads: ['unit'],
    after: /^\s+of\s/i,
    triggers: /^week$/,
    re: rx("the week of (?<month>{M}) (?<day>{DAY})(?:,? (?<year>{Y}))?(?![\\w-])"),
    build(g, c, at) {
      const m = monthOf(g.month);
      const d = parseInt(g.day ?? '', 10);
      if (!m || !d || !capitalised(g.month)) return null;
      const y = g.year ? Number(g.year) : monthDayYear(c, m, d, at.start);
      return y === null ? date('XXXX-WXX') : date(fmtWeek({ y, m, d }));
    },
  },
  {
    // "the year-earlier quarter", "the year-ago period", "year-earlier", "the comparable year-ago quarter",
    // "the same period last year", "the quarter a year ago"
    name: 'year-earlier',
    heads: ['unit'],
    after: /^(?:-|\s+)(?:earlier|ago)\b|^-before\b|^(?=-)/i,
    triggers: /^year/,
    re: rx("(?:(?<the>the|its|a) )?(?:(?:comparable|corresponding|same) )?(?:year(?:-| )earlier|year(?:-| )ago|year-before|prior-year|previous-year)(?: (?:fiscal )?(?<what>(?:(?:first|second|third|fourth|first-half|second-half) )?quarter|period|nine months|six months|three months|(?:first|second) half|month|week))?(?![\\w-])"),
    build(g, c, at) {
      const what = lower(g.what);
      const d = /^(nine|six|three) months$/.exec(what);
      if (d) return { type: 'DURATION', value: `P${{ nine: 9, six: 6, three: 3 }[d[1] as 'nine']}M` };
      if (!what && g.the) return null; // "the year-earlier results": only the adjective is the timex (see below)
      return { ...date(yearEarlier(c, at.start)), anaphoric: true };
    },
  },
  {
    // "year-earlier" adjective alone, without its article: "The [year-ago] results"
    name: 'year-earlier-adj',
    heads: ['unit'],
    after: /^(?:-|\s+)(?:earlier|ago)\b/i,
    triggers: /^year/,
    re: rx('year(?:-| )(?:earlier|ago)(?![\\w-])(?! (?:fiscal )?(?:(?:first|second|third|fourth) )?(?:quarter|period|nine months|six months))'),
    build(g, c, at) {
      return { ...date(yearEarlier(c, at.start)), anaphoric: true };
    },
  },
  {
    // "the same period last year", "the quarter a year ago", "the year-earlier quarter" variants
    name: 'period-last-year',
    heads: ['unit'],
    after: /^(?:\s+(?:of\s+)?(?:a\s+year|last\s+year|the\s+previous|the\s+prior)|['’]s\s)/i,
    triggers: /^(?:quarter|period|year)/,
    re: rx("(?:the (?:same |comparable |corresponding )?(?:quarter|period|(?:first|second|third|fourth) quarter) (?:of )?(?:a year (?:ago|earlier)|last year|the previous year|the prior year)|(?:last|the previous|the prior) year['’]s (?:quarter|period))(?![\\w-])"),
    build(g, c, at) {
      return { ...date(yearEarlier(c, at.start)), anaphoric: true };
    },
  },
  {
    // "two weeks ago", "a year earlier", "nearly four years ago", "several years ago", "a week or so ago",
    // "three years from now"
    name: 'ago',
    heads: ['unit'],
    after: /^(?:\s+or\s+so)?\s+(?:ago|earlier|from\s+now|hence|back)\b/i,
    re: rx('(?:(?<approx>nearly|almost|around|roughly|approximately|some|more than|less than|at least) )?(?<num>{NUM}|{VAGUE})(?:-| )(?<unit>{U})(?: or so)? (?<dir>ago|earlier|from now|hence|back)(?![\\w-])'),
    build(g, c, at) {
      const unit = unitOf(g.unit!);
      const n = amountOf(g.num);
      const dir = lower(g.dir);
      const sign = dir === 'from now' || dir === 'hence' ? 1 : -1;
      const mod: Mod | null = g.approx && /nearly|almost|about|around|roughly|approximately|some/i.test(g.approx) ? 'APPROX' : null;
      if (n === null) return date(sign > 0 ? 'FUTURE_REF' : 'PAST_REF', mod);
      if (unit === 'year' && n === 1 && (dir === 'earlier' || dir === 'ago')) return { ...date(yearEarlier(c, at.start), mod), anaphoric: true };
      if ((dir === 'back' || dir === 'earlier') && unit !== 'year') return null;
      const v = agoValue(c, n, unit, sign);
      if (!v) return null;
      return /T\d/.test(v) ? { type: 'TIME', value: v, mod } : date(v, mod);
    },
  },
  {
    // "years ago", "months earlier": vague past
    name: 'ago-vague',
    heads: ['unit'],
    after: /^\s+(?:ago|earlier)\b/i,
    triggers: /s$/,
    re: rx('(?<unit>years|months|weeks|days|decades|centuries) (?<dir>ago|earlier)(?![\\w-])'),
    build(g, c, at) {
      if (/\d|^(?:two|three|four|five|six|seven|eight|nine|ten|few|several|many|some)$/i.test(c.prevWord(at.start))) return null;
      return date('PAST_REF');
    },
  },
  {
    // "now", "currently", "these days", "nowadays", "at present"
    name: 'present',
    heads: ['deictic'],
    re: rx('(?:now|nowadays|currently|presently|these days|at present)(?![\\w-])'),
    build(g, c, at) {
      const word = c.text.slice(at.start, at.end);
      if (word === 'NOW' && /[a-z]/.test(c.prevWord(at.start))) return null; // "on NOW": a brand name
      if (word === 'Now' && /^[A-Z]/.test(c.prevWord(at.start)) && !c.sentenceStart(at.start)) return null; // "Subscribe Now", "Apocalypse Now"
      if (/^now$/i.test(word)) {
        const prev = c.prevWord(at.start).toLowerCase();
        const next = c.nextWord(at.end).toLowerCase();
        if (prev === 'from' || next === 'on') return null;
      }
      return date('PRESENT_REF');
    },
  },
  {
    // "current" as an adjective of time: "current market conditions"
    name: 'current',
    heads: ['deictic'],
    re: rx('current(?! (?:account|accounts|assets|liabilities|affairs|events|president|chairman|chief|members?|director|owner)\\b)(?![\\w-])'),
    build(g, c, at) {
      return c.prevWord(at.start).toLowerCase() === 'then' ? null : date('PRESENT_REF');
    },
  },
  {
    // "recently", "more recently", "lately"
    name: 'recently',
    heads: ['deictic'],
    re: rx('(?:(?:more|most) )?(?:recently|lately)(?![\\w-])'),
    build() {
      return date('PAST_REF');
    },
  },
  {
    // "the past" (alone), "the future", "the near future"; not "the foreseeable future" (rarely annotated)
    name: 'past-future',
    heads: ['deictic'],
    re: rx('the (?:(?<adj>near|distant|immediate|recent|not-too-distant|not too distant) )?(?<w>past|future)(?![\\w-])(?! (?:{NUM}|{VAGUE}|few|several|couple|{U}|decades?)\\b)'),
    build(g, c, at) {
      if (/^[A-Z]/.test(g.w!) && !c.sentenceStart(at.start)) return null; // "Notes on the Future of Our Democracy": a title
      return date(lower(g.w) === 'past' ? 'PAST_REF' : 'FUTURE_REF');
    },
  },
  {
    // "future quarters", "recent years", "coming months", "the weeks ahead"
    name: 'vague-ref',
    heads: ['unit', 'deictic'],
    triggers: /^(?:years|months|weeks|days|quarters|decades|future|recent|past)$/,
    re: rx('(?:(?<the>the) )?(?<w>future|recent|coming|upcoming|past|previous|earlier|later|prior) (?<unit>years|months|weeks|days|quarters|decades)(?![\\w-])'),
    build(g) {
      const w = lower(g.w);
      const unit = lower(g.unit);
      // "the coming weeks" is a stretch of time starting now (TimeML: DURATION PXW); "future years" a vague time ahead.
      if (w === 'coming' || w === 'upcoming') return { type: 'DURATION', value: `P${VAGUE_UNIT_LETTER[unitOf(unit)]}` };
      if (w === 'future' || w === 'later') return date('FUTURE_REF');
      if (w === 'recent' && unit !== 'years' && unit !== 'decades') {
        return { type: 'DURATION', value: `PX${{ months: 'M', weeks: 'W', days: 'D', quarters: 'M' }[unit as 'months']}` };
      }
      return date('PAST_REF');
    },
  },
  {
    // "year-end", "year's end", "around year end": the end of the publication year (of the last one after "since"),
    // written as its last day
    name: 'year-end',
    heads: ['unit'],
    after: /^(?:-|\s+|['’]s\s+)end\b/i,
    triggers: /^year$/,
    re: rx("(?:(?<around>around|about) )?(?:(?<rel>this|last|next) )?year(?:-| |['’]s )end(?![\\w-])"),
    build(g, c, at) {
      const r = lower(g.rel);
      const since = /^since$/i.test(c.prevWord(at.start));
      const n = r === 'last' || (!r && since) ? -1 : r === 'next' ? 1 : 0;
      // The last day of the year, as "the end of August" is its last day; "around year end" is only its last month.
      const y = rel.year(c, n);
      if (!c.dct) return date(y, g.around ? 'APPROX' : 'END');
      return g.around ? date(`${y}-12`, 'APPROX') : date(`${y}-12-31`, 'END');
    },
  },
  {
    // "the near term", "in the short term", "the long term": the future
    name: 'term',
    heads: ['deictic'],
    triggers: /^term$/,
    re: rx('the (?:near|short|medium|long) term(?![\\w-])(?=\\s*(?:[.,;:!?"\')”’]|and\\b|but\\b|as\\b|to\\b|for\\b|because\\b|if\\b|while\\b|when\\b|$))'),
    build() {
      return date('FUTURE_REF');
    },
  },
  {
    // "the weeks ahead", "the months to come"
    name: 'ahead',
    heads: ['unit'],
    after: /^\s+(?:ahead|to\s+come)\b/i,
    triggers: /^(?:years|months|weeks|days)$/,
    re: rx('the (?:(?:coming|next) )?(?<unit>years|months|weeks|days) (?:ahead|to come)(?![\\w-])'),
    build(g) {
      return { type: 'DURATION', value: `P${VAGUE_UNIT_LETTER[unitOf(g.unit!)]}` };
    },
  },
];

