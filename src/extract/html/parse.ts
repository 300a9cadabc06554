// Parsing with three repairs and a guard. Repairs, where htmlparser2 departs from what a browser builds: an end tag
// of one heading level closes any open heading (HTML spec, "An end tag whose tag name is one of h1…h6"; htmlparser2
// ignores a stray `</h3>` and leaves the `<h2>` open over the rest of the page); a start tag of body content closes
// an open <head> (a page with neither </head> nor <body> would be all head); and every element closed without
// its own end tag is recorded (`unclosed`), so that later steps can tell an unclosed <a>, <nav> or <aside> that
// swallowed the page from one that wraps its own content. The guard, against hostile nesting: htmlparser2 keeps its open-element stack in an array it shifts
// and unshifts, so 100k nested elements cost time quadratic in the depth (tens of seconds). The tree builder
// stops the parse as soon as the tree gets deeper than any real page; the page is then parsed again with its
// excess nesting flattened (start tags below the limit dropped, their text kept).
import { DomHandler, type Document, type Element } from 'domhandler';
import { Parser } from 'htmlparser2';
import { FastTokenizer } from './fast-tokenizer.js';
import { MAX_NESTING } from './settings.js';

class TooDeep extends Error {}

/** A DOM builder that throws TooDeep when elements nest deeper than maxDepth, and records the elements that were
 *  closed without an end tag of their own. */
class DepthGuardHandler extends DomHandler {
  readonly unclosed = new Set<Element>();

  constructor(private readonly maxDepth: number) {
    super();
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.tagStack.length > this.maxDepth) throw new TooDeep();
  }

  override onclosetag(name?: string, implied?: boolean): void {
    const el = this.tagStack[this.tagStack.length - 1];
    super.onclosetag();
    if (implied && name && el && el.type !== 'root' && !VOID_TAGS.has(name)) this.unclosed.add(el as Element);
  }
}

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The parser's own open-element stack (innermost first) and its pop; internal to htmlparser2 12, checked at run
 *  time so that another version only loses the repair. */
interface ParserInternals {
  stack?: string[];
  readTagName?: (start: number, end: number) => string;
  popElement?: (implied: boolean) => void;
}

/** Elements that belong in <head>; any other start tag ends it (HTML spec, "in head" insertion mode). */
const HEAD_CONTENT: ReadonlySet<string> = new Set([
  'base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'style', 'script', 'template', 'head',
]);

/** htmlparser2's Parser with two rules of the HTML spec it lacks: a heading end tag closes any open heading, and a
 *  start tag of body content closes an open <head> (pages without </head> and <body> keep their text). */
class HeadingRepairParser extends Parser {
  override onopentagname(start: number, endIndex: number): void {
    const self = this as unknown as ParserInternals;
    if (self.stack && self.readTagName && self.popElement && self.stack.includes('head')) {
      const name = self.readTagName.call(this, start, endIndex);
      if (!HEAD_CONTENT.has(name)) {
        while (self.stack.length && self.stack[0] !== 'head') self.popElement.call(this, true);
        if (self.stack.length) self.popElement.call(this, true);
      }
    }
    super.onopentagname(start, endIndex);
    // Attributes in a prototype-less object: V8 keeps such objects as dictionaries, all of one shape, whereas `{}`
    // grown one attribute at a time gets a shape per attribute list. Every later `attribs.class` read then sees
    // one shape instead of hundreds, and the compiled walks (metadata, blocks) stop being thrown away and
    // recompiled each time a page brings a new one. (An attribute named like an Object method, "constructor", is
    // then found only when the page has it.)
    const parser = this as unknown as { attribs?: Record<string, string> | null };
    if (parser.attribs) parser.attribs = Object.create(null) as Record<string, string>;
  }

  override onclosetag(start: number, endIndex: number): void {
    const self = this as unknown as ParserInternals;
    // Only a two-letter end tag can be a heading's: the name is read (once more, after the parser) for those alone.
    if (endIndex - start === 2 && self.stack && self.readTagName && self.popElement) {
      const name = self.readTagName.call(this, start, endIndex);
      if (HEADINGS.has(name) && !self.stack.includes(name)) {
        const pos = self.stack.findIndex((t) => HEADINGS.has(t));
        if (pos >= 0) {
          this.endIndex = endIndex;
          for (let i = 0; i < pos; i++) self.popElement.call(this, true);
          self.popElement.call(this, false);
          this.startIndex = endIndex + 1;
          return;
        }
      }
    }
    super.onclosetag(start, endIndex);
  }
}

export interface ParsedHtml {
  dom: Document;
  /** Nesting deeper than MAX_NESTING was flattened. */
  flattened: boolean;
  /** Elements closed without their own end tag (by an outer end tag, a new block, or the end of the page). */
  unclosed: ReadonlySet<Element>;
}

/** Parses HTML into a domhandler Document (entities decoded, tag and attribute names lowercased). */
export function parseHtml(html: string): ParsedHtml {
  try {
    return { ...parseWithLimit(html, MAX_NESTING), flattened: false };
  } catch (err) {
    if (!(err instanceof TooDeep)) throw err;
  }
  return { ...parseWithLimit(flattenNesting(html, MAX_NESTING), Infinity), flattened: true };
}

function parseWithLimit(html: string, maxDepth: number): { dom: Document; unclosed: ReadonlySet<Element> } {
  const handler = new DepthGuardHandler(maxDepth);
  new HeadingRepairParser(handler, { Tokenizer: FastTokenizer }).end(html);
  return { dom: handler.root, unclosed: handler.unclosed };
}

const TAG_RE = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;
const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Drops start tags nested deeper than maxDepth (and as many end tags after them); text and shallow tags stay. */
export function flattenNesting(html: string, maxDepth: number): string {
  let depth = 0;
  let skipped = 0;
  return html.replace(TAG_RE, (tag: string, close: string, name: string, selfClose: string) => {
    if (selfClose || VOID_TAGS.has(name.toLowerCase())) return tag;
    if (close) {
      if (skipped > 0) {
        skipped--;
        return '';
      }
      if (depth > 0) depth--;
      return tag;
    }
    if (depth >= maxDepth) {
      skipped++;
      return ' ';
    }
    depth++;
    return tag;
  });
}
