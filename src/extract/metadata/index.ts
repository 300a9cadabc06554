// HTML metadata: title, byline, published date, outlet (site name), canonical URL, language.
// Reads JSON-LD (NewsArticle & co.), OpenGraph, Twitter cards, meta tags, <time>, itemprop and byline elements,
// <title> and <h1>, gathered in one read-only walk (collect.ts). Each field has its own module and falls back
// source by source; a failure in one field leaves the others intact. Must not modify the DOM; never throws.
import type { Document, Element } from 'domhandler';
import { cleanByline } from './byline.js';
import { collectFacts, textOf, type PageFacts, type TimeElement } from './collect.js';
import { dateFromUrl, dayDiff, formatDate, instantOf, isUtc, parseDate, type DateParts } from './dates.js';
import { readJsonLd, type JsonLdFacts } from './jsonld.js';
import { chooseLanguage } from './language.js';
import { chooseOutlet } from './outlet.js';
import { BYLINE_VIA_SCORE, MAX_BYLINE_TEXT, MAX_DATE_TEXT, MAX_META_VALUES, META_KEYS } from './settings.js';
import { clean, domainLabel, hostOf, key } from './text.js';
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
  headline: null, name: null, authors: [], published: null, modified: null, publisher: null, siteName: null, url: null,
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

  // A "site name" that equals the headline is a misused tag (application-name = og:title), not the outlet.
  const headlineKeys = new Set([key(meta.get('og:title')[0] ?? ''), key(ld.headline ?? '')]);
  headlineKeys.delete('');
  const notTitle = (s: string | null | undefined): s is string => !!s && !headlineKeys.has(key(s));
  out.outlet = attempt(() => chooseOutlet({
    candidates: [meta.get('og:site_name')[0], ld.publisher, ld.siteName, ...META_KEYS.outlet.slice(1).map((k) => meta.get(k)[0])]
      .filter(notTitle),
    titles: [facts.title],
    weak: META_KEYS.outletWeak.map((k) => meta.get(k)[0]).filter(notTitle),
    host,
  }), host);

  const realSiteNames = [ld.publisher, ld.siteName, meta.get('og:site_name')[0], meta.get('application-name')[0]].filter(notTitle);
  const siteNames = [out.outlet, ...realSiteNames, domainLabel(host), host].filter(notTitle);

  out.title = attempt(() => chooseTitle({
    jsonLd: ld.headline,
    jsonLdName: ld.name,
    og: meta.get('og:title')[0] ?? null,
    twitter: meta.get('twitter:title')[0] ?? null,
    itemprop: facts.itempropHeadlines[0] ?? null,
    meta: meta.first(META_KEYS.title.slice(2)),
    title: facts.title,
    h1: facts.h1,
  }, siteNames, realSiteNames.length > 0), null);

  const outletNames = [out.outlet, ld.publisher, ld.siteName, meta.get('og:site_name')[0]].filter(notTitle);
  const domains = [domainLabel(host), host].filter(notTitle);
  out.byline = attempt(() => chooseByline(facts, ld, meta, { outlets: outletNames, domains }), []);
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
    const list = map.get(key);
    if (list && list.length >= MAX_META_VALUES) continue;
    const v = clean(content);
    if (!v) continue;
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

/** The first source that gives at least one name after cleaning. */
function chooseByline(facts: PageFacts, ld: JsonLdFacts, meta: MetaIndex, sites: { outlets: string[]; domains: string[] }): string[] {
  for (const names of bylineCandidates(facts, ld, meta, sites)) if (names.length > 0) return names;
  return [];
}

/** Sources in order: JSON-LD, meta tags, byline elements (each cleaned; the first non-empty one wins). */
function* bylineCandidates(facts: PageFacts, ld: JsonLdFacts, meta: MetaIndex, sites: { outlets: string[]; domains: string[] }): Generator<string[]> {
  yield cleanByline(ld.authors, sites);
  for (const k of META_KEYS.author) {
    const values = meta.get(k);
    if (values.length === 0) continue;
    // Scholarly tags hold one "Last, First" name per tag.
    const onePerValue = k === 'citation_author' || ((k === 'dc.creator' || k === 'dcterms.creator') && values.length > 1);
    yield cleanByline(values, { ...sites, onePerValue });
  }
  // Byline elements: itemprop/rel inside the article first, then class "byline", then the rest.
  const ranked = facts.bylines
    .map((b, i) => ({ b, score: BYLINE_VIA_SCORE[b.via] + (b.inArticle ? 2 : 0) - (b.inChrome ? 4 : 0) - i * 0.01 }))
    .sort((x, y) => y.score - x.score);
  // Free text that merely starts with "von"/"by" must give full names ("von Einheimischen" is not a byline).
  for (const { b } of ranked) {
    let text = bylineText(b.node);
    // A label alone ("Autor", "By") heads its own element: the name is in the next one, under the same parent.
    if (b.via === 'text' && LABEL_ONLY_RE.test(text) && b.node.parent?.type === 'tag') text = bylineText(b.node.parent as Element);
    yield cleanByline([text], { ...sites, fromPage: true, minWords: b.via === 'text' ? 2 : 1 });
  }
}

const LABEL_ONLY_RE = /^\s*(?:by|von|par|por|door|autor(?:in)?|author|auteur|verfasser)\s*:?\s*$/i;

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
  return text.length <= MAX_BYLINE_TEXT ? text : '';
}

/**
 * Metadata first (JSON-LD, meta tags, itemprop, <time>), then the URL path, then dates shown on the page, and
 * the modification date last. A UTC time stamp is checked against the others: the same instant given with the
 * publisher's own offset, or a visible date one day off, gives the publisher's calendar date.
 */
function choosePublished(facts: PageFacts, ld: JsonLdFacts, meta: MetaIndex, url: string | undefined, language: string | null, now?: Date): string | null {
  const opts = { language, now };
  const parseAll = (values: Array<string | null | undefined>): DateParts[] =>
    values.map((v) => parseDate(v, opts)).filter((p): p is DateParts => p !== null);
  const fromMeta = parseAll([ld.published, ...META_KEYS.published.flatMap((k) => meta.get(k)), ...facts.itempropDates]);
  const rankedTimes = rankTimes(facts.times);
  const fromTimes = parseAll(rankedTimes.flatMap((t) => [t.datetime, t.text]));
  const structured = [...fromMeta, ...fromTimes];
  const visible = (): DateParts | undefined => parseAll([
    ...rankedTimes.map((t) => t.text),
    ...rankDateElements(facts).map((d) => textOf(d.node, MAX_DATE_TEXT)),
    ...facts.dateTexts,
  ])[0];

  const first = structured[0];
  if (first) {
    if (!isUtc(first)) return formatDate(first);
    const instant = instantOf(first);
    const local = structured.find((p) => !isUtc(p) && p.offset && instantOf(p) === instant);
    if (local) return formatDate(local);
    const seen = visible();
    if (seen && Math.abs(dayDiff(first, seen)) === 1) return formatDate({ y: seen.y, m: seen.m, d: seen.d });
    return formatDate(first);
  }
  const fromUrl = dateFromUrl(url, now);
  if (fromUrl) return fromUrl;
  const seen = visible();
  if (seen) return formatDate(seen);
  const modified = parseAll([ld.modified, ...META_KEYS.modified.flatMap((k) => meta.get(k))])[0];
  return modified ? formatDate(modified) : null;
}

/** <time> elements most likely to be the publication date first; those in navigation/sidebars dropped. */
function rankTimes(times: TimeElement[]): TimeElement[] {
  const score = (t: TimeElement): number =>
    (/pub|datepublished|published|created/.test(t.hint) ? 4 : 0) + (/modif|updat/.test(t.hint) ? -2 : 0) + (t.inArticle ? 1 : 0);
  return times.filter((t) => !t.inChrome).map((t, i) => ({ t, s: score(t) - i * 0.01 })).sort((a, b) => b.s - a.s).map((x) => x.t);
}

/** Date-class elements inside the article first, document order otherwise. */
function rankDateElements(facts: PageFacts): PageFacts['dateElements'] {
  return [...facts.dateElements.filter((d) => d.inArticle), ...facts.dateElements.filter((d) => !d.inArticle)];
}

function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
