// Byline and publication date from the head of a scraped text ("By Jane Doe and John Roe",
// "Published 12 January 2026", "by Jane Doe 10:41 AM February 5, 2026", "Updated: Feb 10, 2026").
import { parseDate } from '../metadata/dates.js';
import { BYLINE_MAX_WORDS, DATELINE_EXTRA_WORDS, DATELINE_MAX_WORDS } from './settings.js';
import { wordCount } from './title.js';

const BYLINE_RE = /^(?:(?:written|words|story|text|reporting|report|brief|analysis|commentary|opinion|interview|essay|photos?)\s+)?by[:\s]\s*(.+)$/iu;
/** Where a byline's name list ends: a date, a time, a separator, a role ("…, an editorial fellow at …"). */
const NAMES_END_RE = /\s+(?:[|•·–—]|-\s|\d|on\s+\p{Lu}|updated\b|published\b|posted\b)|,\s*(?:a|an|the|who|is|senior|chief|special|staff|contributing)\s|\s+for\s+\p{Lu}|\s+in\s+\p{Lu}\p{L}+$/u;
const NAME_SPLIT_RE = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/;
/** A person's name: two to five words, each capitalised (particles allowed). */
const NAME_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|del|der|van|von|bin|al|el|la|le|du|dos|ter)\s+)?\p{Lu}[\p{L}'’.-]*){1,4}$/u;

export function parseByline(line: string): { names: string[]; rest: string } | null {
  if (wordCount(line) > BYLINE_MAX_WORDS) return null;
  const m = BYLINE_RE.exec(line.trim());
  if (!m) return null;
  const body = m[1].trim();
  const end = NAMES_END_RE.exec(body);
  const namePart = end ? body.slice(0, end.index) : body;
  const names: string[] = [];
  for (const piece of namePart.split(NAME_SPLIT_RE)) {
    const name = piece.replace(/[.,;:]+$/, '').trim();
    if (!name) continue;
    if (!NAME_RE.test(name)) break;
    names.push(name);
  }
  if (!names.length) return null;
  return { names, rest: end ? body.slice(end.index) : '' };
}

/** A head line that is nothing but two or more names ("Jane Doe, John Roe and Ann Poe"): an author line. */
export function parseNameList(line: string): string[] | null {
  if (wordCount(line) > BYLINE_MAX_WORDS) return null;
  const pieces = line.trim().replace(/[.]$/, '').split(NAME_SPLIT_RE).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2 || !pieces.every((p) => NAME_RE.test(p))) return null;
  return pieces;
}

export type DateSource = 'published' | 'byline' | 'dateline' | 'updated';
const SOURCE_RANK: Record<DateSource, number> = { published: 0, byline: 1, dateline: 2, updated: 3 };

const PUBLISHED_RE = /\b(?:published|posted|first published|publication date|date published|released|issued)\b\s*(?:on|at)?\s*:?/iu;
const UPDATED_RE = /\b(?:updated|last updated|modified|last modified)\b\s*(?:on|at)?\s*:?/iu;

export interface DateHit {
  iso: string;
  source: DateSource;
  /** The line says nothing but the date (with its keyword): it can leave the body. */
  lineIsDate: boolean;
}

const DATE_WORDS_RE = /\b(?:published|posted|first|updated|last|modified|on|at|date|am|pm|a\.m\.|p\.m\.|utc|gmt|[ecmp][sd]t|bst|cet|cest|ist|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|\d[\d:.,/-]*/giu;

function isPureDate(line: string): boolean {
  const rest = line.replace(DATE_WORDS_RE, ' ').replace(/[^\p{L}]+/gu, ' ').trim();
  return wordCount(rest) <= DATELINE_EXTRA_WORDS;
}

/** Publication date named by one line, with how it was named; null when the line names none. */
export function dateFromLine(line: string, inHead: boolean, now?: Date): DateHit | null {
  if (wordCount(line) > BYLINE_MAX_WORDS) return null;
  const pub = PUBLISHED_RE.exec(line);
  if (pub) {
    const d = parseDate(line.slice(pub.index + pub[0].length), { now });
    if (d) return { iso: isoDate(d), source: 'published', lineIsDate: isPureDate(line) };
  }
  if (!inHead) return null;
  const upd = UPDATED_RE.exec(line);
  if (upd) {
    const d = parseDate(line.slice(upd.index + upd[0].length), { now });
    if (d) return { iso: isoDate(d), source: 'updated', lineIsDate: isPureDate(line) };
  }
  const by = parseByline(line);
  if (by && by.rest) {
    const d = parseDate(by.rest, { now });
    if (d) return { iso: isoDate(d), source: 'byline', lineIsDate: false };
  }
  if (wordCount(line) <= DATELINE_MAX_WORDS) {
    const d = parseDate(line, { now });
    if (d) return { iso: isoDate(d), source: 'dateline', lineIsDate: isPureDate(line) };
  }
  return null;
}

/** The best of several hits: "Published …" before a byline date before a bare date before "Updated …". */
export function bestDate(hits: readonly DateHit[]): string | null {
  let best: DateHit | null = null;
  for (const h of hits) if (!best || SOURCE_RANK[h.source] < SOURCE_RANK[best.source]) best = h;
  return best ? best.iso : null;
}

function isoDate(d: { y: number; m: number; d: number }): string {
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}
