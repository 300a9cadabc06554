// One walk over the pruned tree that cuts its text into blocks (paragraphs, headings, lists, quotes) in document
// order, and records for every element its parent and the range of blocks it contains. A container's blocks are
// then a contiguous slice, so choosing the body is choosing one element.
import type { AnyNode, Document, Element } from 'domhandler';
import type { BlockKind } from '../../doc/types.js';
import { hasChildren, isElement, isText, normalizeSpace } from './dom.js';
import { ElementClassifier, NONE, type Furniture } from './furniture.js';
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
  /** A site notice (cookie banner, customer-service box: notices.ts), checked on blocks long enough to be prose;
   *  undefined until isNoticeBlock asks (most blocks are judged without it: headings, link lists). */
  notice?: boolean;
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

/** Whether a block is a site notice, worked out on first asking and kept on the block. */
export function isNoticeBlock(b: TextBlock): boolean {
  b.notice ??= b.chars >= MIN_PARAGRAPH_CHARS && b.text.length <= NOTICE_MAX_CHARS && isNotice(b.text);
  return b.notice;
}

/** Whether an element has a block element among its children. */
export const holdsBlocks = (el: Element): boolean => el.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.name));

/** A quote or list that was never closed and holds other blocks than its items swallowed the text after it: its
 *  blocks stay blocks of their own instead of lines of one quote or list block. */
function isSwallowingGroup(el: Element, unclosed: ReadonlySet<Element>): boolean {
  if (!unclosed.has(el)) return false;
  return el.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.name) && !LIST_ITEM_TAGS.has(c.name));
}

/** A block's lines, each with its whitespace collapsed and trimmed, the empty ones left out, joined by newlines. */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    const l = normalizeSpace(line).trim();
    if (l) text = text ? `${text}\n${l}` : l;
  }
  return text;
}

/** The walk's state: the tree being filled, the block being read, and where in the page the walk is. Methods on a
 *  class rather than closures made per call: V8 threw its compiled walk away on every page when each page brought
 *  fresh closures ("wrong call target"), and one function holding it all was slow to compile. */
class BlockCutter {
  readonly tree: BlockTree = {
    elements: [null], parent: [-1], elementEnd: [0], furniture: [NONE], bodyHint: [false], leadName: [false],
    swallowing: [false], blockStart: [0], blockEnd: [0], blocks: [],
  };
  private readonly classifier = new ElementClassifier();

  // the block being read
  private lines: string[] = [];
  private cur = '';
  private chars = 0;
  private linkChars = 0;
  private items = 0;
  private linkedItems = 0;
  private lastWasBreak = false;

  // where the walk is
  private readonly ownerStack: number[] = [0]; // block elements the buffered text belongs to
  private readonly parentStack: number[] = [0];
  private linkDepth = 0;
  private preDepth = 0;
  private headingDepth = 0;
  private headingBlocks = 0; // blocks flushed since the innermost heading opened
  private groupRoot = -1; // list or blockquote element collecting one multi-line block
  private groupKind: BlockKind = 'paragraph';
  private readonly deadLinks = new Set<Element>(); // swallowing links, whose text is not link text
  private readonly itemStart: number[] = []; // chars and linkChars when each open <li> began
  private readonly itemLinkStart: number[] = [];

  constructor(private readonly unclosed: ReadonlySet<Element>) {}

  /** Text in a heading is a heading: its first block, not a paragraph-length run, and not a paragraph, list or
   *  table inside it. What follows the first block is text an unclosed heading swallowed (a browser shows it as
   *  text, only bolder). */
  private isHeadingText(owner: number): boolean {
    if (this.headingDepth === 0 || this.headingBlocks > 0 || this.chars > MAX_HEADING_CHARS) return false;
    const tag = this.tree.elements[owner]?.name ?? '';
    return HEADING_TAGS.has(tag) || HEADING_WRAPPER_TAGS.has(tag);
  }

  private newLine(): void {
    this.lines.push(this.cur);
    this.cur = '';
  }

  flush(): void {
    if (this.cur) this.newLine();
    if (this.chars > 0) {
      const text = joinLines(this.lines);
      if (text) this.pushBlock(text);
    }
    this.lines = [];
    this.cur = '';
    this.chars = 0;
    this.linkChars = 0;
    this.items = 0;
    this.linkedItems = 0;
    this.lastWasBreak = false;
  }

  private pushBlock(text: string): void {
    const { elements, blocks } = this.tree;
    const owner = this.groupRoot >= 0 ? this.groupRoot : this.ownerStack[this.ownerStack.length - 1];
    const kind: BlockKind = this.groupRoot >= 0 ? this.groupKind : this.isHeadingText(owner) ? 'heading' : 'paragraph';
    const { chars, linkChars, items, linkedItems } = this;
    blocks.push({ kind, tag: elements[owner]?.name ?? '', text, owner, chars, linkChars, items, linkedItems, notice: undefined });
    if (this.headingDepth > 0) this.headingBlocks++;
  }

  /** A block boundary: inside a list/quote group a new line, elsewhere a new block. */
  private boundary(): void {
    if (this.groupRoot >= 0) {
      if (this.cur) this.newLine();
    } else this.flush();
  }

  text(data: string): void {
    let c = 0; // non-space characters
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (code > 32 && code !== 160) c++;
    }
    if (c === 0) {
      if (this.preDepth > 0) this.cur += data;
      else if (this.cur) this.cur += ' ';
      return;
    }
    this.lastWasBreak = false;
    this.chars += c;
    if (this.linkDepth > 0) this.linkChars += c;
    if (this.preDepth > 0 && data.includes('\n')) {
      const parts = data.split('\n');
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) this.newLine();
        this.cur += parts[i];
      }
    } else this.cur += data;
  }

  lineBreak(): void {
    if (this.groupRoot >= 0 || this.preDepth > 0) this.newLine();
    else if (this.lastWasBreak) this.flush(); // <br><br> separates paragraphs
    else {
      this.newLine();
      this.lastWasBreak = true;
    }
  }

  /** Enters an element (other than <br>): returns its index. */
  open(n: Element): number {
    const tag = n.name;
    const t = this.tree;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) this.boundary();
    const idx = t.elements.length;
    t.elements.push(n);
    t.parent.push(this.parentStack[this.parentStack.length - 1]);
    t.elementEnd.push(idx + 1);
    const verdict = this.classifier.verdict(n);
    t.furniture.push(verdict.furniture);
    t.bodyHint.push(verdict.bodyHint);
    t.leadName.push(verdict.leadName);
    t.swallowing.push(this.unclosed.has(n) && holdsBlocks(n));
    t.blockStart.push(t.blocks.length);
    t.blockEnd.push(t.blocks.length);
    this.parentStack.push(idx);
    if (isBlock) this.openBlock(n, idx);
    if (tag === 'a') {
      if (isSwallowingLink(n, this.unclosed)) this.deadLinks.add(n);
      else this.linkDepth++;
    } else if (tag === 'pre') this.preDepth++;
    else if (tag === 'li' && this.groupRoot >= 0) {
      this.itemStart.push(this.chars);
      this.itemLinkStart.push(this.linkChars);
    }
    return idx;
  }

  private openBlock(n: Element, idx: number): void {
    const tag = n.name;
    this.ownerStack.push(idx);
    if (HEADING_TAGS.has(tag)) {
      this.headingDepth++;
      this.headingBlocks = 0;
    }
    if (this.groupRoot < 0 && (LIST_TAGS.has(tag) || tag === 'blockquote') && !isSwallowingGroup(n, this.unclosed)) {
      this.groupRoot = idx;
      this.groupKind = tag === 'blockquote' ? 'blockquote' : 'list';
    }
  }

  /** Leaves element `exit` (its index). */
  close(n: Element, exit: number): void {
    const tag = n.name;
    if (tag === 'a') {
      if (!this.deadLinks.has(n)) this.linkDepth--;
    }
    else if (tag === 'pre') this.preDepth--;
    else if (tag === 'li' && this.groupRoot >= 0) {
      this.items++;
      const startChars = this.itemStart.pop()!;
      const startLinks = this.itemLinkStart.pop()!;
      if (this.linkChars - startLinks > LINKED_ITEM_MIN_LINK_SHARE * (this.chars - startChars)) this.linkedItems++;
    }
    if (BLOCK_TAGS.has(tag)) {
      if (exit === this.groupRoot) {
        this.flush();
        this.groupRoot = -1;
      } else this.boundary();
      if (HEADING_TAGS.has(tag)) this.headingDepth--;
      this.ownerStack.pop();
    }
    this.parentStack.pop();
    this.tree.blockEnd[exit] = this.tree.blocks.length;
    this.tree.elementEnd[exit] = this.tree.elements.length;
  }
}

/** `unclosed`: elements the parser closed without their own end tag (see parse.ts). */
export function buildBlocks(doc: Document, unclosed: ReadonlySet<Element> = new Set()): BlockTree {
  const cut = new BlockCutter(unclosed);
  // explicit stack (no recursion): a node, and for the exit frame of element i, i (else -1)
  const stack: AnyNode[] = [];
  const exitOf: number[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) {
    stack.push(doc.children[i]);
    exitOf.push(-1);
  }
  while (stack.length) {
    const n = stack.pop()!;
    const exit = exitOf.pop()!;
    if (exit >= 0) cut.close(n as Element, exit);
    else if (isText(n)) cut.text(n.data);
    else if (!isElement(n)) {
      if (hasChildren(n)) for (let i = n.children.length - 1; i >= 0; i--) {
        stack.push(n.children[i]);
        exitOf.push(-1);
      }
    } else if (n.name === 'br') cut.lineBreak();
    else {
      stack.push(n);
      exitOf.push(cut.open(n));
      for (let i = n.children.length - 1; i >= 0; i--) {
        stack.push(n.children[i]);
        exitOf.push(-1);
      }
    }
  }
  cut.flush();
  const { tree } = cut;
  tree.blockEnd[0] = tree.blocks.length;
  tree.elementEnd[0] = tree.elements.length;
  return tree;
}
