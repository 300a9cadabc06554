// One read-only walk over the parsed tree that gathers every metadata source: <meta>, <link>, JSON-LD scripts,
// <title>, <h1>, <time>, itemprop elements and byline-like elements. Iterative (no recursion) so hostile,
// deeply nested markup cannot overflow the stack; element texts are capped.
import type { AnyNode, DataNode, Document, Element } from 'domhandler';
import * as settings from './settings.js';

// Read once: under a CommonJS transform (tsx) each use of an imported binding is a getter call, and the walk
// below touches these constants for every node.
const {
  BYLINE_CLASS_RE, BYLINE_EXCLUDE_RE, BYLINE_TEXT_RE, DATE_CLASS_RE, DATE_TEXT_HINT_RE, MAX_DATE_ELEMENTS,
  MAX_DATE_TEXT, MAX_DATE_TEXTS, MAX_TEXTS_AFTER_H1, MAX_BYLINE_ELEMENTS, MAX_BYLINE_TEXT, MAX_ELEMENT_TEXT, MAX_H1, MAX_TIME_ELEMENTS,
} = settings;

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
  /** How we found it: rel=author link, itemprop=author, a class/id, or text starting "By …". */
  via: 'rel' | 'itemprop' | 'class' | 'text';
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
  /** Elements whose class/id names a date (".date", ".entry-meta"...), outside navigation and sidebars. */
  dateElements: Array<{ node: Element; inArticle: boolean }>;
  /** Short texts that look like dates: after the first <h1> (closest first), then before it. */
  dateTexts: string[];
}

// Flags carried down the walk.
const IN_SVG = 1;
const IN_ARTICLE = 2;
/** Navigation, footers, sidebars, comment sections: metadata found there is about other things. */
const IN_CHROME = 4;

const SKIP_TAGS = new Set(['style', 'noscript', 'template', 'iframe', 'object', 'select', 'textarea']);
/** Parts of a headline element that are not the headline: kicker/overline labels and screen-reader-only text. */
const KICKER_CLASS_RE = /kicker|dachzeile|overline|topline|eyebrow|roofline|spitzmarke|supertitle|pretitle|visually-hidden|sr-only|screen-reader/i;
/** Cheap pre-filter before DATE_TEXT_HINT_RE: a year (19xx/20xx) or a numeric date. */
const YEAR_OR_NUMERIC_RE = /(?:19|20)\d\d|\d[./]\s?\d{1,2}[./]/;
const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);
const CHROME_CLASS_RE = /(?:^|[\s_-])(comments?|sidebar|related|recommended|footer|nav|navigation|menu|widget|teaser|promo)(?:$|[\s_-])/i;

/** The walk's running state beside the facts it fills. */
interface Walk {
  facts: PageFacts;
  /** Date-like texts before the first <h1>, the last MAX_DATE_TEXTS of them. */
  datesBeforeH1: string[];
  seenH1: boolean;
  textsAfterH1: number;
}

// The walk is cut into one function per kind of node and per group of facts: V8's optimising compiler takes time
// superlinear in a function's size (escape analysis above all), and one function holding it all cost more to compile
// than the walk itself took on a batch of a few hundred pages.
export function collectFacts(dom: Document): PageFacts {
  const walk: Walk = {
    facts: {
      htmlLang: null, metas: [], canonical: null, base: null, jsonLd: [], title: null, h1: [], times: [],
      itempropDates: [], itempropHeadlines: [], bylines: [], dateElements: [], dateTexts: [],
    },
    datesBeforeH1: [],
    seenH1: false,
    textsAfterH1: 0,
  };
  // Two parallel stacks (node, inherited flags): no allocation per node.
  const stack: AnyNode[] = [];
  const flagStack: number[] = [];
  for (let i = dom.children.length - 1; i >= 0; i--) { stack.push(dom.children[i]); flagStack.push(0); }

  while (stack.length > 0) {
    const node = stack.pop()!;
    const inherited = flagStack.pop()!;
    if (node.type === 'text') {
      if ((inherited & IN_CHROME) === 0) noteText(node as unknown as DataNode, inherited, walk);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const flags = noteElement(el, inherited, walk);
    if (flags === SKIP) continue;
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) { stack.push(kids[i]); flagStack.push(flags); }
  }
  // Dates shown above the headline (datelines, kickers), nearest to the headline first.
  const { facts, datesBeforeH1 } = walk;
  for (let i = datesBeforeH1.length - 1; i >= 0 && facts.dateTexts.length < MAX_DATE_TEXTS * 2; i--) facts.dateTexts.push(datesBeforeH1[i]);
  return facts;
}

/** Flags value of an element whose subtree the walk skips. */
const SKIP = -1;

/** A text node outside navigation: a byline ("By …") or a short date-like text near the headline. */
function noteText(text: DataNode, inherited: number, walk: Walk): void {
  const { facts } = walk;
  const data = text.data;
  if (facts.bylines.length < MAX_BYLINE_ELEMENTS) noteBylineText(text, inherited, facts);
  if (walk.seenH1) walk.textsAfterH1++;
  if (walk.textsAfterH1 <= MAX_TEXTS_AFTER_H1 && data.length <= MAX_DATE_TEXT && YEAR_OR_NUMERIC_RE.test(data) && DATE_TEXT_HINT_RE.test(data)) {
    if (walk.seenH1) { if (facts.dateTexts.length < MAX_DATE_TEXTS) facts.dateTexts.push(data); }
    else {
      walk.datesBeforeH1.push(data);
      if (walk.datesBeforeH1.length > MAX_DATE_TEXTS) walk.datesBeforeH1.shift();
    }
  }
}

/** The facts an element gives; returns the flags its children inherit, or SKIP for a subtree not read. */
function noteElement(el: Element, inherited: number, walk: Walk): number {
  // htmlparser2 lower-cases tag names in HTML mode; XML-mode trees keep theirs (rare, and then cheap anyway).
  const name = el.name.length < 12 && el.name === el.name.toLowerCase() ? el.name : el.name.toLowerCase();
  const attrs = el.attribs;
  if (name === 'script') {
    const type = (attrs.type ?? '').toLowerCase();
    if (type.includes('ld+json')) walk.facts.jsonLd.push(rawText(el));
    return SKIP;
  }
  if (SKIP_TAGS.has(name)) return SKIP;

  let flags = inherited;
  if (name === 'svg' || name === 'math') flags |= IN_SVG;
  if (name === 'article' || (attrs.itemtype !== undefined && attrs.itemtype.toLowerCase().includes('article'))) flags |= IN_ARTICLE;
  const classId = attrs.class || attrs.id || attrs['data-testid'] ? `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs['data-testid'] ?? ''}` : '';
  if (CHROME_TAGS.has(name) || (classId.length > 2 && CHROME_CLASS_RE.test(classId))) flags |= IN_CHROME;
  noteTag(el, name, flags, walk);
  const itemprop = attrs.itemprop === undefined ? '' : attrs.itemprop.toLowerCase();
  if (itemprop && name !== 'meta') noteItemprop(el, itemprop, walk.facts);
  noteHints(el, name, classId, itemprop, flags, walk.facts);
  return flags;
}

/** What the element's own tag says: <html lang>, <meta>, <link rel=canonical>, <base>, <title>, <h1>, <time>. */
function noteTag(el: Element, name: string, flags: number, walk: Walk): void {
  const { facts } = walk;
  const attrs = el.attribs;
  const inChrome = (flags & IN_CHROME) !== 0;
  switch (name) {
    case 'html':
      if (facts.htmlLang === null) facts.htmlLang = attrs.lang ?? attrs['xml:lang'] ?? null;
      break;
    case 'meta':
      noteMeta(attrs, facts);
      break;
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
      if (facts.h1.length < MAX_H1 && !inChrome) facts.h1.push(textOf(el, MAX_ELEMENT_TEXT, KICKER_CLASS_RE));
      if (!inChrome) walk.seenH1 = true;
      break;
    case 'time':
      if (facts.times.length < MAX_TIME_ELEMENTS) facts.times.push(timeElement(el, flags));
      break;
  }
}

function noteMeta(attrs: Element['attribs'], facts: PageFacts): void {
  const content = attrs.content ?? attrs.value;
  if (content === undefined) return;
  for (const k of [attrs.name, attrs.property, attrs.itemprop, attrs['http-equiv']]) {
    if (k) for (const key of k.toLowerCase().split(/\s+/)) if (key) facts.metas.push({ key, content });
  }
}

function timeElement(el: Element, flags: number): TimeElement {
  const attrs = el.attribs;
  return {
    datetime: attrs.datetime ?? attrs.content ?? null,
    text: textOf(el),
    hint: `${attrs.itemprop ?? ''} ${attrs.class ?? ''} ${'pubdate' in attrs ? 'pubdate' : ''}`.toLowerCase(),
    inArticle: (flags & IN_ARTICLE) !== 0,
    inChrome: (flags & IN_CHROME) !== 0,
  };
}

/** itemprop=datePublished/dateCreated and itemprop=headline on elements other than <meta>. */
function noteItemprop(el: Element, itemprop: string, facts: PageFacts): void {
  const attrs = el.attribs;
  if (/\bdate(published|created)\b/.test(itemprop)) {
    const v = attrs.datetime ?? attrs.content ?? textOf(el);
    if (v) facts.itempropDates.push(v);
  }
  if (/\bheadline\b/.test(itemprop)) facts.itempropHeadlines.push(textOf(el));
}

/** Byline elements (rel=author, itemprop=author, a byline class) and date-class elements. */
function noteHints(el: Element, name: string, classId: string, itemprop: string, flags: number, facts: PageFacts): void {
  const attrs = el.attribs;
  const inArticle = (flags & IN_ARTICLE) !== 0;
  const inChrome = (flags & IN_CHROME) !== 0;
  if (facts.bylines.length < MAX_BYLINE_ELEMENTS && (flags & IN_SVG) === 0 && name !== 'meta' && name !== 'link'
    && name !== 'html' && name !== 'body') {
    const rel = attrs.rel === undefined ? '' : attrs.rel.toLowerCase();
    if (/\bauthor\b/.test(rel)) facts.bylines.push({ node: el, via: 'rel', inArticle, inChrome });
    else if (/\b(author|creator)\b/.test(itemprop)) facts.bylines.push({ node: el, via: 'itemprop', inArticle, inChrome });
    else if (classId.length > 2 && BYLINE_CLASS_RE.test(classId) && !BYLINE_EXCLUDE_RE.test(classId)) {
      facts.bylines.push({ node: el, via: 'class', inArticle, inChrome });
    }
  }

  if (!inChrome && facts.dateElements.length < MAX_DATE_ELEMENTS && name !== 'time' && name !== 'meta'
    && classId.length > 2 && DATE_CLASS_RE.test(`${classId} ${itemprop}`)) {
    facts.dateElements.push({ node: el, inArticle });
  }
}

/** A short text starting "By …" / "Von …" / "Written by:": its parent element is a byline candidate. */
function noteBylineText(text: DataNode, flags: number, facts: PageFacts): void {
  const data = text.data;
  if (data.length > MAX_BYLINE_TEXT || !BYLINE_TEXT_RE.test(data)) return;
  const parent = text.parent;
  if (!parent || parent.type !== 'tag' || facts.bylines.some((b) => b.node === parent)) return;
  facts.bylines.push({ node: parent as Element, via: 'text', inArticle: (flags & IN_ARTICLE) !== 0, inChrome: false });
}

/** Text content of an element (iterative, capped), whitespace collapsed. Skips scripts and styles, and
 * descendants whose class matches `skipClass` (kickers inside a headline). */
export function textOf(root: Element, max = MAX_ELEMENT_TEXT, skipClass?: RegExp): string {
  let out = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && out.length < max) {
    const node = stack.pop()!;
    if (node.type === 'text') { out += (node as unknown as { data: string }).data; continue; }
    if (node.type !== 'tag' && node !== root) continue;
    const el = node as Element;
    const tag = el.name.toLowerCase();
    if (node !== root && SKIP_TAGS.has(tag)) continue;
    if (skipClass && node !== root && el.attribs.class && skipClass.test(el.attribs.class)) continue;
    // Element boundaries separate words ("<span>By</span><a>Jane</a>"); block boundaries separate lines.
    if (tag === 'br' || tag === 'p' || tag === 'div' || tag === 'li') out += ' \n ';
    else if (node !== root) out += ' ';
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
