// Byline cleaning: raw author strings ("By JANE DOE and John Smith, Staff Writers | Reuters  March 5, 2018")
// → a list of names (["Jane Doe", "John Smith"]). Drops URLs, handles, e-mails, dates, roles, credentials,
// and names that are the outlet itself.
import {
  BYLINE_PREFIXES, CREDENTIALS, MAX_AUTHORS, MAX_NAME_CHARS, MAX_NAME_WORDS, NAME_CONNECTIVES, NON_NAMES, ROLE_WORDS,
} from './settings.js';
import { isUrlLike, key } from './text.js';

/** News agencies: kept when they are the only author, dropped as a tail after personal names. */
const AGENCIES = new Set(['reuters', 'ap', 'associatedpress', 'afp', 'dpa', 'apa', 'ansa', 'efe', 'bloomberg', 'pa', 'upi', 'kna', 'epd', 'sda', 'ats', 'kyodo', 'xinhua', 'tass', 'ria', 'cnn', 'bbc']);

const PREFIX_RE = new RegExp(`^(?:${[...BYLINE_PREFIXES].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?:\\s*[:|-]\\s*|\\s+)`, 'i');
const CONNECTIVE_RE = new RegExp(`\\s+(?:${NAME_CONNECTIVES.map(escapeRe).join('|')})\\s+`, 'i');
/** Segments introduced by these are not authors ("Edited by", "Photos by"). */
const NOT_AUTHOR_RE = /^(?:edited|reviewed|fact[- ]checked|illustrat\w*|photos?|photograph\w*|images?|graphics?|video|additional reporting|updated|published|posted on|last updated|aktualisiert|veröffentlicht|fotos?|bild(?:er)?|mit material)\b/i;
/** Names hold no digits: a digit starts a date, time or count ("Jane Doe22 Dec 2016", "Jane Doe 3 hours ago"). */
const CUT_RE = /\d/;
/** Words left dangling before a cut date: "Jane Doe, Updated March", "Jane Doe am". */
const TRAILING_JUNK_RE = /[\s,]+(?:updated|published|posted|on|le|am|el|il|den|at|um|vom|du|del|de|the|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?$/i;

export interface BylineContext {
  /** Outlet names and domain forms: an "author" equal to one of these is dropped. */
  outlets: string[];
}

/** Clean one or more raw byline strings into distinct names, in order. */
export function cleanByline(raws: string[], ctx: BylineContext): string[] {
  const outletKeys = new Set(ctx.outlets.map(key).filter((k) => k.length > 1));
  const names: string[] = [];
  for (const raw of raws) for (const n of splitNames(raw)) names.push(n);

  const personal = names.filter((n) => !AGENCIES.has(key(n)));
  const kept = (personal.length > 0 ? personal : names).filter((n) => !outletKeys.has(key(n)) && !isOutletLike(n, outletKeys));
  return dedupe(kept).slice(0, MAX_AUTHORS);
}

function splitNames(raw: string): string[] {
  if (!raw) return [];
  let s = raw.replace(/\r/g, '').replace(/[\u00a0\u2009\u202f]/g, ' ');
  // E-mails, handles and URLs carry no name we can trust.
  s = s.replace(/\S+@\S+\.\w+/g, ' ').replace(/\(\s*@\w+\s*\)/g, ' ').replace(/(?:^|\s)@\w+/g, ' ');
  s = s.replace(/\bhttps?:\/\/\S+/gi, ' ');
  // Lines, pipes and bullets separate unrelated pieces ("Name | Reuters", "Name\nUpdated ...").
  const pieces = s.split(/\s*(?:\n|\||•|·|—|–|\s-\s|\t)\s*/);
  const out: string[] = [];
  for (const piece0 of pieces) {
    let piece = piece0.trim();
    if (!piece || NOT_AUTHOR_RE.test(piece)) continue;
    piece = stripPrefix(piece);
    const cut = CUT_RE.exec(piece);
    if (cut) {
      piece = piece.slice(0, cut.index).trim();
      for (let i = 0; i < 4 && TRAILING_JUNK_RE.test(` ${piece}`); i++) piece = ` ${piece}`.replace(TRAILING_JUNK_RE, '').trim();
    }
    for (const part of piece.split(/\s*[,;/+]\s*|\s*&\s*/).flatMap((p) => p.split(CONNECTIVE_RE))) {
      const name = tidyName(part);
      if (name) out.push(name);
    }
  }
  return out;
}

function stripPrefix(s: string): string {
  let prev = '';
  let out = s;
  while (out !== prev) {
    prev = out;
    out = out.replace(PREFIX_RE, '').trim();
  }
  return out;
}

/** One candidate name → tidy name, or null when it is not a person or organisation name. */
function tidyName(raw: string): string | null {
  let s = stripPrefix(raw.trim())
    .replace(/^[\s"'“”‘’«»(\[:.,-]+|[\s"'“”‘’«»)\]:.,-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s || isUrlLike(s)) return null;
  if (!/\p{L}/u.test(s)) return null;
  // Drop trailing role words ("Jane Doe Staff Writer"), keeping at least one word.
  let words = s.split(' ');
  while (words.length > 1 && isRoleWord(words[words.length - 1]) && /^\p{Lu}/u.test(words[words.length - 1])) words.pop();
  if (words.every(isRoleWord)) return null;
  s = words.join(' ');
  const lower = s.toLowerCase();
  if (CREDENTIALS.has(lower) || NON_NAMES.has(lower)) return null;
  if (words.length > MAX_NAME_WORDS || s.length > MAX_NAME_CHARS) return null;
  // A lower-case multi-word phrase is a sentence fragment, not a name ("the team behind this").
  if (words.length > 2 && !words.some((w) => /^\p{Lu}/u.test(w))) return null;
  return fixCase(s);
}

function isRoleWord(w: string): boolean {
  return ROLE_WORDS.has(w.toLowerCase().replace(/[.,:]$/, ''));
}

/** "GILLIAN MOHNEY" → "Gillian Mohney" (only all-capital Latin names of two or more words). */
function fixCase(s: string): string {
  if (!/\s/.test(s) || s !== s.toUpperCase() || !/[A-Z]{2}/.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

function isOutletLike(name: string, outletKeys: Set<string>): boolean {
  const k = key(name);
  for (const o of outletKeys) {
    // "BBC News" vs outlet "BBC", "Reuters.com" vs "reuters".
    if (o.length >= 3 && (k === `${o}com` || k === `${o}news` || k === `the${o}` || `the${k}` === o)) return true;
  }
  return false;
}

function dedupe(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const k = key(n);
    if (!k) continue;
    // "Jane" after "Jane Doe", or the same name twice in different case.
    if (out.some((o) => key(o) === k || (key(o).includes(k) && k.length >= 3 && n.split(' ').length === 1))) continue;
    const i = out.findIndex((o) => k.includes(key(o)) && o.split(' ').length === 1);
    if (i >= 0) out[i] = n;
    else out.push(n);
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
