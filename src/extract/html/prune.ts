// Tree cleaning (trafilatura's htmlprocessing): removes what is never article text (scripts, styles, form
// controls, nav/aside/footer, media, HTML comments) from the parsed tree, in place; on the way it collects the
// page's JSON-LD and titles, which live in dropped elements. Softer cases (sidebars, share bars, hidden boxes)
// are furniture, judged in furniture.ts and weighed in main-extractor.ts.
import type { ChildNode, Element, ParentNode } from 'domhandler';
import { isElement, isText, normalizeSpace, setChildren } from './dom.js';
import { holdsBlocks } from './blocks.js';
import {
  DROP_TAGS,
  DROP_UNLESS_WRAPPER_TAGS,
  FIGURE_TEXT_TAGS,
  PICTURE_TAGS,
  RAW_TEXT_TAGS,
  WRAPPED_CONTENT_TAGS,
} from './settings.js';

export interface PruneResult {
  /** Raw JSON text of every application/ld+json script, collected on the way (the scripts themselves are dropped). */
  jsonLd: string[];
  /** Page titles seen on the way (<title>, og:title, twitter:title), whitespace-normalised. */
  titles: string[];
}

const TITLE_META: ReadonlySet<string> = new Set(['og:title', 'twitter:title']);
const LD_JSON_RE = /ld\+json/i;

/** Removes dropped elements, comments and processing instructions from the tree, in place. A dropped element stays
 *  (as furniture, see furniture.ts) when it was never closed and holds blocks — it swallowed the text after it, which
 *  a browser shows (not so the raw-text elements, whose content a browser does not show either) — and a <nav>,
 *  <aside> or <footer> also when it wraps a <main> or <article>. */
export function prune(root: ParentNode, unclosed: ReadonlySet<Element> = new Set()): PruneResult {
  const found: PruneResult = { jsonLd: [], titles: [] };
  const stack = new Pending();
  stack.push(root, false);
  while (stack.parents.length) {
    const parent = stack.parents.pop()!;
    const wrapped = stack.wrapped.pop()!;
    let kept: ChildNode[] | null = null;
    const kids = parent.children;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i];
      const keep = keepChild(c, wrapped, unclosed, stack, found);
      if (!keep && !kept) kept = kids.slice(0, i);
      else if (keep && kept) kept.push(c);
    }
    if (kept) setChildren(parent, kept);
  }
  return { jsonLd: found.jsonLd, titles: found.titles.filter((t) => t) };
}

/** Parents still to prune, and for each whether it lies inside a kept wrapper already (its subtree was scanned once;
 *  nested ones are not re-scanned). Two arrays rather than a pair per element: fewer objects for the collector. */
class Pending {
  readonly parents: ParentNode[] = [];
  readonly wrapped: boolean[] = [];

  push(parent: ParentNode, wrapped: boolean): void {
    this.parents.push(parent);
    this.wrapped.push(wrapped);
  }
}

// The walk is cut into small functions: V8 compiled one function holding it all several times per batch, each
// compile costing more than the pruning of dozens of pages.
/** Whether child `c` stays; an element that stays (or a dropped <head>) is queued for its own children. */
function keepChild(c: ChildNode, wrapped: boolean, unclosed: ReadonlySet<Element>, stack: Pending, found: PruneResult): boolean {
  if (!isElement(c)) return isText(c);
  if (c.type === 'tag' && !DROP_TAGS.has(c.name) && !(c.name === 'figure' && !unclosed.has(c) && isPictureBox(c))) {
    stack.push(c, wrapped);
    return true;
  }
  const swallowed = c.type === 'tag' && unclosed.has(c) && !RAW_TEXT_TAGS.has(c.name) && holdsBlocks(c);
  const keep = swallowed || (!wrapped && DROP_UNLESS_WRAPPER_TAGS.has(c.name) && containsContentTag(c));
  if (keep) stack.push(c, wrapped || !swallowed);
  else noteDropped(c, wrapped, stack, found);
  return keep;
}

/** What a dropped element leaves behind: its JSON-LD or page title; a <head> is still read for its <title>/<meta>. */
function noteDropped(c: Element, wrapped: boolean, stack: Pending, found: PruneResult): void {
  if (c.name === 'script' && LD_JSON_RE.test(c.attribs.type ?? '')) found.jsonLd.push(ownText(c));
  else if (c.name === 'title') found.titles.push(normalizeSpace(ownText(c)).trim());
  else if (c.name === 'meta' && TITLE_META.has(c.attribs.property ?? c.attribs.name ?? '')) {
    found.titles.push(normalizeSpace(c.attribs.content ?? '').trim());
  } else if (c.name === 'head') stack.push(c, wrapped); // its <title> and <meta> are read on the way out
}

/** Whether a dropped-tag element holds a <main> or <article> (then it wraps the page: an unclosed <nav>). */
function containsContentTag(el: Element): boolean {
  const stack: ChildNode[] = [...el.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (WRAPPED_CONTENT_TAGS.has(n.name)) return true;
    for (const c of n.children) stack.push(c);
  }
  return false;
}

/** A <figure> around a picture (img, picture, video) and no text of its own kind (table, quote, code, list): its
 *  text is the picture's caption and credit, however it is marked up. */
function isPictureBox(el: Element): boolean {
  let picture = false;
  const stack: ChildNode[] = [...el.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (FIGURE_TEXT_TAGS.has(n.name)) return false;
    if (PICTURE_TAGS.has(n.name)) picture = true;
    for (const c of n.children) stack.push(c);
  }
  return picture;
}

function ownText(el: Element): string {
  let s = '';
  for (const c of el.children) if (isText(c)) s += c.data;
  return s;
}
