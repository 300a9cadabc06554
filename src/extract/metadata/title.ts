// Title: the headline without the site name. Candidates come from JSON-LD, OpenGraph, Twitter, meta tags,
// <title> and <h1>; an <h1> that agrees with another source wins (it is what the reader sees), otherwise the
// most specific metadata source, with "Headline | Site" parts removed when the site is known or the pattern clear.
import {
  H1_CORE_MIN_SHARE, LEADING_SEPARATOR_RE, MAX_SITE_SEGMENT_WORDS, MIN_HEAD_CHARS, MIN_TITLE_WORDS_AFTER_STRIP, SEPARATOR_RE,
  TRAILING_SEPARATOR_RE, WEAK_SEPARATOR_RE,
} from './settings.js';
import { clean, key, wordCount } from './text.js';

export interface TitleSources {
  jsonLd: string | null;
  /** JSON-LD "name" of the article node (sometimes the headline when "headline" holds a description). */
  jsonLdName: string | null;
  og: string | null;
  twitter: string | null;
  itemprop: string | null;
  meta: string | null;
  title: string | null;
  h1: string[];
}

/** Known names of the site: og:site_name, publisher, domain label... (any spelling; compared by key()). */
export type SiteNames = string[];

/** Sources by trust when nothing else decides; <h1> last (pages have logo and section <h1>s). */
const PRIORITY = ['jsonLd', 'og', 'itemprop', 'twitter', 'jsonLdName', 'meta', 'title', 'h1'] as const;
type Source = (typeof PRIORITY)[number];

interface Candidate {
  source: Source;
  text: string;
  /** Keys another candidate may equal to count as agreement: the raw text, stripped text, headline parts. */
  matchKeys: Set<string>;
}

/**
 * Each candidate is stripped of the site name; the one most other sources agree with wins (so a JSON-LD
 * "headline" holding a description loses to <title> + name, and a logo <h1> never wins); ties go by PRIORITY.
 */
export function chooseTitle(src: TitleSources, sites: SiteNames, knownSite = sites.length > 0): string | null {
  const siteKeys = sites.map(key).filter((k) => k.length > 1);
  const cands: Candidate[] = [];
  const add = (source: Source, raw: string | null, strip: boolean): void => {
    const full = clean(raw).replace(HEADING_MARKS_RE, '').trim();
    if (!full || full.length > MAX_TITLE_CHARS) return;
    const text = strip ? stripSite(full, siteKeys, !knownSite) : full;
    if (siteKeys.includes(key(text))) return;
    // An <h1> is what the page shows: it agrees with others only as a whole, not through its parts.
    const parts = source === 'h1' ? [] : segments(full);
    const matchKeys = new Set([key(full), key(text), ...(parts.length > 0 ? [key(parts[0]), key(longest(parts)), ...heads(full).map(key)] : [])]);
    matchKeys.delete('');
    cands.push({ source, text, matchKeys });
  };
  add('jsonLd', src.jsonLd, true);
  add('jsonLdName', src.jsonLdName, true);
  add('og', src.og, true);
  add('itemprop', src.itemprop, false);
  add('twitter', src.twitter, true);
  add('meta', src.meta, true);
  add('title', src.title, true);
  for (const h of src.h1) add('h1', h, false);
  if (cands.length === 0) return null;

  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const c of cands) {
    const k = key(c.text);
    const supporters = new Set(cands.filter((d) => d !== c && d.source !== c.source && d.matchKeys.has(k)).map((d) => d.source));
    const score = supporters.size * PRIORITY.length - PRIORITY.indexOf(c.source);
    if (score > bestScore) { best = c; bestScore = score; }
  }
  if (!best) return null;
  // "Kicker: Headline" in one source while another gives just the headline: an <h1> anywhere inside the
  // winner (the page shows it), or any source that is the winner's tail.
  const bk = key(best.text);
  const core = cands.find((c) => CORE_SOURCES.has(c.source) && isCore(key(c.text), bk, c.source === 'h1')
    && (letterWords(c.text) >= MIN_TITLE_WORDS_AFTER_STRIP || (letterWords(c.text) === 1 && c.text.length >= MIN_HEAD_CHARS && !/\s/.test(c.text))));
  return core ? core.text : best.text;
}

/** Sources that may give the bare headline inside a longer one (not a recipe's short "name", not free meta). */
const CORE_SOURCES = new Set<Source>(['h1', 'og', 'twitter', 'jsonLd', 'itemprop']);

function letterWords(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function isCore(k: string, title: string, anywhere: boolean): boolean {
  if (k.length === 0 || k === title || k.length < H1_CORE_MIN_SHARE * title.length) return false;
  return anywhere ? title.includes(k) : title.endsWith(k);
}

/** Pilcrows and anchors that documentation generators append to headings ("Title¶"). */
const HEADING_MARKS_RE = /[¶§#]+$/;
/** Longer than this is a paragraph, not a title. */
const MAX_TITLE_CHARS = 400;

function longest(parts: string[]): string {
  return parts.reduce((a, b) => (wordCount(b) > wordCount(a) ? b : a));
}

interface Segment { text: string; start: number; end: number; strong: boolean }

/** Split a title on every separator, remembering where each part sits and how strong the separator before it is. */
function splitSegments(t: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  let strong = false;
  for (const m of t.matchAll(SEPARATOR_RE)) {
    out.push({ text: t.slice(last, m.index), start: last, end: m.index, strong });
    strong = !WEAK_SEPARATOR_RE.test(m[0]);
    last = m.index + m[0].length;
  }
  out.push({ text: t.slice(last), start: last, end: t.length, strong });
  return out.filter((x) => x.text.trim().length > 0).map((x) => ({ ...x, text: x.text.trim() }));
}

/**
 * "Headline | Section | Site" → "Headline". Parts naming the site go; short parts after a strong separator
 * ("|", "·", "»", "_") go as section or site names; a capitalised part after a dash goes only when no site name
 * is known at all (`guess`), since then it cannot be recognised by name ("Mozilla - Wikipedia").
 */
export function stripSite(title: string, siteKeys: string[], guess = true): string {
  const t = clean(title).replace(TRAILING_SEPARATOR_RE, '').replace(LEADING_SEPARATOR_RE, '');
  const segs = splitSegments(t);
  if (segs.length < 2) return t;
  let n = segs.length;
  let first = 0;
  // "Site | Headline": when the first part is the site and the last is not, only the site goes.
  const siteFirst = isSiteName(segs[0].text, siteKeys, true) && !isSiteName(segs[n - 1].text, siteKeys);
  while (!siteFirst && n - first > 1) {
    const last = segs[n - 1];
    const head = t.slice(segs[first].start, segs[n - 2].end);
    const headLongEnough = wordCount(head) >= MIN_TITLE_WORDS_AFTER_STRIP || head.length >= MIN_HEAD_CHARS;
    if (headLongEnough && isSiteName(last.text, siteKeys)) { n--; continue; }
    if (last.strong && headLongEnough && wordCount(last.text) <= MAX_SITE_SEGMENT_WORDS && wordCount(last.text) < wordCount(head) + 1) { n--; continue; }
    if (guess && n === segs.length && !last.strong && looksLikeSiteName(last.text)
      && wordCount(head) >= Math.max(MIN_TITLE_WORDS_AFTER_STRIP + 1, wordCount(last.text) + 2)) { n--; continue; }
    break;
  }
  while (n - first > 1 && (siteKeys.includes(key(segs[first].text)) || (siteFirst && first === 0))) first++;
  if (first === 0 && n === segs.length) return t;
  return t.slice(segs[first].start, segs[n - 1].end).trim() || t;
}

/** Every "head" of a title: its parts joined from the start, dropping one trailing part at a time. */
function heads(t: string): string[] {
  const segs = splitSegments(t);
  const out: string[] = [];
  for (let n = segs.length - 1; n >= 1; n--) out.push(t.slice(segs[0].start, segs[n - 1].end));
  return out;
}

/** The parts of a title split on any separator (for matching an <h1> against them). */
export function segments(t: string): string[] {
  return splitSegments(t).map((x) => x.text);
}

/** A title part naming the site. `strict`: it must equal or start with a site name ("Pluralsight Tech Blog"),
 * not merely be a prefix of one ("Welpen kaufen" on welpenkaufen24.de is a headline). */
export function isSiteName(part: string, siteKeys: string[], strict = false): boolean {
  const k = key(part);
  if (!k) return false;
  for (const s of siteKeys) {
    if (k === s) return true;
    if (wordCount(part) > MAX_SITE_SEGMENT_WORDS || Math.min(k.length, s.length) < 3) continue;
    // "BBC News" vs "BBC", "Breitbart News Network" vs "Breitbart", "theguardian" vs "The Guardian".
    if (k.startsWith(s) || k.endsWith(s)) return true;
    if (!strict && s.startsWith(k)) return true;
  }
  return false;
}

function looksLikeSiteName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length > 4 || part.length > 40) return false;
  if (/\.[a-z]{2,}$/i.test(part)) return true; // "example.com"
  return words.every((w) => /^[\p{Lu}\p{N}&@#]/u.test(w) || /^(of|the|de|la|le|du|der|die|das|and|und|für|on|in|im|am|at|auf|del|di|des|von|for|en|et|y)$/i.test(w));
}
