// Outlet (site name): og:site_name, JSON-LD publisher / WebSite, application-name and similar meta tags; then the
// site part of the <title> ("… - The New York Times"); then app names and copyright lines; else the host name
// without "www." ("en.wikipedia.org", "dropbox.tech").
import { clean, domainLabel, isUrlLike, key, wordCount } from './text.js';
import { segments, stripSite } from './title.js';

/** Values that name software or a generic page, never the outlet. */
const GENERIC = new Set(['wordpress', 'blogger', 'home', 'homepage', 'startseite', 'news', 'blog', 'website', 'index', 'drupal', 'joomla', 'typo3', 'null', 'undefined']);
const MAX_OUTLET_CHARS = 80;
const MAX_OUTLET_WORDS = 8;
/** A site part of a <title> has at most this many words. */
const MAX_TITLE_SITE_WORDS = 5;
/** After a separator, this many words make a tagline ("Aktuálně.cz - Víte, co se právě děje"). */
const TAGLINE_MIN_WORDS = 3;


export interface OutletSources {
  /** Site-name tags and JSON-LD publisher, best first. */
  candidates: Array<string | null | undefined>;
  /** <title> (and og:title): a trailing or leading site part ("Headline - The New York Times"). */
  titles: Array<string | null | undefined>;
  /** App names and copyright lines, used only when nothing better names the site. */
  weak: Array<string | null | undefined>;
  host: string | null;
}

export function chooseOutlet(src: OutletSources): string | null {
  const label = domainLabel(src.host);
  const siteKeys = [label, src.host].filter((k): k is string => !!k).map(key);
  for (const c of src.candidates) {
    const v = tidy(c, label);
    if (v) return isUrlLike(v) ? hostFromLoose(v) ?? v : v;
  }
  for (const t of src.titles) {
    const part = siteFromTitle(clean(t), siteKeys);
    if (part) return part;
  }
  for (const c of src.weak) {
    const v = tidy(c, label);
    if (v && !isUrlLike(v)) return v;
  }
  return src.host;
}

/** The part of a title that stripSite removes as the site name, when it is one short part. */
function siteFromTitle(title: string, siteKeys: string[]): string | null {
  if (!title) return null;
  const stripped = stripSite(title, siteKeys);
  if (stripped === title) return null;
  const parts = segments(title);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1];
  const first = parts[0];
  const part = !stripped.endsWith(last) ? last : !stripped.startsWith(first) ? first : null;
  return part && wordCount(part) <= MAX_TITLE_SITE_WORDS && /\p{L}/u.test(part) ? tidy(part, null) : null;
}

function tidy(raw: string | null | undefined, label: string | null): string | null {
  let v = clean(raw).replace(/^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?/i, '').trim();
  // "Aktuálně.cz - Víte, co se právě děje": site name plus tagline; keep the part that names the site.
  const parts = segments(v);
  if (parts.length >= 2) {
    const byDomain = label ? parts.find((p) => key(p).startsWith(key(label))) : undefined;
    if (byDomain) v = byDomain;
    else if (wordCount(parts.slice(1).join(' ')) >= TAGLINE_MIN_WORDS) v = parts[0];
  }
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
