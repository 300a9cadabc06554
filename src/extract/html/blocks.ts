// One walk over the pruned tree that cuts its text into blocks (paragraphs, headings, lists, quotes) in document
// order, and records for every element its parent and the range of blocks it contains. A container's blocks are
// then a contiguous slice, so choosing the body is choosing one element.
import type { AnyNode, Document, Element } from 'domhandler';
import type { BlockKind } from '../../doc/types.js';
import { hasChildren, isElement, isText, normalizeSpace } from './dom.js';
import { elementClassifier, NONE, type Furniture } from './furniture.js';
import {
  BLOCK_TAGS,
  HEADING_TAGS,
  HEADING_WRAPPER_TAGS,
  LINKED_ITEM_MIN_LINK_SHARE,
  LIST_TAGS,
  MAX_HEADING_CHARS,
  MIN_PARAGRAPH_CHARS,
  NOTICE_MAX_CHARS,
} from './settings.js';
import { isNotice } from './notices.js';

export interface TextBlock {
  kind: BlockKind;
  /** Tag of the owner element ("p", "h2", "ul", "div"…; "" for the document). */
  tag: string;
  /** Normalised text; lines of a list, quote or <br>-broken paragraph are separated by "\n". */
  text: string;
  /** Index (into BlockTree.elements) of the block element the text belongs to. */
  owner: number;
  /** Non-space characters, and those inside links. */
  chars: number;
  linkChars: number;
  /** For a list: its items, and those mostly made of link text (teaser lists link every headline). */
  items: number;
  linkedItems: number;
  /** A site notice (cookie banner, customer-service box: notices.ts), checked on blocks long enough to be prose. */
  notice: boolean;
}

export interface BlockTree {
  /** Elements in document order; index 0 is the document itself (null). */
  elements: (Element | null)[];
  parent: number[];
  /** Elements inside element i are elements[i + 1 .. elementEnd[i]). */
  elementEnd: number[];
  /** What element i's tag, role and class/id say (see furniture.ts). */
  furniture: Furniture[];
  bodyHint: boolean[];
  leadName: boolean[];
  /** Never closed and holding blocks: it may have swallowed the text after it (see parse.ts), so its tag or name
   *  says nothing about that text and it never masks it (main-extractor.ts). */
  swallowing: boolean[];
  /** Blocks inside element i are blocks[blockStart[i] .. blockEnd[i]). */
  blockStart: number[];
  blockEnd: number[];
  blocks: TextBlock[];
}

/** An <a> that was never closed and holds blocks swallowed the text after it: a browser shows that text as the
 *  page's (underlined), so it is not counted as link text. */
function isSwallowingLink(el: Element, unclosed: ReadonlySet<Element>): boolean {
  return unclosed.has(el) && holdsBlocks(el);
}

const LIST_ITEM_TAGS: ReadonlySet<string> = new Set(['li', 'dt', 'dd']);

/** Whether an element has a block element among its children. */
export const holdsBlocks = (el: Element): boolean => el.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.name));

/** A quote or list that was never closed and holds other blocks than its items swallowed the text after it: its
 *  blocks stay blocks of their own instead of lines of one quote or list block. */
function isSwallowingGroup(el: Element, unclosed: ReadonlySet<Element>): boolean {
  if (!unclosed.has(el)) return false;
  return el.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.name) && !LIST_ITEM_TAGS.has(c.name));
}

/** `unclosed`: elements the parser closed without their own end tag (see parse.ts). */
export function buildBlocks(doc: Document, unclosed: ReadonlySet<Element> = new Set()): BlockTree {
  const elements: (Element | null)[] = [null];
  const parent: number[] = [-1];
  const elementEnd: number[] = [0];
  const furniture: Furniture[] = [NONE];
  const bodyHint: boolean[] = [false];
  const leadName: boolean[] = [false];
  const swallowing: boolean[] = [false];
  const classify = elementClassifier();
  const blockStart: number[] = [0];
  const blockEnd: number[] = [0];
  const blocks: TextBlock[] = [];

  // current block buffer
  let lines: string[] = [];
  let cur = '';
  let chars = 0;
  let linkChars = 0;
  let items = 0;
  let linkedItems = 0;
  let lastWasBreak = false;

  // context
  const ownerStack: number[] = [0]; // block elements the buffered text belongs to
  const parentStack: number[] = [0];
  let linkDepth = 0;
  let preDepth = 0;
  let headingDepth = 0;
  let headingBlocks = 0; // blocks flushed since the innermost heading opened
  let groupRoot = -1; // list or blockquote element collecting one multi-line block
  let groupKind: BlockKind = 'paragraph';

  /** Text in a heading is a heading: its first block, not a paragraph-length run, and not a paragraph, list or
   *  table inside it. What follows the first block is text an unclosed heading swallowed (a browser shows it as
   *  text, only bolder). */
  const isHeadingText = (owner: number): boolean => {
    if (headingDepth === 0 || headingBlocks > 0 || chars > MAX_HEADING_CHARS) return false;
    const tag = elements[owner]?.name ?? '';
    return HEADING_TAGS.has(tag) || HEADING_WRAPPER_TAGS.has(tag);
  };

  const newLine = (): void => {
    lines.push(cur);
    cur = '';
  };

  const flush = (): void => {
    if (cur) newLine();
    if (chars > 0) {
      const text = lines
        .map((l) => normalizeSpace(l).trim())
        .filter((l) => l)
        .join('\n');
      if (text) {
        const owner = groupRoot >= 0 ? groupRoot : ownerStack[ownerStack.length - 1];
        const kind: BlockKind = groupRoot >= 0 ? groupKind : isHeadingText(owner) ? 'heading' : 'paragraph';
        const notice = chars >= MIN_PARAGRAPH_CHARS && text.length <= NOTICE_MAX_CHARS && isNotice(text);
        blocks.push({ kind, tag: elements[owner]?.name ?? '', text, owner, chars, linkChars, items, linkedItems, notice });
        if (headingDepth > 0) headingBlocks++;
      }
    }
    lines = [];
    cur = '';
    chars = 0;
    linkChars = 0;
    items = 0;
    linkedItems = 0;
    lastWasBreak = false;
  };

  /** A block boundary: inside a list/quote group a new line, elsewhere a new block. */
  const boundary = (): void => {
    if (groupRoot >= 0) {
      if (cur) newLine();
    } else flush();
  };

  // explicit stack (no recursion): a node, and for the exit frame of element i, i (else -1)
  const stack: AnyNode[] = [];
  const exitOf: number[] = [];
  const push = (n: AnyNode, exit: number): void => {
    stack.push(n);
    exitOf.push(exit);
  };
  for (let i = doc.children.length - 1; i >= 0; i--) push(doc.children[i], -1);
  const deadLinks = new Set<Element>(); // swallowing links, whose text is not link text
  const itemStart: number[] = []; // chars and linkChars when each open <li> began
  const itemLinkStart: number[] = [];

  while (stack.length) {
    const n = stack.pop()!;
    const exit = exitOf.pop()!;
    if (exit >= 0) {
      const tag = (n as Element).name;
      if (tag === 'a') {
        if (!deadLinks.has(n as Element)) linkDepth--;
      }
      else if (tag === 'pre') preDepth--;
      else if (tag === 'li' && groupRoot >= 0) {
        items++;
        const startChars = itemStart.pop()!;
        const startLinks = itemLinkStart.pop()!;
        if (linkChars - startLinks > LINKED_ITEM_MIN_LINK_SHARE * (chars - startChars)) linkedItems++;
      }
      if (BLOCK_TAGS.has(tag)) {
        if (exit === groupRoot) {
          flush();
          groupRoot = -1;
        } else boundary();
        if (HEADING_TAGS.has(tag)) headingDepth--;
        ownerStack.pop();
      }
      parentStack.pop();
      blockEnd[exit] = blocks.length;
      elementEnd[exit] = elements.length;
      continue;
    }
    if (isText(n)) {
      const data = n.data;
      let c = 0; // non-space characters
      for (let i = 0; i < data.length; i++) {
        const code = data.charCodeAt(i);
        if (code > 32 && code !== 160) c++;
      }
      if (c === 0) {
        if (preDepth > 0) cur += data;
        else if (cur) cur += ' ';
        continue;
      }
      lastWasBreak = false;
      chars += c;
      if (linkDepth > 0) linkChars += c;
      if (preDepth > 0 && data.includes('\n')) {
        const parts = data.split('\n');
        for (let i = 0; i < parts.length; i++) {
          if (i > 0) newLine();
          cur += parts[i];
        }
      } else cur += data;
      continue;
    }
    if (!isElement(n)) {
      if (hasChildren(n)) for (let i = n.children.length - 1; i >= 0; i--) push(n.children[i], -1);
      continue;
    }
    const tag = n.name;
    if (tag === 'br') {
      if (groupRoot >= 0 || preDepth > 0) newLine();
      else if (lastWasBreak) flush(); // <br><br> separates paragraphs
      else {
        newLine();
        lastWasBreak = true;
      }
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) boundary();
    const idx = elements.length;
    elements.push(n);
    parent.push(parentStack[parentStack.length - 1]);
    elementEnd.push(idx + 1);
    const verdict = classify(n);
    furniture.push(verdict.furniture);
    bodyHint.push(verdict.bodyHint);
    leadName.push(verdict.leadName);
    swallowing.push(unclosed.has(n) && holdsBlocks(n));
    blockStart.push(blocks.length);
    blockEnd.push(blocks.length);
    parentStack.push(idx);
    if (isBlock) {
      ownerStack.push(idx);
      if (HEADING_TAGS.has(tag)) {
        headingDepth++;
        headingBlocks = 0;
      }
      if (groupRoot < 0 && (LIST_TAGS.has(tag) || tag === 'blockquote') && !isSwallowingGroup(n, unclosed)) {
        groupRoot = idx;
        groupKind = tag === 'blockquote' ? 'blockquote' : 'list';
      }
    }
    if (tag === 'a') {
      if (isSwallowingLink(n, unclosed)) deadLinks.add(n);
      else linkDepth++;
    } else if (tag === 'pre') preDepth++;
    else if (tag === 'li' && groupRoot >= 0) {
      itemStart.push(chars);
      itemLinkStart.push(linkChars);
    }
    push(n, idx);
    for (let i = n.children.length - 1; i >= 0; i--) push(n.children[i], -1);
  }
  flush();
  blockEnd[0] = blocks.length;
  elementEnd[0] = elements.length;
  return { elements, parent, elementEnd, furniture, bodyHint, leadName, swallowing, blockStart, blockEnd, blocks };
}
