// Date lines of a scraped text: a line that is a date, possibly with a label (Published/Updated/Posted…), a
// weekday, a time and zone, a byline or a short place name ("March 06, 2008", "Updated 5:44 PM UTC, January 26,
// 2026", "KYIV, Ukraine — Feb. 7, 2026", "Published 12 Feb 2026, 10:31"). A date inside prose ("On March 6,
// 2008, the court…") or a teaser ("Russian Offensive Campaign Assessment, February 21, 2026") is no date line:
// every word beside the date must be a label, a joiner, a zone, or one of a few capitalised name words.
// chrono-node finds where the dates are; the project's parseDate gives their value (day-first dotted dates,
// plausibility and the future check), so every date source in the product reads dates the same way.
import * as chrono from 'chrono-node';
import { parseDate, type DateParts } from '../metadata/dates.js';
import { BYLINE_WORD_RE, COUNT_NOTE_WORDS, DATELINE_JOINERS, PUBLISHED_LABEL_RE, TEASER_WORDS, UPDATED_LABEL_RE, WEEKDAY_WORDS, ZONE_WORDS } from './dateline-lexicon.js';
import { BYLINE_MAX_WORDS } from './settings.js';

/** A date line may name at most this many capitalised words besides its date and labels (a place, an outlet,
 *  the names of a byline): "Kyiv, Ukraine", "Jane Doe | Reuters". A Title-Case teaser has more. */
export const DATELINE_NAME_WORDS = 3;
/** With a "By" byline or a date label the names may be longer ("By Jane Doe and John Roe, Reuters",
 *  "City Desk / The Daily Post / Updated: …"). */
export const DATELINE_LONG_NAME_WORDS = 8;
/** A date line may carry this many lower-case words that are no label ("October 22, 2019 report",
 *  "4.02.2022 par …"); prose has more, or ends as a sentence. */
export const DATELINE_LOWER_WORDS = 2;
/** Cheap filter before chrono runs: a line without a year-like number names no full date. */
const HAS_YEAR_RE = /(?:^|\D)(?:19|20)\d{2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)/;

export type DateSource = 'published' | 'byline' | 'dateline' | 'updated';

export interface DateHit {
  iso: string;
  source: DateSource;
  /** The line says nothing but the date (with its label, byline or place): it can leave the body. */
  lineIsDate: boolean;
}

interface FoundDate {
  start: number;
  end: number;
  parts: DateParts;
  range: boolean;
}

/** Date parsers tried in turn: English first, then the other languages whose month names parseDate also reads. */
const PARSERS = [chrono.strict, chrono.de.strict, chrono.fr.strict, chrono.es.strict, chrono.pt.strict, chrono.nl.strict];

/** Full dates (day, month and year all written) in a line, with their spans. */
function findDates(line: string, now: Date): FoundDate[] {
  for (const parser of PARSERS) {
    const out: FoundDate[] = [];
    for (const r of parser.parse(line, now)) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month') || !r.start.isCertain('year')) continue;
      const parts = parseDate(r.text, { now });
      if (!parts || ambiguousNumeric(r.text)) continue;
      // "20 March 2021 - 15:00" is read as a range ending at a time: only a second day makes a range.
      const range = !!r.end && r.end.isCertain('day') && r.end.get('day') !== r.start.get('day');
      out.push({ start: r.index, end: r.index + r.text.length, parts, range });
    }
    if (out.length) return out;
  }
  return [];
}

/** A numeric date whose day and month could be swapped ("03/05/2022": 3 May or 5 March): the order differs
 *  between countries, so it is no evidence. Dotted dates are day first everywhere they are used. */
function ambiguousNumeric(span: string): boolean {
  const m = /(?:^|\D)(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})(?!\d)/.exec(span);
  return !!m && +m[1] <= 12 && +m[2] <= 12 && +m[1] !== +m[2];
}

/** Words of the line outside its dates, labels, joiners, zones, weekdays and reading-time notes, split into
 *  capitalised (names, places, outlets) and lower-case ones; null when a stray number or a teaser's word
 *  ("3 hours ago") shows the line is no date line of this article. */
function otherWords(line: string, dates: readonly FoundDate[]): { names: string[]; lower: string[] } | null {
  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += line.slice(at, d.start) + ' ';
    at = d.end;
  }
  // Bracketed words are a template's placeholders left in the scrape ("Updated [hour]:[minute] [AMPM]").
  rest = (rest + line.slice(at)).replace(PLACEHOLDER_RE, (m) => ' '.repeat(m.length));
  // Labels and "5 min read" notes are blanked with spaces of the same length, so offsets stay put.
  const blank = (m: string) => ' '.repeat(m.length);
  const lowerRest = rest.toLowerCase();
  if (lowerRest.length !== rest.length) return null;
  const masked = lowerRest.replace(PUBLISHED_LABEL_G, blank).replace(UPDATED_LABEL_G, blank).replace(READ_TIME_RE, blank);
  const names: string[] = [];
  const lower: string[] = [];
  for (const m of masked.matchAll(WORD_RE)) {
    const lw = m[0].replace(EDGE_PUNCT_RE, '');
    const w = rest.slice(m.index, m.index + m[0].length).replace(EDGE_PUNCT_RE, '');
    if (!lw) continue;
    if (MERIDIEM.has(lw) || DATELINE_JOINERS.has(lw) || WEEKDAY_WORDS.has(lw) || ZONE_WORDS.has(w)) continue;
    if (/^\d{1,2}(?::\d{2})+$/.test(w)) continue; // a time written apart from the date
    if (TEASER_WORDS.has(lw) || /^\d/.test(w)) return null; // a feed's relative stamp, or a number: a table row
    (/^\p{Lu}/u.test(w) ? names : lower).push(w);
  }
  return { names, lower };
}

const BYLINE_START_RE = new RegExp(`^(?:\\p{L}+\\s+){0,2}${BYLINE_WORD_RE.source}`, 'iu');
const BYLINE_AFTER_SEPARATOR_RE = new RegExp(`[|•·/—–]\\s*${BYLINE_WORD_RE.source}`, 'iu');
const LEADING_LABEL_RE = new RegExp(`^[^\\p{L}\\d]*(?:${PUBLISHED_LABEL_RE.source})`, 'u');
const PLACEHOLDER_RE = /\[[^\]\n]{0,24}\]/g;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.&:-]*/gu;
const EDGE_PUNCT_RE = /^[.'’&:-]+|[.'’&:-]+$/g;
const MERIDIEM: ReadonlySet<string> = new Set(['am', 'pm', 'a.m', 'p.m']);
const READ_TIME_RE = new RegExp(`\\b\\d+\\s*(?:${COUNT_NOTE_WORDS.join('|')})\\b`, 'gu');

const PUBLISHED_LABEL_G = new RegExp(PUBLISHED_LABEL_RE.source, 'gu');
const UPDATED_LABEL_G = new RegExp(UPDATED_LABEL_RE.source, 'gu');

/**
 * The publication date a line gives, with how it gives it; null when the line is not a date line. In the head
 * of the text (before the body and its first lines) an unlabelled date line counts; elsewhere only a line
 * labelled as the publication date ("Published 12 January 2026") does.
 */
export function dateFromLine(line: string, inHead: boolean, now: Date = new Date()): DateHit | null {
  const text = line.trim();
  if (!text || !HAS_YEAR_RE.test(text)) return null;
  if (text.split(/\s+/).length > BYLINE_MAX_WORDS) return null;
  // Outside the head only a line that starts with a publication label can count: skip the parsers otherwise.
  if (!inHead && !LEADING_LABEL_RE.test(text.toLowerCase())) return null;
  const dates = findDates(text, now);
  if (!dates.length || dates.some((d) => d.range)) return null;
  const words = otherWords(text, dates);
  if (!words) return null;
  // Prose: more than a couple of lower-case words, or a sentence (lower-case words and a full stop at the end).
  if (words.lower.length > DATELINE_LOWER_WORDS || (words.lower.length && /[.!?]["'”’]?$/u.test(text))) return null;
  // A byline: "by" (or its translation) among the first words, or right after a separator.
  const byline = BYLINE_START_RE.test(text) || BYLINE_AFTER_SEPARATOR_RE.test(text);
  const lowered = text.toLowerCase();
  const labelled = PUBLISHED_LABEL_RE.test(lowered) || UPDATED_LABEL_RE.test(lowered);
  if (words.names.length > (byline || labelled ? DATELINE_LONG_NAME_WORDS : DATELINE_NAME_WORDS)) return null;

  // Each date takes the label written closest before it: "Published: 12 Feb | Updated: 13 Feb".
  let best: { parts: DateParts; source: DateSource } | null = null;
  let prevEnd = 0;
  let unlabelled = 0;
  for (const d of dates) {
    const before = text.slice(prevEnd, d.start).toLowerCase();
    prevEnd = d.end;
    const pub = lastMatch(before, PUBLISHED_LABEL_G);
    const upd = lastMatch(before, UPDATED_LABEL_G);
    const source: DateSource =
      upd > pub ? 'updated' : pub >= 0 ? 'published' : byline ? 'byline' : 'dateline';
    if (source === 'dateline') unlabelled++;
    // Outside the head a date counts only on a line that starts with its publication label.
    if (!inHead && (source !== 'published' || !LEADING_LABEL_RE.test(lowered))) continue;
    if (!best || SOURCE_RANK[source] < SOURCE_RANK[best.source]) best = { parts: d.parts, source };
  }
  if (!best) return null;
  // Two unlabelled dates on one line are an event's dates or a list, not a date line.
  if (best.source === 'dateline' && unlabelled > 1) return null;
  return { iso: isoDate(best.parts), source: best.source, lineIsDate: true };
}

/** Index of the last match of a global regex in s, or -1. */
function lastMatch(s: string, g: RegExp): number {
  let last = -1;
  for (const m of s.matchAll(g)) last = m.index;
  return last;
}

const SOURCE_RANK: Record<DateSource, number> = { published: 0, byline: 1, dateline: 2, updated: 3 };

/**
 * The best of several hits: a "Published" date before a byline's date before a bare date line before an
 * "Updated" date (the first publication is wanted); among equals the one nearest the anchor (the title line,
 * else the body's first line), since teasers and other articles' dates stand further away.
 */
export function bestDate(hits: readonly (DateHit & { line?: number })[], anchor = 0): string | null {
  return bestHit(hits, anchor)?.iso ?? null;
}

/** The hit bestDate picks, with how the text names it. */
export function bestHit<H extends DateHit & { line?: number }>(hits: readonly H[], anchor = 0): H | null {
  let best: H | null = null;
  const dist = (h: { line?: number }) => Math.abs((h.line ?? anchor) - anchor);
  for (const h of hits) {
    if (!best || SOURCE_RANK[h.source] < SOURCE_RANK[best.source] || (SOURCE_RANK[h.source] === SOURCE_RANK[best.source] && dist(h) < dist(best)))
      best = h;
  }
  return best;
}

function isoDate(d: DateParts): string {
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}
