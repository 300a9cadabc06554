// Small DOM helpers over domhandler nodes. Every walk is iterative: hostile pages nest 100k elements deep.
import type { AnyNode, ChildNode, Element, ParentNode, Text } from 'domhandler';

export const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
export const isText = (n: AnyNode): n is Text => n.type === 'text';

export const hasChildren = (n: AnyNode): n is ParentNode & AnyNode =>
  'children' in n && Array.isArray((n as ParentNode).children);

/** Lowercased "class id" of an element, for name patterns (empty when it has neither). */
export function nameOf(el: Element): string {
  const { class: cls, id } = el.attribs;
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/** Replaces a parent's children and keeps the sibling links domhandler maintains consistent. */
export function setChildren(parent: ParentNode, kids: ChildNode[]): void {
  for (let i = 0; i < kids.length; i++) {
    kids[i].prev = i > 0 ? kids[i - 1] : null;
    kids[i].next = i < kids.length - 1 ? kids[i + 1] : null;
  }
  parent.children = kids;
}

// Whitespace runs other than a lone space (which would be replaced by itself): no-break, ideographic and the other
// Unicode spaces included. The same result as replacing every /\s+/ run, with far fewer replacements to make.
const WS_RE = /\s{2,}|[^\S ]/g;
// zero-width spaces, BOMs, C0/C1 controls and noncharacters: junk in text. Soft hyphens (U+00AD) stay: they are
// part of the page's text, and both dev gold standards keep them (dropping them missed 4 snippets).
const INVISIBLE_RE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b\u2060\ufeff\ufffe\uffff]/g;

/** Collapses whitespace (no-break and other spaces included) to single spaces and drops invisible characters. */
export function normalizeSpace(s: string): string {
  return s.replace(INVISIBLE_RE, '').replace(WS_RE, ' ');
}
