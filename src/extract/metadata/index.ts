// HTML metadata: title, byline, published date, outlet (site name), canonical URL, language.
// Reads JSON-LD (NewsArticle & co.), OpenGraph, Twitter cards, meta tags, <time>, itemprop and byline elements,
// <title> and <h1>, gathered in one read-only walk (collect.ts). Each field has its own module and falls back
// source by source; a failure in one field leaves the others intact. Must not modify the DOM; never throws.
import type { Document } from 'domhandler';
import { cleanByline } from './byline.js';
import { collectFacts, textOf, type PageFacts, type TimeElement } from './collect.js';
import { dateFromUrl, normaliseDate } from './dates.js';
import { readJsonLd, type JsonLdFacts } from './jsonld.js';
import { chooseLanguage } from './language.js';
import { chooseOutlet } from './outlet.js';
import { META_KEYS } from './settings.js';
import { clean, domainLabel, hostOf } from './text.js';
import { chooseTitle } from './title.js';
import { chooseUrl } from './url.js';

export interface HtmlMetadata {
  title: string | null;
  byline: string[];
  /** ISO 8601 date or date-time. */
  published: string | null;
  outlet: string | null;
  /** Canonical URL (link rel=canonical, og:url, JSON-LD url), absolute. */
  url: string | null;
  /** BCP 47 primary language, e.g. "en", "de". */
  language: string | null;
}

export interface MetadataOptions {
  /** The page's own URL: base for relative links, fallback for the canonical URL, date and outlet. */
  url?: string;
  /** "Now" for rejecting future dates (tests). */
  now?: Date;
}

const EMPTY_JSONLD: JsonLdFacts = {
  headline: null, authors: [], published: null, modified: null, publisher: null, siteName: null, url: null,
  language: null, type: null,
};

export function extractMetadata(dom: Document, opts: MetadataOptions = {}): HtmlMetadata {
  const out: HtmlMetadata = { title: null, byline: [], published: null, outlet: null, url: null, language: null };
  const facts = attempt(() => collectFacts(dom), null);
  if (!facts) return out;
  const meta = metaIndex(facts);
  const ld = attempt(() => readJsonLd(facts.jsonLd), EMPTY_JSONLD);

  out.url = attempt(() => chooseUrl([facts.canonical, meta.first(META_KEYS.url), ld.url, opts.url], facts.base, opts.url), null);
  out.language = attempt(() => chooseLanguage([facts.htmlLang, meta.first(META_KEYS.language), ld.language]), null);
  const host = hostOf(out.url) ?? hostOf(opts.url);

  out.outlet = attempt(() => chooseOutlet({
    candidates: [meta.get('og:site_name')[0], ld.publisher, ld.siteName, ...META_KEYS.outlet.slice(1).map((k) => meta.get(k)[0])],
    titles: [facts.title, meta.get('og:title')[0]],
    host,
  }), host);

  const siteNames = [out.outlet, ld.publisher, ld.siteName, meta.get('og:site_name')[0], meta.get('application-name')[0],
    domainLabel(host), host].filter((s): s is string => !!s);

  out.title = attempt(() => chooseTitle({
    jsonLd: ld.headline,
    og: meta.get('og:title')[0] ?? null,
    twitter: meta.get('twitter:title')[0] ?? null,
    itemprop: facts.itempropHeadlines[0] ?? null,
    meta: meta.first(META_KEYS.title.slice(2)),
    title: facts.title,
    h1: facts.h1,
  }, siteNames), null);

  out.byline = attempt(() => chooseByline(facts, ld, meta, siteNames), []);
  out.published = attempt(() => choosePublished(facts, ld, meta, out.url ?? opts.url, out.language, opts.now), null);
  return out;
}

interface MetaIndex {
  get(key: string): string[];
  first(keys: readonly string[]): string | null;
}

function metaIndex(facts: PageFacts): MetaIndex {
  const map = new Map<string, string[]>();
  for (const { key, content } of facts.metas) {
    const v = clean(content);
    if (!v) continue;
    const list = map.get(key);
    if (list) list.push(v);
    else map.set(key, [v]);
  }
  return {
    get: (k) => map.get(k) ?? [],
    first: (keys) => {
      for (const k of keys) {
        const v = map.get(k);
        if (v && v.length > 0) return v[0];
      }
      return null;
    },
  };
}

function chooseByline(facts: PageFacts, ld: JsonLdFacts, meta: MetaIndex, outlets: string[]): string[] {
  const ctx = { outlets };
  const fromLd = cleanByline(ld.authors, ctx);
  if (fromLd.length > 0) return fromLd;
  for (const k of META_KEYS.author) {
    const names = cleanByline(meta.get(k), ctx);
    if (names.length > 0) return names;
  }
  // Byline elements: itemprop/rel inside the article first, then class "byline", then the rest.
  const ranked = facts.bylines
    .map((b, i) => ({ b, score: (b.via === 'class' ? 1 : 3) + (b.inArticle ? 2 : 0) - (b.inChrome ? 4 : 0) - i * 0.01 }))
    .sort((x, y) => y.score - x.score);
  for (const { b } of ranked) {
    const names = cleanByline([bylineText(b.node)], ctx);
    if (names.length > 0) return names;
  }
  return [];
}

function bylineText(node: PageFacts['bylines'][number]['node']): string {
  // itemprop=author with a nested itemprop=name: the name alone.
  const stack = [...node.children];
  while (stack.length > 0) {
    const n = stack.shift()!;
    if (n.type !== 'tag') continue;
    if ((n.attribs.itemprop ?? '').toLowerCase() === 'name') return n.attribs.content ?? textOf(n);
    stack.push(...n.children);
    if (stack.length > 200) break;
  }
  const text = textOf(node);
  return text.length <= 120 ? text : '';
}

function choosePublished(facts: PageFacts, ld: JsonLdFacts, meta: MetaIndex, url: string | undefined, language: string | null, now?: Date): string | null {
  const opts = { language, now };
  const tryAll = (values: Array<string | null | undefined>): string | null => {
    for (const v of values) {
      const d = normaliseDate(v, opts);
      if (d) return d;
    }
    return null;
  };
  return tryAll([ld.published])
    ?? tryAll(META_KEYS.published.flatMap((k) => meta.get(k)))
    ?? tryAll(facts.itempropDates)
    ?? tryAll(rankTimes(facts.times).flatMap((t) => [t.datetime, t.text]))
    ?? dateFromUrl(url, now)
    ?? tryAll([ld.modified, ...META_KEYS.modified.flatMap((k) => meta.get(k))]);
}

/** <time> elements most likely to be the publication date first; those in navigation/sidebars dropped. */
function rankTimes(times: TimeElement[]): TimeElement[] {
  const score = (t: TimeElement): number =>
    (/pub|datepublished|published|created/.test(t.hint) ? 4 : 0) + (/modif|updat/.test(t.hint) ? -2 : 0) + (t.inArticle ? 1 : 0);
  return times.filter((t) => !t.inChrome).map((t, i) => ({ t, s: score(t) - i * 0.01 })).sort((a, b) => b.s - a.s).map((x) => x.t);
}

function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
