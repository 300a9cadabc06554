// One walk over the pruned tree that cuts its text into blocks (paragraphs, headings, lists, quotes) in document
// order, and records for every element its parent and the range of blocks it contains. A container's blocks are
// then a contiguous slice, so choosing the body is choosing one element.
import type { AnyNode, Document, Element } from 'domhandler';
import type { BlockKind } from '../../doc/types.js';
import { hasChildren, isElement, isText, normalizeSpace } from './dom.js';
import { BLOCK_TAGS, HEADING_TAGS, LIST_TAGS } from './settings.js';

export interface TextBlock {
  kind: BlockKind;
  /** Normalised text; lines of a list, quote or <br>-broken paragraph are separated by "\n". */
  text: string;
  /** Index (into BlockTree.elements) of the block element the text belongs to. */
  owner: number;
  /** Non-space characters, those inside links, and sentence punctuation / commas. */
  chars: number;
  linkChars: number;
  punct: number;
}

export interface BlockTree {
  /** Elements in document order; index 0 is the document itself (null). */
  elements: (Element | null)[];
  parent: number[];
  /** Blocks inside element i are blocks[blockStart[i] .. blockEnd[i]). */
  blockStart: number[];
  blockEnd: number[];
  blocks: TextBlock[];
}

const EXIT = Symbol('exit');
interface ExitFrame {
  [EXIT]: true;
  el: Element;
  idx: number;
}
type Frame = AnyNode | ExitFrame;
const isExit = (f: Frame): f is ExitFrame => EXIT in f;

/** Counts non-space characters and punctuation (.,;:!? and CJK/Arabic commas) of a text in one scan. */
function scan(s: string): { chars: number; punct: number } {
  let chars = 0;
  let punct = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 160) continue;
    chars++;
    if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x3001 || c === 0xff0c || c === 0x060c)
      punct++;
  }
  return { chars, punct };
}

export function buildBlocks(doc: Document): BlockTree {
  const elements: (Element | null)[] = [null];
  const parent: number[] = [-1];
  const blockStart: number[] = [0];
  const blockEnd: number[] = [0];
  const blocks: TextBlock[] = [];

  // current block buffer
  let lines: string[] = [];
  let cur = '';
  let chars = 0;
  let linkChars = 0;
  let punct = 0;
  let lastWasBreak = false;

  // context
  const ownerStack: number[] = [0]; // block elements the buffered text belongs to
  const parentStack: number[] = [0];
  let linkDepth = 0;
  let preDepth = 0;
  let headingDepth = 0;
  let groupRoot = -1; // list or blockquote element collecting one multi-line block
  let groupKind: BlockKind = 'paragraph';

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
        const kind: BlockKind = groupRoot >= 0 ? groupKind : headingDepth > 0 ? 'heading' : 'paragraph';
        blocks.push({ kind, text, owner, chars, linkChars, punct });
      }
    }
    lines = [];
    cur = '';
    chars = 0;
    linkChars = 0;
    punct = 0;
    lastWasBreak = false;
  };

  /** A block boundary: inside a list/quote group a new line, elsewhere a new block. */
  const boundary = (): void => {
    if (groupRoot >= 0) {
      if (cur) newLine();
    } else flush();
  };

  const stack: Frame[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) stack.push(doc.children[i]);

  while (stack.length) {
    const f = stack.pop()!;
    if (isExit(f)) {
      const { el, idx } = f;
      const tag = el.name;
      if (tag === 'a') linkDepth--;
      else if (tag === 'pre') preDepth--;
      if (BLOCK_TAGS.has(tag)) {
        if (idx === groupRoot) {
          flush();
          groupRoot = -1;
        } else boundary();
        if (HEADING_TAGS.has(tag)) headingDepth--;
        ownerStack.pop();
      }
      parentStack.pop();
      blockEnd[idx] = blocks.length;
      continue;
    }
    const n = f;
    if (isText(n)) {
      const data = n.data;
      const s = scan(data);
      if (s.chars === 0) {
        if (preDepth > 0) cur += data;
        else if (cur) cur += ' ';
        continue;
      }
      lastWasBreak = false;
      chars += s.chars;
      punct += s.punct;
      if (linkDepth > 0) linkChars += s.chars;
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
      if (hasChildren(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
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
    blockStart.push(blocks.length);
    blockEnd.push(blocks.length);
    parentStack.push(idx);
    if (isBlock) {
      ownerStack.push(idx);
      if (HEADING_TAGS.has(tag)) headingDepth++;
      if (groupRoot < 0 && (LIST_TAGS.has(tag) || tag === 'blockquote')) {
        groupRoot = idx;
        groupKind = tag === 'blockquote' ? 'blockquote' : 'list';
      }
    }
    if (tag === 'a') linkDepth++;
    else if (tag === 'pre') preDepth++;
    stack.push({ [EXIT]: true, el: n, idx });
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  flush();
  blockEnd[0] = blocks.length;
  return { elements, parent, blockStart, blockEnd, blocks };
}
