// Calendar dates: month-day-year, month-year, months, years, decades, centuries, quarters and halves, seasons,
// holidays, numeric dates.
import {
  type Ymd, addDays, daysInMonth, easter, fmtDay, fmtHalf, fmtMonth, fmtQuarter, fmtYear, nthWeekday, quarterOf,
  shiftQuarter,
} from '../calendar.js';
import type { TimeContext } from '../context.js';
import { preMod, rx } from '../grammar.js';
import { MONTHS, ORDINAL_WORDS, SEASONS, WEEKDAYS, parseNumber, parseSpokenYear } from '../lexicon.js';
import { type Direction, directionOf, monthDayYear, monthYear, nearest, quarterYear, weekdayDate } from '../resolve.js';
import { type Built, type Groups, type Mod, type Rule, capitalised, lower } from '../rule.js';
import { BARE_YEAR_MAX, BARE_YEAR_MIN } from '../settings.js';

export const monthOf = (w: string | undefined) => MONTHS[lower(w).replace(/\.$/, '')];

/** Day of month from digits ("7", "7th") or an ordinal word ("eighth"). */
function dayOf(w: string | undefined): number | null {
  const s = lower(w);
  const n = /^\d+/.test(s) ? parseInt(s, 10) : ORDINAL_WORDS[s] ?? parseNumber(s);
  return n && n >= 1 && n <= 31 ? n : null;
}

/** Year from "1998", "'98", "nineteen ninety-eight". */
export function yearOf(w: string | undefined, c: TimeContext): number | null {
  const s = lower(w);
  if (!s) return null;
  if (/^\d{4}$/.test(s)) return Number(s);
  const a = /^['’](\d\d)$/.exec(s);
  if (a) {
    const yy = Number(a[1]);
    const now = c.dct?.y ?? 2000;
    return now >= 2000 && yy <= (now % 100) + 1 ? 2000 + yy : 1900 + yy;
  }
  return parseSpokenYear(s);
}

/** Words before a bare month that show it is a date ("in May", "last May"), not a name ("Theresa May"). */
const MONTH_CUE = /^(?:in|since|by|until|till|through|from|to|of|for|during|before|after|between|and|or|last|this|next|early|late|mid|each|every|on|around|about|that|than|as|at|throughout|the|a|an|its|their|his|her|our|whose|late-|mid-|early-)$/i;
/** Words after a four-digit number that show it counts things rather than naming a year. */
const COUNT_NOUN = /^(?:days|weeks|months|years|minutes|seconds|people|persons|shares|troops|soldiers|tonnes|tons|barrels|bpd|miles|kilometers|kilometres|km|feet|ft|meters|metres|yards|units|cars|vehicles|jobs|employees|workers|points|votes|seats|acres|hectares|pounds|lbs|kg|kilos|dlrs|dollars|yen|marks|francs|pct|percent|mln|million|billion|bln|members|students|homes|houses|cases|deaths|copies|rooms|beds|mw|megawatts|hours|hrs|gmt|utc|est|edt|cdt|pdt|bst|cet|local|refugees|civilians|prisoners|names|signatures|stores|branches|planes|aircraft|ships|tanks|rockets|missiles|drones|cattle|head|bags|lots|contracts|shs|times|euros|pesos|rubles|roubles|hryvnias|words|pages|sq|square|cubic|cu|litres|liters|gallons|ounces|oz)$/i;
/** Words before a four-digit number that make it a quantity, a price or a label. */
const NOT_YEAR_BEFORE = /^(?:\$|us\$|no\.?|nos\.?|number|#|room|suite|flight|route|highway|model|extension|ext\.?|resolution|article|at|to|from|about|some|nearly|almost|over|under|than|by|of|approximately|roughly)$/i;

/** Checks that a month word is the month: capitalised, and when alone, not part of a name. */
function monthWordOk(word: string, c: TimeContext, start: number, alone: boolean): boolean {
  if (!capitalised(word)) return false;
  if (!alone) return true;
  const prev = c.prevWord(start);
  if (/^(?:may|march)$/i.test(word) && c.sentenceStart(start) && !/^[\d,]/.test(c.nextWord(start + word.length))) return false;
  if (prev && /^[A-Z][a-z]/.test(prev) && !MONTH_CUE.test(prev)) return false; // "Theresa May"
  const next = c.nextWord(start + word.length);
  if (/^[A-Z][a-z]+$/.test(next) && !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(next))
    return false;
  // "the annual March for Life", "the March of the Mothers": a march, not the month.
  if (/^march$/i.test(word) && /^(?:the|a|an|annual|this|that)$/i.test(prev) && /^(?:for|of|on|to|against|through|across|from)$/i.test(next)) return false;
  return true;
}

/** A bare four-digit number that names a year. */
function bareYearOk(y: number, c: TimeContext, start: number, end: number): boolean {
  const prev = c.prevWord(start);
  const next = c.nextWord(end);
  if (COUNT_NOUN.test(next)) return false;
  if (y < BARE_YEAR_MIN || y > BARE_YEAR_MAX) return /^(?:in|since|year|from|until|by|circa|c\.)$/i.test(prev);
  if (NOT_YEAR_BEFORE.test(prev)) {
    // "from 1990 to 1995", "by 1995", "of 1990" name years; "from 1,990" does not occur with four digits alone.
    if (/^(?:from|to|by|of|than|since)$/i.test(prev)) return true;
    return false;
  }
  return true;
}

const date = (value: string, mod: Mod | null = null): Built => ({ type: 'DATE', value, mod });

/** Value of a day-precision date, with the year resolved when not given. */
function dayValue(c: TimeContext, m: number, d: number, y: number | null, start: number, dir: Direction = 'auto'): string | null {
  if (y === null) y = monthDayYear(c, m, d, start, dir);
  if (y !== null && d > daysInMonth(y, m)) return null;
  if (y === null) return `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return fmtDay({ y, m, d });
}

/** The last day of a month: "the end of August" names a deadline day. */
function monthEndDay(y: number, m: number): string {
  return fmtDay({ y, m, d: daysInMonth(y, m) });
}

/** Words before "the 80s" that make it degrees, not a decade. */
const TEMPERATURE_BEFORE = /temperat|degree|\bhighs?\b|\blows?\b|°|fahrenheit|celsius/i;

/** "January and February 2022", "March to May 2024": the first month shares the year named after the second. */
const SHARED_YEAR = /^\s*(?:and|or|to|through|until|-|–)\s*(?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?),?\s+((?:1[89]|20)\d\d)\b/i;

function monthValue(c: TimeContext, g: Groups, m: number, y: number | null, start: number, end = start): Built | null {
  const dir = directionOf(g.rel);
  const shared = y === null && !g.rel && !g.ry ? SHARED_YEAR.exec(c.text.slice(end, end + 40)) : null;
  let year = y ?? (shared ? Number(shared[1]) : null);
  const ry = lower(g.ry);
  if (year === null && ry) year = c.dct ? c.dct.y + (ry === 'last' ? -1 : ry === 'next' ? 1 : 0) : null;
  // "in April of that year", "in May of the following year": the year of the date last named.
  const ay = lower(g.ay);
  if (year === null && ay) {
    const ref = c.reference(start, /that|same/.test(ay));
    if (!ref) return null;
    year = Number(ref.value.slice(0, 4)) + (/following|next/.test(ay) ? 1 : /previous|preceding/.test(ay) ? -1 : 0);
  }
  if (year === null) year = monthYear(c, m, dir, start, end);
  const mod = preMod(g);
  if (year === null) return date(`XXXX-${String(m).padStart(2, '0')}`, mod);
  if (g.pt && /\bend\b|\bclose\b/i.test(g.pt)) return date(monthEndDay(year, m), 'END');
  return date(fmtMonth(year, m), mod);
}

export const calendarRules: Rule[] = [
  {
    // "March 26, 1996", "Friday, Oct. 13", "this coming Sunday, March eighth", "mid-March 5", "last Oct. 23"
    name: 'month-day-year',
    heads: ['month', 'weekday'],
    re: rx("{PRE}(?:(?<rel>this coming|this past|this|last|next|past|coming) )?(?:(?<wd>{WD}),? )?(?<month>{M}) (?:the )?(?<day>{DAY}|{ORDW}|{DAYW})(?:,? (?<year>{Y}|{SY}|{YA}))?(?![\\w'’]|-(?!\\d))"),
    build(g, c, at) {
      const m = monthOf(g.month);
      const d = dayOf(g.day);
      if (!m || !d || !capitalised(g.month)) return null;
      if (/^may$/i.test(g.month!) && !g.year && !/^\d/.test(g.day!)) return null; // "May one day ..."
      if (/^\d/.test(g.day ?? '') && !/\.$/.test(g.month ?? '') && g.month!.length === 3 && !/^may$/i.test(g.month!) && !g.year) return null;
      // "this coming Sunday, March 8" names the direction of the weekday; "last Oct. 23" that of the date.
      const dir = g.wd ? 'auto' : directionOf(g.rel);
      const v = dayValue(c, m, d, g.year ? yearOf(g.year, c) : null, at.start, dir === 'this' ? 'auto' : dir);
      return v ? date(v, preMod(g)) : null;
    },
  },
  {
    // "26 March 1996", "the 25th of July"
    name: 'day-month-year',
    heads: ['month'],
    re: rx("{PRE}(?:(?<wd>{WD}),? )?(?:the )?(?<![\\d/.-])(?<day>{DAY}|{ORDW}) (?:of )?(?<month>{M})(?:,? (?<year>{Y}|{YA}))?(?![\\w'’-])"),
    build(g, c, at) {
      const m = monthOf(g.month);
      const d = dayOf(g.day);
      if (!m || !d || !capitalised(g.month)) return null;
      const v = dayValue(c, m, d, g.year ? yearOf(g.year, c) : null, at.start);
      return v ? date(v, preMod(g)) : null;
    },
  },
  {
    // "August 1988", "January nineteen ninety-seven", "mid-March of 1998"
    name: 'month-year',
    heads: ['month'],
    re: rx("{PRE}(?<month>{M}),? (?:of )?(?<year>{Y}|{SY}|{YA})(?![\\w'’-])"),
    build(g, c, at) {
      const m = monthOf(g.month);
      const y = yearOf(g.year, c);
      if (!m || y === null || !capitalised(g.month)) return null;
      return monthValue(c, g, m, y, at.start);
    },
  },
  {
    // "December", "last November", "early September", "June last year", "the end of August"
    name: 'month',
    heads: ['month'],
    re: rx("{PRE}(?:(?<rel>this past|this coming|last|next|this|coming|past) )?(?<month>{MD})(?:(?: (?<ry>last|this|next) year)|,? of (?<ay>that|the same|the following|the next|the previous|the preceding) year)?(?![\\w-]|['’](?!s\\b))"),
    build(g, c, at) {
      const m = monthOf(g.month);
      if (!m) return null;
      const wordAt = c.text.indexOf(g.month!, at.start);
      if (!monthWordOk(g.month!, c, wordAt, !g.rel && !g.pm && !g.pt && !g.ry && !g.ay)) return null;
      return monthValue(c, g, m, null, at.start, at.end);
    },
  },
  {
    // "1998", "fiscal 1989", "mid-1996", "the end of 1990", "FY1990"
    name: 'year',
    heads: ['year', 'unit'],
    triggers: /^(?:year|\d|fy)/,
    re: rx('{PRE}(?:(?<fy>fiscal(?: year)?|calendar(?: year)?|the year|model year|FY) ?|(?<pp>post|pre)-)?(?<year>{Y})(?![\\w’]|-\\d|\'s? (?:first|second|third|fourth))'),
    build(g, c, at) {
      const y = Number(g.year);
      if (!g.fy && !g.pm && !g.pt && !g.pp && !bareYearOk(y, c, at.start, at.end)) return null;
      return date(fmtYear(y), g.pp ? (lower(g.pp) === 'post' ? 'AFTER' : 'BEFORE') : preMod(g));
    },
  },
  {
    // "FY90", "FY'98"
    name: 'fiscal-short',
    heads: ['year'],
    triggers: /^fy/,
    re: rx("FY ?['’]?(?<yy>\\d\\d)(?![\\w])"),
    build(g, c) {
      const y = yearOf(`'${g.yy}`, c);
      return y === null ? null : date(fmtYear(y));
    },
  },
  {
    // "the 1988 period", "the 1989 fiscal year" — the year, or the quarter under discussion in that year
    name: 'year-period',
    heads: ['year'],
    before: /\bthe\s+$/i,
    re: rx('the (?<year>{Y}) (?<what>period|quarter|fiscal year|year|season)(?![\\w-])'),
    build(g, c, at) {
      const y = Number(g.year);
      const fq = /^(?:period|quarter)$/.test(lower(g.what)) ? c.focusQuarter(at.start) : null;
      if (lower(g.what) === 'quarter' && !fq) return null;
      return date(fq ? fmtQuarter(y, fq.q) : fmtYear(y));
    },
  },
  {
    // "the year two thousand", "nineteen ninety-six"
    name: 'spoken-year',
    heads: ['spoken', 'unit'],
    triggers: /^(?:year|nineteen|eighteen|two)/,
    re: rx('(?:(?<the>the year) )?(?<year>{SY})(?![\\w-])'),
    build(g, c, at) {
      const y = yearOf(g.year, c);
      if (y === null) return null;
      if (/^two/i.test(g.year!) && !g.the && !/^(?:in|since|by|until|of|before|after)$/i.test(c.prevWord(at.start))) return null;
      return date(fmtYear(y));
    },
  },
  {
    // "2025-07-25"
    name: 'iso-date',
    heads: ['year'],
    after: /^-\d\d-\d\d/,
    re: rx('(?<y>(?:19|20)\\d\\d)-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\d:])'),
    build(g) {
      const y = Number(g.y), m = Number(g.m), d = Number(g.d);
      return d <= daysInMonth(y, m) ? date(fmtDay({ y, m, d })) : null;
    },
  },
  {
    // "7/25/2025", "25/07/2025" (US order unless the first number cannot be a month)
    name: 'slash-date',
    heads: ['year'],
    before: /\d{1,2}\/\d{1,2}\/$/,
    re: rx('(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>(?:19|20)\\d\\d)(?![\\d/])'),
    build(g) {
      let m = Number(g.a), d = Number(g.b);
      if (m > 12) [m, d] = [d, m];
      const y = Number(g.y);
      return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? date(fmtDay({ y, m, d })) : null;
    },
  },
  {
    // "the 1990s", "the late 1970s", "the mid-1980s", "the '90s"
    name: 'decade',
    heads: ['year', 'apos'],
    triggers: /s$|^['’]|^\d{3}0$/,
    re: rx("(?:(?<the>the) )?{PRE}(?:(?<dec>1\\d\\d|20\\d)0(?<ap>['’])?s|['’](?<dd>\\d)0['’]?s|(?<dd2>[1-9])0s)(?![\\w])"),
    build(g, c, at) {
      // "the 1990's" is the decade, "2020's election" a year's; "the 80s" a decade, "in their 80s" an age.
      const framed = !!(g.the || g.pm || g.pt);
      if ((g.ap || g.dd2) && !framed) return null;
      if (g.dd2 && TEMPERATURE_BEFORE.test(c.text.slice(Math.max(0, at.start - 48), at.start))) return null; // "highs in the 80s"
      if (g.dec) return date(g.dec, preMod(g));
      const d = Number(g.dd ?? g.dd2);
      const now = c.dct?.y ?? 1999;
      const cent = now >= 2000 && d * 10 <= now % 100 ? 20 : 19;
      return date(`${cent}${d}`, preMod(g));
    },
  },
  {
    // "the nineties", "the early eighties"
    name: 'decade-word',
    heads: ['decade'],
    re: rx('the {PRE}(?<w>{DECW})(?![\\w])'),
    build(g) {
      const n = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 }[lower(g.w)];
      return n ? date(`19${n}`, preMod(g)) : null;
    },
  },
  {
    // "the 20th century", "the eleventh century", "the early 19th century"
    name: 'century',
    heads: ['unit'],
    triggers: /^centur/,
    re: rx('(?:the )?{PRE}(?<n>\\d{1,2}(?:st|nd|rd|th)|{ORDW})(?:-| )century(?![\\w])'),
    build(g) {
      const s = lower(g.n);
      const n = /^\d/.test(s) ? parseInt(s, 10) : ORDINAL_WORDS[s];
      return n ? date(String(n - 1).padStart(2, '0'), preMod(g)) : null;
    },
  },
  {
    // "the third quarter", "third-quarter", "the 1988 second quarter", "this year's third quarter",
    // "the fiscal first quarter", "the second half of 1998", "next year's first quarter"
    name: 'quarter',
    heads: ['unit', 'year'],
    triggers: /^(?:quarters?|half|halves|year|\d)/,
    re: rx("(?:(?<the>the|this|a) )?(?:(?<yq>(?:1\\d{3}|20\\d\\d)(?:['’]s)?|this year['’]s|last year['’]s|next year['’]s|fiscal (?:1\\d{3}|20\\d\\d)['’]s) )?(?:(?:fiscal|calendar)(?:-| ))?(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?<hy>-| )(?:(?:fiscal|calendar)(?:-| ))?(?<qh>quarters?|half|halves)(?: of (?:the )?(?:(?:fiscal|calendar) (?:year )?)?(?<y2>(?:1\\d{3}|20\\d\\d)(?![\\w])|this year|last year|next year|the year)| (?<y3>(?:1\\d{3}|20\\d\\d))(?![\\w]))?(?![\\w-])"),
    build(g, c, at) {
      const half = /^hal/i.test(g.qh ?? '');
      const ord = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: half ? 2 : 4, last: half ? 2 : 0 }[lower(g.ord)];
      if (!ord) return null;
      // "the second half of a two-week period", "the first quarter of the game": not a calendar part.
      if (!g.y2 && /^\s+of\s+(?:an?|the (?:game|match|race|season|meeting|session|period|program|programme|contract|term))\b/i.test(c.text.slice(at.end, at.end + 24))) return null;
      // "the third-quarter loss": the article goes with the noun; the timex is the adjective.
      if (g.hy === '-' && lower(g.the) === 'the' && !g.yq && !g.y2 && !g.y3) return null;
      if (half && ord > 2) return null;
      if (lower(g.the) === 'a') return null;
      const yw = lower(g.y2 ?? g.y3 ?? g.yq).replace(/['’]s$/, '').replace(/^fiscal /, '');
      let y: number | null = null;
      if (/^\d{4}$/.test(yw)) y = Number(yw);
      else if (yw && c.dct) y = c.dct.y + (yw.startsWith('last') ? -1 : yw.startsWith('next') ? 1 : 0);
      else if (!yw) {
        if (half) y = c.dct ? (ord <= Math.ceil(c.dct.m / 6) || c.future(at.start) ? c.dct.y : c.dct.y - 1) : null;
        else y = quarterYear(c, ord, at.start);
      }
      if (y === null) return date(half ? `XXXX-H${ord}` : `XXXX-Q${ord}`);
      return date(half ? fmtHalf(y, ord) : fmtQuarter(y, ord));
    },
  },
  {
    // "Q3", "Q3 2025", "Q1-98", "2025 Q2"
    name: 'quarter-code',
    heads: ['quarter', 'year'],
    triggers: /^[qh][1-4]$|^\d{4}$/,
    re: rx("(?:(?<y0>(?:19|20)\\d\\d) )?(?<qh>[QH])(?<n>[1-4])(?:(?: |-|/)(?<y>(?:19|20)\\d\\d|['’]?\\d\\d))?(?![\\w])"),
    build(g, c, at) {
      const n = Number(g.n);
      const half = g.qh === 'H' || g.qh === 'h';
      if (g.qh !== g.qh!.toUpperCase() || (half && n > 2)) return null;
      const yRaw = g.y0 ?? g.y;
      const y = yRaw ? yearOf(/^\d\d$/.test(yRaw) ? `'${yRaw}` : yRaw.replace('’', "'"), c) : half ? c.dct?.y ?? null : quarterYear(c, n, at.start);
      if (y === null) return date(`XXXX-${g.qh}${n}`);
      return date(half ? fmtHalf(y, n) : fmtQuarter(y, n));
    },
  },
  {
    // "this summer", "last fall", "the winter of 1994", "spring 1998", "early summer"
    name: 'season',
    heads: ['season'],
    re: rx("{PRE}(?:(?<rel>this past|this coming|last|next|this|the|coming|past) )?(?:(?<pm2>early|late|mid)(?:-| ))?(?<s>{SEASON})(?:(?<of> of)? (?<year>{Y}|{SY}|{YA}))?(?![\\w'’-])"),
    build(g, c, at) {
      const code = SEASONS[lower(g.s)];
      if (!code) return null;
      const relw = lower(g.rel);
      const year = g.year ? yearOf(g.year, c) : null;
      if (year === null && /^[A-Z]/.test(c.nextWord(at.end))) return null; // "the Summer Olympics"
      if (year === null) {
        const prev = c.prevWord(at.start);
        if (!relw && !g.pm && !g.pt && !g.pm2 && !/^(?:in|during|since|by|until|through|over|before|after|for|this|last|next|late|early)$/i.test(prev)) return null;
        if (relw === 'the' && /^of$/i.test(c.nextWord(at.end))) return null;
        if (/^(?:fall|spring)$/i.test(g.s!) && !relw && !g.pm2 && !g.pt && !g.pm) return null;
      }
      const mod: Mod | null = preMod(g) ?? (g.pm2 ? preMod({ pm: g.pm2 }) : null);
      if (year !== null) return date(`${fmtYear(year)}-${code}`, mod);
      if (!c.dct) return date(`XXXX-${code}`, mod);
      const order = ['WI', 'SP', 'SU', 'FA'];
      const cur = c.dct.m === 12 ? 0 : Math.floor(c.dct.m / 3); // 0 WI (Dec–Feb), 1 SP, 2 SU, 3 FA
      const idx = order.indexOf(code);
      // Winter is dated by the year in which it ends: "winter" in December 1998 is 1999-WI... TimeML dates it by its
      // start; keep it simple: the calendar year of the anchor, shifted for last/next.
      let y = c.dct.y;
      const dir = directionOf(relw);
      if (dir === 'past' && idx >= cur) y--;
      if (dir === 'future' && idx <= cur) y++;
      return date(`${fmtYear(y)}-${code}`, mod);
    },
  },
  {
    // "Christmas", "Thanksgiving Day", "New Year's Eve", "Easter 1998", "last Christmas"
    name: 'holiday',
    heads: ['holiday'],
    re: rx("(?:(?<rel>last|this|next|this past|this coming) )?(?<h>christmas(?: day| eve)?|new year['’]s(?: day| eve)?|easter(?: sunday| monday)?|thanksgiving(?: day)?|labor day|memorial day|veterans day|halloween|valentine['’]s day|good friday|boxing day|election day)(?:,? (?<year>{Y}))?(?![\\w'’-])"),
    build(g, c, at) {
      if (!capitalised(g.h) || (/^election/i.test(g.h!) && !/^[A-Z]/.test(g.h!.split(/\s+/)[1] ?? ''))) return null;
      const h = lower(g.h).replace('’', "'");
      const dayIn = (y: number): Ymd => {
        if (h.startsWith('christmas eve')) return { y, m: 12, d: 24 };
        if (h.startsWith('christmas')) return { y, m: 12, d: 25 };
        if (h === "new year's eve") return { y, m: 12, d: 31 };
        if (h.startsWith('new year')) return { y, m: 1, d: 1 };
        if (h === 'easter monday') return addDays(easter(y), 1);
        if (h === 'good friday') return addDays(easter(y), -2);
        if (h.startsWith('easter')) return easter(y);
        if (h.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
        if (h === 'labor day') return nthWeekday(y, 9, 1, 1);
        if (h === 'memorial day') return nthWeekday(y, 5, 1, -1);
        if (h === 'veterans day') return { y, m: 11, d: 11 };
        if (h === 'halloween') return { y, m: 10, d: 31 };
        if (h === 'election day') return addDays(nthWeekday(y, 11, 1, 1), 1); // US: the Tuesday after the first Monday
        if (h.startsWith('valentine')) return { y, m: 2, d: 14 };
        return { y, m: 12, d: 26 };
      };
      if (g.year) return date(fmtDay(dayIn(Number(g.year))));
      if (!c.dct) return null;
      const dct = c.dct;
      const dir = directionOf(g.rel);
      const cands = [dayIn(dct.y - 1), dayIn(dct.y), dayIn(dct.y + 1)];
      const key = (a: Ymd) => a.y * 10000 + a.m * 100 + a.d;
      const now = key(dct);
      let pick: Ymd;
      if (dir === 'past') pick = cands.filter((x) => key(x) < now).pop()!;
      else if (dir === 'future') pick = cands.find((x) => key(x) > now)!;
      else pick = nearest(dct, cands, c.future(at.start));
      return date(fmtDay(pick));
    },
  },
  {
    // "Wednesday, Aug. 5" handled above; "each July", "every December": a set of months
    name: 'month-set',
    heads: ['month'],
    before: /\b(?:every|each)\s+$/i,
    re: rx('(?:every|each) (?<month>{MF})(?![\\w])'),
    build(g) {
      const m = monthOf(g.month);
      return m && capitalised(g.month) ? { type: 'SET', value: `XXXX-${String(m).padStart(2, '0')}` } : null;
    },
  },
];

