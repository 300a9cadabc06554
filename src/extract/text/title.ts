// Title line handling: the site-name suffix ("… | Reuters", "… - Atlantic Council", "…  : NPR"), trailing
// navigation junk ("… Skip to main content"), and recognising body lines that repeat the title.
import { DASHES } from '../../doc/english.js';
import { matchKey } from './lexicon.js';
import { SITE_NAME_MAX_WORDS, SLOGAN_MAX_WORDS, TAIL_SEARCH_MAX, TITLE_CORE_MIN_WORDS, TITLE_JUNK_MAX_WORDS } from './settings.js';

/** Domain labels that say nothing about the outlet. */
const GENERIC_LABELS = new Set([
  'www', 'com', 'org', 'net', 'gov', 'edu', 'int', 'co', 'uk', 'us', 'eu', 'de', 'fr', 'news', 'en', 'm', 'amp',
  'blog', 'info', 'io', 'ac', 'mil', 'today', 'online', 'web', 'site',
]);

// No \b at the end: crawlers glue these together ("Skip to main contentSkip to navigation").
const SKIP_JUNK_RE = /\s*skip to (?:the )?(?:main )?(?:content|navigation|search|footer|main)\s*/gi;
const PIPE_RE = /\s+[|｜]\s+/;
const SPACED_COLON_RE = /\s+:\s+([^:]+)$/;
const DASH_RE = new RegExp(`\\s+[${DASHES}]\\s+`);

export interface SplitTitle {
  core: string;
  site: string | null;
}

/** Meaningful labels of the URL's host ("www.atlanticcouncil.org" → ["atlanticcouncil"]). */
export function domainLabels(url: string | undefined | null): string[] {
  const host = hostOf(url);
  if (!host) return [];
  return host.split('.').filter((l) => l.length >= 2 && !GENERIC_LABELS.has(l));
}

export function hostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Does a name look like the site at this domain ("Atlantic Council" ~ atlanticcouncil.org)? */
export function matchesDomain(name: string, labels: readonly string[]): boolean {
  if (!labels.length) return false;
  const squashed = squash(name);
  if (squashed.length < 2) return false;
  const words = new Set(matchKey(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  for (const label of labels) {
    const flat = label.replace(/-/g, '');
    if (flat.length >= 3 && squashed.includes(flat)) return true;
    if (squashed.length >= 4 && flat.includes(squashed)) return true;
    const parts = label.split('-').filter((p) => p.length >= 3);
    if (parts.length >= 2 && parts.filter((p) => words.has(p)).length >= 2) return true;
  }
  return false;
}

export function squash(s: string): string {
  return matchKey(s).replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Removes "Skip to main content"-like junk glued to a title line. */
export function stripTitleJunk(line: string): string {
  return line.replace(SKIP_JUNK_RE, ' ').replace(/\s{2,}/g, ' ').trim();
}

/**
 * Splits a site name off a title. A pipe or a spaced colon always separates a site name (section names
 * between pipes are dropped too); a dash only when the part after it (or before it) names the site, as
 * judged from the URL's domain or from names the clutter gave (`knownNames`).
 */
export function splitSiteName(title: string, labels: readonly string[], knownNames: readonly string[] = []): SplitTitle {
  const clean = stripTitleJunk(title);
  const names = new Set(knownNames.map(squash));
  const isSite = (s: string) => matchesDomain(s, labels) || names.has(squash(s)) || names.has(squash(siteNameOf(s)));
  const pipeParts = clean.split(PIPE_RE);
  if (pipeParts.length >= 2) {
    const site = pipeParts[pipeParts.length - 1].trim();
    const core = pipeParts[0].trim();
    if (core && wordCount(site) <= SITE_NAME_MAX_WORDS) return { core: splitSiteName(core, labels, knownNames).core, site };
  }
  const colon = SPACED_COLON_RE.exec(clean);
  if (colon && wordCount(colon[1]) <= 3 && /^\p{Lu}/u.test(colon[1])) {
    return { core: clean.slice(0, colon.index).trim(), site: colon[1].trim() };
  }
  const dashParts = clean.split(DASH_RE);
  if (dashParts.length >= 2) {
    const last = dashParts[dashParts.length - 1].trim();
    if (wordCount(last) <= SITE_NAME_MAX_WORDS + 2 && isSite(last)) {
      return { core: dashParts.slice(0, -1).join(' - ').trim(), site: siteNameOf(last) };
    }
    const first = dashParts[0].trim();
    if (wordCount(first) <= SITE_NAME_MAX_WORDS && isSite(first)) {
      return { core: dashParts.slice(1).join(' - ').trim(), site: first };
    }
  }
  return { core: clean, site: null };
}

/** A site-name part of a title without the slogan after its first comma ("Harbour Post, the paper you can trust"). */
export function siteNameOf(part: string): string {
  const comma = part.indexOf(',');
  return (comma > 0 ? part.slice(0, comma) : part).trim();
}

/** Comparison key of a title: letters and digits only. */
export function titleKey(s: string): string {
  return matchKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export type TitleRepeat = { kind: 'whole' } | { kind: 'prefix'; rest: string } | null;

/**
 * Does a line repeat the title? "whole": the line is the title, possibly with a short site-name or menu
 * tail; "prefix": it starts with the title and goes on with real text (`rest`, the line without the title).
 */
export function titleRepeat(rawLine: string, titleKeys: readonly string[]): TitleRepeat {
  const line = stripTitleJunk(rawLine);
  const key = titleKey(line);
  if (!key) return null;
  for (const t of titleKeys) {
    if (!t) continue;
    if (key === t) return { kind: 'whole' };
    if (key.startsWith(t + ' ')) {
      const cut = cutAfterTitle(line, t);
      if (cut === null) continue;
      const { rest, separated } = cut;
      const restWords = wordCount(rest);
      if (restWords <= TITLE_JUNK_MAX_WORDS && !/[.!?]["”’')\]]*$/.test(rest)) return { kind: 'whole' };
      // Strip the title only where it visibly ends (the rest opens a new sentence or follows a separator):
      // a first paragraph that merely begins with the headline's words goes on in lower case.
      if (separated || /^[\p{Lu}\p{N}"“‘'(]/u.test(rest)) return { kind: 'prefix', rest };
      return null;
    }
  }
  return null;
}

/** The part of `line` after the words of the title key `t` (leading separators removed), and whether a
 *  separator ("|", ":", a dash, bold markers) stood between them. */
function cutAfterTitle(line: string, t: string): { rest: string; separated: boolean } | null {
  const need = t.split(' ').length;
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(line))) {
    if (++seen === need) {
      const after = line.slice(m.index + m[0].length);
      const lead = /^[\s*_"”’'|:.,;–—-]*/.exec(after)?.[0] ?? '';
      return { rest: after.slice(lead.length).trim(), separated: /[|:.;–—*-]/.test(lead) };
    }
  }
  return null;
}

/** Number of whitespace-separated words (a loop: this runs several times per line). */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff || c === 0x1680 || c === 0x85;
    if (space) inWord = false;
    else if (!inWord) { inWord = true; n++; }
  }
  return n;
}

/**
 * The part after the last spaced dash of a title when it reads as a name the text repeats elsewhere ("… civilians
 * - Harbour Institute" in a page that names "the Harbour Institute's" staff): capitalised words only, at most
 * SITE_NAME_MAX_WORDS of them, found verbatim in the text besides the title — a single word at least twice. A name
 * followed by a slogan after a comma ("… - Harbour Post, the paper you can trust") gives the name.
 */
export function dashTailNamedInText(title: string, text: string): string | null {
  const parts = stripTitleJunk(title).split(DASH_RE);
  if (parts.length < 2) return null;
  const whole = parts[parts.length - 1].trim();
  const tail = siteNameOf(whole);
  const words = tail.split(/\s+/);
  if (!tail || words.length > SITE_NAME_MAX_WORDS || !words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w))) return null;
  if (wordCount(whole) > SITE_NAME_MAX_WORDS + SLOGAN_MAX_WORDS) return null;
  if (wordCount(parts.slice(0, -1).join(' ')) < TITLE_CORE_MIN_WORDS) return null;
  let seen = 0;
  let tries = 0;
  for (let i = text.indexOf(tail); i >= 0 && tries++ < TAIL_SEARCH_MAX; i = text.indexOf(tail, i + tail.length)) {
    // Occurrences inside a copy of the whole title do not count.
    const lineStart = text.lastIndexOf('\n', i) + 1;
    if (text.startsWith(parts[0].trim(), lineStart)) continue;
    if (++seen >= (words.length > 1 ? 1 : 2)) return tail;
  }
  return null;
}
