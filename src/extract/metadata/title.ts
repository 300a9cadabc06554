// Title: the headline without the site name. Candidates come from JSON-LD, OpenGraph, Twitter, meta tags,
// <title> and <h1>; an <h1> that agrees with another source wins (it is what the reader sees), otherwise the
// most specific metadata source, with "Headline | Site" parts removed when the site is known or the pattern clear.
import { MAX_SITE_SEGMENT_WORDS, MIN_TITLE_WORDS_AFTER_STRIP, TITLE_SEPARATORS } from './settings.js';
import { clean, key, wordCount } from './text.js';

export interface TitleSources {
  jsonLd: string | null;
  og: string | null;
  twitter: string | null;
  itemprop: string | null;
  meta: string | null;
  title: string | null;
  h1: string[];
}

/** Known names of the site: og:site_name, publisher, domain label... (any spelling; compared by key()). */
export type SiteNames = string[];

export function chooseTitle(src: TitleSources, sites: SiteNames): string | null {
  const siteKeys = sites.map(key).filter((k) => k.length > 1);
  const docTitle = clean(src.title);
  const ordered = [src.jsonLd, src.og, src.itemprop, src.twitter, src.meta, src.title]
    .map(clean)
    .filter((t) => t.length > 0);
  const h1s = src.h1.map(clean).filter((t) => t.length > 0 && t.length < 400);

  // 1. An <h1> that equals a metadata title (after stripping) or one part of <title>.
  const candidateKeys = new Set<string>();
  for (const t of ordered) {
    candidateKeys.add(key(t));
    candidateKeys.add(key(stripSite(t, siteKeys)));
    for (const seg of segments(t)) candidateKeys.add(key(seg));
  }
  candidateKeys.delete('');
  for (const h of h1s) {
    if (candidateKeys.has(key(h)) && !isSiteName(h, siteKeys)) return h;
  }

  // 2. The first metadata title, stripped of the site name; <title> last.
  for (const t of ordered) {
    const stripped = stripSite(t, siteKeys);
    if (stripped && !isSiteName(stripped, siteKeys)) return stripped;
  }
  // 3. Nothing but headings.
  const h = h1s.find((x) => !isSiteName(x, siteKeys));
  if (h) return h;
  return docTitle || null;
}

/** "Headline | Section | Site" → "Headline" when a part is a known site name or the pattern is clear. */
export function stripSite(title: string, siteKeys: string[]): string {
  const t = clean(title);
  const sep = TITLE_SEPARATORS.find((s) => t.includes(s));
  if (!sep) return t;
  const parts = t.split(sep).map((p) => p.trim());
  if (parts.some((p) => p.length === 0)) return t;

  // Drop site-name parts at either end (possibly with a section name next to them).
  let start = 0, end = parts.length;
  if (siteKeys.length > 0) {
    while (end - start > 1 && isSiteName(parts[end - 1], siteKeys)) end--;
    while (end - start > 1 && isSiteName(parts[start], siteKeys)) start++;
  }
  if (start > 0 || end < parts.length) {
    const kept = parts.slice(start, end);
    // "Headline | Section | Site": the section is short; keep the longest remaining part as the headline.
    const out = kept.length === 1 ? kept[0] : longestIfClear(kept) ?? kept.join(sep);
    if (wordCount(out) >= MIN_TITLE_WORDS_AFTER_STRIP || out.length >= 12) return out;
    return t;
  }

  // Unknown site: strip a trailing part that looks like a name (short, capitalised) after a longer headline.
  if (parts.length >= 2) {
    const last = parts[parts.length - 1];
    const head = parts.slice(0, -1).join(sep);
    const strongSep = sep !== ' - ' && sep !== ' / ' && sep !== '_';
    if (looksLikeSiteName(last) && wordCount(head) >= Math.max(MIN_TITLE_WORDS_AFTER_STRIP + 1, wordCount(last) + (strongSep ? 1 : 2))) {
      return head;
    }
  }
  return t;
}

/** The parts of a title split on its separator (for matching an <h1> against them). */
function segments(t: string): string[] {
  const sep = TITLE_SEPARATORS.find((s) => t.includes(s));
  return sep ? t.split(sep).map((p) => p.trim()).filter(Boolean) : [];
}

function longestIfClear(parts: string[]): string | null {
  const sorted = [...parts].sort((a, b) => wordCount(b) - wordCount(a));
  return wordCount(sorted[0]) >= 2 * wordCount(sorted[1]) ? sorted[0] : null;
}

export function isSiteName(part: string, siteKeys: string[]): boolean {
  const k = key(part);
  if (!k) return false;
  for (const s of siteKeys) {
    if (k === s) return true;
    // "BBC News" vs "BBC", "Breitbart News Network" vs "Breitbart", "theguardian" vs "The Guardian".
    if (wordCount(part) <= MAX_SITE_SEGMENT_WORDS && (k.startsWith(s) || s.startsWith(k) || k.endsWith(s)) && Math.min(k.length, s.length) >= 3) {
      return true;
    }
  }
  return false;
}

function looksLikeSiteName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length > 4 || part.length > 40) return false;
  if (/\.[a-z]{2,}$/i.test(part)) return true; // "example.com"
  return words.every((w) => /^[\p{Lu}\p{N}&@#]/u.test(w) || /^(of|the|de|la|le|du|der|die|das|and|und|für|on)$/i.test(w));
}
