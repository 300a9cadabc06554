// Outlet (site name): og:site_name, JSON-LD publisher / WebSite, application-name and similar meta tags; a
// <title> part that spells the domain ("… | eHow" on ehow.com); else the host without "www." ("en.wikipedia.org").
import { TITLE_SEPARATORS } from './settings.js';
import { clean, domainLabel, isUrlLike, key, wordCount } from './text.js';

/** Values that name software or a generic page, never the outlet. */
const GENERIC = new Set(['wordpress', 'blogger', 'home', 'homepage', 'startseite', 'news', 'blog', 'website', 'index', 'drupal', 'joomla', 'typo3', 'null', 'undefined']);
const MAX_OUTLET_CHARS = 80;
const MAX_OUTLET_WORDS = 8;

export interface OutletSources {
  candidates: Array<string | null | undefined>;
  /** <title> and og:title, to find the domain's own spelling in a "Headline | Site" part. */
  titles: Array<string | null | undefined>;
  host: string | null;
}

export function chooseOutlet(src: OutletSources): string | null {
  for (const c of src.candidates) {
    const v = tidy(c);
    if (v) return v.startsWith('http') || isUrlLike(v) ? hostFromLoose(v) ?? v : v;
  }
  const label = domainLabel(src.host);
  if (label && label.length >= 3) {
    for (const t of src.titles) {
      const title = clean(t);
      const sep = TITLE_SEPARATORS.find((s) => title.includes(s));
      if (!sep) continue;
      const parts = title.split(sep).map((p) => p.trim());
      for (const part of [parts[parts.length - 1], parts[0]]) {
        const k = key(part);
        if (part && wordCount(part) <= 4 && (k === label || k === `${label}com` || k === key(src.host ?? ''))) return part;
      }
    }
  }
  return src.host;
}

function tidy(raw: string | null | undefined): string | null {
  const v = clean(raw).replace(/^©\s*(?:\d{4}\s*)?/, '').trim();
  if (!v || v.length > MAX_OUTLET_CHARS || wordCount(v) > MAX_OUTLET_WORDS) return null;
  if (GENERIC.has(v.toLowerCase()) || !/\p{L}/u.test(v)) return null;
  return v;
}

function hostFromLoose(v: string): string | null {
  try {
    return new URL(v.startsWith('http') ? v : `http://${v}`).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
