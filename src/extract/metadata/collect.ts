// One read-only walk over the parsed tree that gathers every metadata source: <meta>, <link>, JSON-LD scripts,
// <title>, <h1>, <time>, itemprop elements and byline-like elements. Iterative (no recursion) so hostile,
// deeply nested markup cannot overflow the stack; element texts are capped.
import type { AnyNode, Document, Element } from 'domhandler';
import {
  BYLINE_CLASS_RE, BYLINE_EXCLUDE_RE, MAX_BYLINE_ELEMENTS, MAX_ELEMENT_TEXT, MAX_H1, MAX_TIME_ELEMENTS,
} from './settings.js';

export interface MetaTag {
  /** name / property / itemprop / http-equiv, lower-case. */
  key: string;
  content: string;
}

export interface TimeElement {
  datetime: string | null;
  text: string;
  /** itemprop / class / pubdate hints, lower-case, joined. */
  hint: string;
  inArticle: boolean;
  inChrome: boolean;
}

export interface BylineElement {
  node: Element;
  /** How we found it: rel=author link, itemprop=author, or a class/id. */
  via: 'rel' | 'itemprop' | 'class';
  inArticle: boolean;
  inChrome: boolean;
}

export interface PageFacts {
  htmlLang: string | null;
  metas: MetaTag[];
  canonical: string | null;
  base: string | null;
  jsonLd: string[];
  title: string | null;
  h1: string[];
  times: TimeElement[];
  /** itemprop=datePublished (or dateCreated) values found on non-meta elements. */
  itempropDates: string[];
  /** itemprop=headline texts on non-meta elements. */
  itempropHeadlines: string[];
  bylines: BylineElement[];
}

// Flags carried down the walk.
const IN_SVG = 1;
const IN_ARTICLE = 2;
/** Navigation, footers, sidebars, comment sections: metadata found there is about other things. */
const IN_CHROME = 4;

const SKIP_TAGS = new Set(['style', 'noscript', 'template', 'iframe', 'object', 'select', 'textarea']);
const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);
const CHROME_CLASS_RE = /(?:^|[\s_-])(comments?|sidebar|related|recommended|footer|nav|navigation|menu|widget|teaser|promo)(?:$|[\s_-])/i;

export function collectFacts(dom: Document): PageFacts {
  const facts: PageFacts = {
    htmlLang: null, metas: [], canonical: null, base: null, jsonLd: [], title: null, h1: [], times: [],
    itempropDates: [], itempropHeadlines: [], bylines: [],
  };
  const stack: Array<[AnyNode, number]> = [];
  for (let i = dom.children.length - 1; i >= 0; i--) stack.push([dom.children[i], 0]);

  while (stack.length > 0) {
    const [node, inherited] = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = el.name.toLowerCase();
    const attrs = el.attribs;
    let flags = inherited;

    if (name === 'script') {
      const type = (attrs.type ?? '').toLowerCase();
      if (type.includes('ld+json')) facts.jsonLd.push(rawText(el));
      continue;
    }
    if (SKIP_TAGS.has(name)) continue;

    if (name === 'svg' || name === 'math') flags |= IN_SVG;
    if (name === 'article' || (attrs.itemtype ?? '').toLowerCase().includes('article')) flags |= IN_ARTICLE;
    const classId = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
    if (CHROME_TAGS.has(name) || (classId.length > 1 && CHROME_CLASS_RE.test(classId))) flags |= IN_CHROME;
    const inArticle = (flags & IN_ARTICLE) !== 0;
    const inChrome = (flags & IN_CHROME) !== 0;

    switch (name) {
      case 'html':
        if (facts.htmlLang === null) facts.htmlLang = attrs.lang ?? attrs['xml:lang'] ?? null;
        break;
      case 'meta': {
        const content = attrs.content ?? attrs.value;
        if (content === undefined) break;
        for (const k of [attrs.name, attrs.property, attrs.itemprop, attrs['http-equiv']]) {
          if (k) for (const key of k.toLowerCase().split(/\s+/)) if (key) facts.metas.push({ key, content });
        }
        break;
      }
      case 'link': {
        const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('canonical') && facts.canonical === null && attrs.href) facts.canonical = attrs.href;
        break;
      }
      case 'base':
        if (facts.base === null && attrs.href) facts.base = attrs.href;
        break;
      case 'title':
        if (facts.title === null && (flags & IN_SVG) === 0) facts.title = textOf(el);
        break;
      case 'h1':
        if (facts.h1.length < MAX_H1 && !inChrome) facts.h1.push(textOf(el));
        break;
      case 'time':
        if (facts.times.length < MAX_TIME_ELEMENTS) {
          facts.times.push({
            datetime: attrs.datetime ?? attrs.content ?? null,
            text: textOf(el),
            hint: `${attrs.itemprop ?? ''} ${attrs.class ?? ''} ${'pubdate' in attrs ? 'pubdate' : ''}`.toLowerCase(),
            inArticle, inChrome,
          });
        }
        break;
    }

    const itemprop = (attrs.itemprop ?? '').toLowerCase();
    if (itemprop && name !== 'meta') {
      if (/\bdate(published|created)\b/.test(itemprop)) {
        const v = attrs.datetime ?? attrs.content ?? textOf(el);
        if (v) facts.itempropDates.push(v);
      }
      if (/\bheadline\b/.test(itemprop)) facts.itempropHeadlines.push(textOf(el));
    }

    if (facts.bylines.length < MAX_BYLINE_ELEMENTS && (flags & IN_SVG) === 0 && name !== 'meta' && name !== 'link'
      && name !== 'html' && name !== 'body') {
      const rel = (attrs.rel ?? '').toLowerCase();
      if (/\bauthor\b/.test(rel)) facts.bylines.push({ node: el, via: 'rel', inArticle, inChrome });
      else if (/\b(author|creator)\b/.test(itemprop)) facts.bylines.push({ node: el, via: 'itemprop', inArticle, inChrome });
      else if (classId.length > 1 && BYLINE_CLASS_RE.test(classId) && !BYLINE_EXCLUDE_RE.test(classId)) {
        facts.bylines.push({ node: el, via: 'class', inArticle, inChrome });
      }
    }

    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], flags]);
  }
  return facts;
}

/** Text content of an element (iterative, capped), whitespace collapsed. Skips scripts and styles. */
export function textOf(root: Element, max = MAX_ELEMENT_TEXT): string {
  let out = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && out.length < max) {
    const node = stack.pop()!;
    if (node.type === 'text') { out += (node as unknown as { data: string }).data; continue; }
    if (node.type !== 'tag' && node !== root) continue;
    const el = node as Element;
    const tag = el.name.toLowerCase();
    if (node !== root && SKIP_TAGS.has(tag)) continue;
    if (tag === 'br' || tag === 'p' || tag === 'div' || tag === 'li') out += ' \n ';
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return out.slice(0, max).replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
}

/** Raw character data of a script element (no collapsing: it is JSON). */
function rawText(el: Element): string {
  let out = '';
  for (const child of el.children) if (child.type === 'text' || child.type === 'cdata') out += (child as unknown as { data?: string }).data ?? '';
  return out;
}
