// Small DOM helpers over domhandler nodes. Every walk is iterative: hostile pages nest 100k elements deep.
import type { AnyNode, ChildNode, Element, ParentNode } from 'domhandler';

export const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
export const isText = (n: AnyNode): n is import('domhandler').Text => n.type === 'text' || n.type === 'cdata';

export const hasChildren = (n: AnyNode): n is ParentNode & AnyNode =>
  'children' in n && Array.isArray((n as ParentNode).children);

/** Lowercased "class id" of an element, for name patterns (empty when it has neither). */
export function nameOf(el: Element): string {
  const { class: cls, id } = el.attribs;
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/** All elements under root (root excluded) in document order. */
export function elementsInOrder(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: ChildNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]);
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    out.push(n);
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Replaces a parent's children and keeps the sibling links domhandler maintains consistent. */
export function setChildren(parent: ParentNode, kids: ChildNode[]): void {
  for (let i = 0; i < kids.length; i++) {
    kids[i].prev = i > 0 ? kids[i - 1] : null;
    kids[i].next = i < kids.length - 1 ? kids[i + 1] : null;
  }
  parent.children = kids;
}

/** Raw text content of a subtree (no whitespace normalisation), iteratively. */
export function rawText(root: AnyNode): string {
  if (isText(root)) return root.data;
  if (!hasChildren(root)) return '';
  let out = '';
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) out += n.data;
    else if (hasChildren(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

const WS_RE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE_RE = /[\u00ad\u200b\u2060\ufeff]/g;

/** Collapses whitespace (no-break and other spaces included) to single spaces and drops invisible characters. */
export function normalizeSpace(s: string): string {
  return s.replace(INVISIBLE_RE, '').replace(WS_RE, ' ');
}
