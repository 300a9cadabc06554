// Tree cleaning (trafilatura's htmlprocessing): drops page furniture from the parsed tree before the body search.
// Mutates the tree in place; call it after metadata has been read.
import type { ChildNode, Element, ParentNode } from 'domhandler';
import { elementsInOrder, isElement, isText, nameOf, setChildren } from './dom.js';
import { BOILERPLATE_NAME_RE, BODY_HINT_RE } from './patterns.js';
import { DROP_ROLES, DROP_TAGS, PARAGRAPH_TAGS, PRUNE_MAX_TEXT_SHARE } from './settings.js';

/** Elements never dropped for their class/id: the document skeleton and links (names on links say little). */
const NEVER_BY_NAME: ReadonlySet<string> = new Set(['html', 'body', 'main', 'a', 'p', 'h1', 'h2', 'h3']);
/** Dropped-tag elements kept when they wrap most of the page (ASP.NET pages put everything in one <form>). */
const SOFT_DROP_TAGS: ReadonlySet<string> = new Set(['form', 'label', 'fieldset']);

const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const HIDDEN_CLASSES: ReadonlySet<string> = new Set(['hidden', 'is-hidden', 'd-none', 'hide', 'invisible']);

export interface PruneResult {
  /** Raw JSON text of every application/ld+json script, collected on the way (the scripts themselves are dropped). */
  jsonLd: string[];
}

/** Per element, non-space characters of paragraph text (text inside <p>-like elements), by one reverse pass.
 *  Paragraph text, not all text, decides whether a furniture-named wrapper holds the article: menus and link
 *  lists have plenty of text but no paragraphs. */
function paragraphTextLengths(root: ParentNode): Map<Element, number> {
  const order = elementsInOrder(root);
  const all = new Map<Element, number>();
  const para = new Map<Element, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    let a = 0;
    let p = 0;
    if (el.type === 'tag') {
      for (const c of el.children) {
        if (isText(c)) a += countNonSpace(c.data);
        else if (isElement(c)) {
          a += all.get(c) ?? 0;
          p += para.get(c) ?? 0;
        }
      }
    }
    all.set(el, a);
    para.set(el, PARAGRAPH_TAGS.has(el.name) ? a : p);
  }
  return para;
}

export function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (a.style && HIDDEN_STYLE_RE.test(a.style)) return true;
  if (a.class) for (const c of a.class.split(/\s+/)) if (HIDDEN_CLASSES.has(c)) return true;
  return false;
}

/** Why an element goes: 'hard' (never content), 'soft' (furniture unless it holds most of the page), or null. */
function dropKind(el: Element): 'hard' | 'soft' | null {
  const tag = el.name;
  if (el.type !== 'tag') return 'hard'; // script, style
  if (DROP_TAGS.has(tag)) return SOFT_DROP_TAGS.has(tag) ? 'soft' : 'hard';
  const role = el.attribs.role;
  if (role && DROP_ROLES.has(role.toLowerCase())) return 'soft';
  if (isHidden(el)) return 'soft';
  if (NEVER_BY_NAME.has(tag)) return null;
  const name = nameOf(el);
  if (name && BOILERPLATE_NAME_RE.test(name) && !BODY_HINT_RE.test(name)) return 'soft';
  return null;
}

export function prune(root: ParentNode): PruneResult {
  const jsonLd: string[] = [];
  const lengths = paragraphTextLengths(root);
  const total = Math.max(1, sumChildren(root, lengths));
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    let kept: ChildNode[] | null = null;
    const kids = parent.children;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i];
      let keep = true;
      if (isElement(c)) {
        const kind = dropKind(c);
        if (kind === 'hard') {
          keep = false;
          if (c.name === 'script' && /ld\+json/i.test(c.attribs.type ?? '')) jsonLd.push(scriptText(c));
        } else if (kind === 'soft') {
          keep = (lengths.get(c) ?? 0) / total > PRUNE_MAX_TEXT_SHARE;
        }
        if (keep) stack.push(c);
      } else if (!isText(c)) {
        keep = false; // comments, directives
      }
      if (!keep && !kept) kept = kids.slice(0, i);
      else if (keep && kept) kept.push(c);
    }
    if (kept) setChildren(parent, kept);
  }
  return { jsonLd };
}

function sumChildren(root: ParentNode, lengths: Map<Element, number>): number {
  let n = 0;
  for (const c of root.children) {
    if (isText(c)) n += countNonSpace(c.data);
    else if (isElement(c)) n += lengths.get(c) ?? 0;
  }
  return n;
}

function scriptText(el: Element): string {
  let s = '';
  for (const c of el.children) if (isText(c)) s += c.data;
  return s;
}
