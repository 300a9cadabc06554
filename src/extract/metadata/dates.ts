// Date strings from metadata → normalised ISO 8601: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" plus the zone offset
// when the source gives one ("Z" or "±HH:MM"). Handles ISO and near-ISO, RFC 2822, Unix timestamps, numeric
// day-first/month-first dates and month names in several languages. Implausible dates are rejected.
import { MAX_FUTURE_MS, MIN_YEAR, URL_DATE_RE } from './settings.js';

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // en, de, fr, es, it, pt, nl (full and common abbreviations)
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari'],
  ['february', 'feb', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrz', 'mär'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];
MONTH_NAMES.forEach((names, i) => { for (const n of names) MONTHS[n] = i + 1; });
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

export interface DateParts {
  y: number; m: number; d: number;
  time?: { h: number; mi: number; s: number };
  /** "Z" or "+HH:MM"; absent when the source has no zone. */
  offset?: string;
}

export interface DateOptions {
  /** Primary language of the page: decides dd/mm vs mm/dd for ambiguous numeric dates. */
  language?: string | null;
  /** "Now" for the future check (tests). */
  now?: Date;
}

// ISO and near-ISO: 2018-04-05, 2018-04-05T06:00:00.000-04:00, 2017-11-03 03:01:00.000000, 2018/04/05 10:52
const ISO_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/i;
// Compact ISO: 20180405 or 20180405T060000Z
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/;
// Numeric with day or month first: 05.04.2018, 5/4/2018, 05-04-2018 (2-digit years too), optional time.
const NUMERIC_RE = /(?:^|[^\d])(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?![\d])(?:[,\s]+(?:um\s+|à\s+|at\s+|a las\s+)?(\d{1,2})(?:[:h]|\.(?=\d{2}\s*Uhr))(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?)?/i;
// Optional time after a date: ", 10:52 AM EDT", " 06:00:00 -0400", " um 10:52 Uhr".
const TIME_TAIL = `(?:[,\\s]+(?:at\\s+|um\\s+|à\\s+|a las\\s+|-\\s+|\\|\\s+)?(\\d{1,2})(?:[:h]|\\.(?=\\d{2}\\s*Uhr))(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[ECMP][SD]T|BST|CES?T|MES?Z)?)?`;
// Month names: "April 5, 2018", "Apr 5 2018 10:52 AM", "Thu, 05 Apr 2018 06:00:00 -0400", "5. April 2018",
// "5 de abril de 2018", "5th April 2018".
const NAMED_DMY_RE = new RegExp(
  `(?:^|[^\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+|of\\s+)?(${MONTH_ALT})(?!\\p{L})\\.?,?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?![\\d])` + TIME_TAIL,
  'iu');
const NAMED_MDY_RE = new RegExp(
  `(?:^|[^\\p{L}\\d])(${MONTH_ALT})(?!\\p{L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})(?![\\d])` + TIME_TAIL,
  'iu');
// "April 2018" (month only) is not a publication date we trust.
// An ISO date anywhere in a longer string ("Published 2018-04-05 10:00").
const ISO_ANYWHERE_RE = /(?:^|[^\d])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?)?(?![\d])/;
/** Common zone abbreviations in bylines and RFC 2822 dates. */
const ZONES: Record<string, string> = {
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00',
  PDT: '-07:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', MEZ: '+01:00', MESZ: '+02:00',
};

/** Parse one date string; null when it is not a plausible publication date. */
export function parseDate(input: string | null | undefined, opts: DateOptions = {}): DateParts | null {
  if (!input) return null;
  const s = input.replace(/[\u00a0\u2009\u202f]/g, ' ').trim().slice(0, 200);
  if (!s) return null;
  const parts = parseRaw(s, opts);
  return parts && plausible(parts, opts.now ?? new Date()) ? parts : null;
}

/** Parse and format in one step. */
export function normaliseDate(input: string | null | undefined, opts: DateOptions = {}): string | null {
  const p = parseDate(input, opts);
  return p ? formatDate(p) : null;
}

export function formatDate(p: DateParts): string {
  const date = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  if (!p.time) return date;
  return `${date}T${pad(p.time.h)}:${pad(p.time.mi)}:${pad(p.time.s)}${p.offset ?? ''}`;
}

function parseRaw(s: string, opts: DateOptions): DateParts | null {
  let m = ISO_RE.exec(s);
  if (m) return build(+m[1], +m[2], +m[3], m[4], m[5], m[6], undefined, m[7]);

  if (/^\d{9,13}$/.test(s)) {
    // Unix timestamp in seconds or milliseconds.
    const ms = s.length >= 12 ? +s : +s * 1000;
    return fromUtc(new Date(ms));
  }
  m = COMPACT_RE.exec(s);
  if (m) return build(+m[1], +m[2], +m[3], m[4], m[5], m[6], undefined, m[7]);

  m = NAMED_MDY_RE.exec(s);
  const dmy = NAMED_DMY_RE.exec(s);
  // Take whichever named form occurs first in the string.
  if (m && (!dmy || m.index <= dmy.index)) {
    return build(+m[3], MONTHS[m[1].toLowerCase()], +m[2], m[4], m[5], m[6], m[7], m[8]);
  }
  if (dmy) return build(+dmy[3], MONTHS[dmy[2].toLowerCase()], +dmy[1], dmy[4], dmy[5], dmy[6], dmy[7], dmy[8]);

  m = ISO_ANYWHERE_RE.exec(s);
  if (m) return build(+m[1], +m[2], +m[3], m[4], m[5], m[6]);

  m = NUMERIC_RE.exec(s);
  if (m) {
    let a = +m[1], b = +m[3];
    let y = +m[4];
    if (m[4].length === 2) y += y < 70 ? 2000 : 1900;
    // Day first unless that is impossible, or the page is American English and month-first is possible.
    let monthFirst = false;
    if (a > 12) monthFirst = false;
    else if (b > 12) monthFirst = true;
    else monthFirst = m[2] === '/' && isMonthFirstLanguage(opts.language);
    if (monthFirst) [a, b] = [b, a];
    return build(y, b, a, m[5], m[6], m[7], m[8], undefined);
  }
  return null;
}

function isMonthFirstLanguage(lang: string | null | undefined): boolean {
  return !lang || lang === 'en';
}

function build(y: number, mo: number | undefined, d: number, h?: string, mi?: string, sec?: string, ampm?: string, zone?: string): DateParts | null {
  if (!mo || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
  const out: DateParts = { y, m: mo, d };
  if (h !== undefined && mi !== undefined) {
    let hour = +h;
    const ap = (ampm ?? '').toLowerCase().replace(/\./g, '');
    if (ap === 'pm' && hour < 12) hour += 12;
    if (ap === 'am' && hour === 12) hour = 0;
    const minute = +mi, second = sec ? +sec : 0;
    if (hour > 23 || minute > 59 || second > 60) return out;
    out.time = { h: hour, mi: minute, s: Math.min(second, 59) };
    const off = normaliseOffset(zone);
    if (off) out.offset = off;
  }
  return out;
}

function normaliseOffset(zone: string | undefined): string | null {
  if (!zone) return null;
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return 'Z';
  if (ZONES[z]) return ZONES[z];
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return null;
  const hh = +m[2], mm = m[3] ? +m[3] : 0;
  if (hh > 14 || mm > 59) return null;
  return `${m[1]}${pad(hh)}:${pad(mm)}`;
}

function fromUtc(d: Date): DateParts | null {
  if (Number.isNaN(d.getTime())) return null;
  return {
    y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(),
    time: { h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds() }, offset: 'Z',
  };
}

function plausible(p: DateParts, now: Date): boolean {
  if (p.y < MIN_YEAR) return false;
  const t = Date.UTC(p.y, p.m - 1, p.d, p.time?.h ?? 0, p.time?.mi ?? 0);
  return t <= now.getTime() + MAX_FUTURE_MS;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Milliseconds since the epoch when the date has a time and a zone; null otherwise. */
export function instantOf(p: DateParts): number | null {
  if (!p.time || !p.offset) return null;
  const local = Date.UTC(p.y, p.m - 1, p.d, p.time.h, p.time.mi, p.time.s);
  if (p.offset === 'Z') return local;
  const sign = p.offset.startsWith('-') ? -1 : 1;
  const [hh, mm] = p.offset.slice(1).split(':').map(Number);
  return local - sign * (hh * 60 + mm) * 60_000;
}

/** True for a date-time given in UTC ("Z" or "+00:00"): its calendar date may not be the publisher's. */
export function isUtc(p: DateParts): boolean {
  return !!p.time && (p.offset === 'Z' || p.offset === '+00:00');
}

/** Whole days from a to b (calendar dates only). */
export function dayDiff(a: DateParts, b: DateParts): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** A date found in the URL path (/2018/04/05/), as "YYYY-MM-DD". */
export function dateFromUrl(url: string | null | undefined, now = new Date()): string | null {
  if (!url) return null;
  let path: string;
  try { path = new URL(url).pathname; } catch { path = url; }
  const m = URL_DATE_RE.exec(path);
  if (!m) return null;
  const p = build(+m[1], +m[2], +m[3]);
  return p && plausible(p, now) ? formatDate(p) : null;
}
