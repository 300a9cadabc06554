// Parsing with a guard against hostile nesting. htmlparser2 keeps its open-element stack in an array it shifts
// and unshifts, so 100k nested elements cost time quadratic in the depth (tens of seconds). The tree builder
// stops the parse as soon as the tree gets deeper than any real page; the page is then parsed again with its
// excess nesting flattened (start tags below the limit dropped, their text kept).
import { DomHandler, type Document } from 'domhandler';
import { Parser } from 'htmlparser2';
import { MAX_NESTING } from './settings.js';

class TooDeep extends Error {}

/** A DOM builder that throws TooDeep when elements nest deeper than maxDepth. */
class DepthGuardHandler extends DomHandler {
  constructor(private readonly maxDepth: number) {
    super();
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.tagStack.length > this.maxDepth) throw new TooDeep();
  }
}

/** Parses HTML into a domhandler Document (entities decoded, tag and attribute names lowercased). */
export function parseHtml(html: string): { dom: Document; flattened: boolean } {
  try {
    return { dom: parseWithLimit(html, MAX_NESTING), flattened: false };
  } catch (err) {
    if (!(err instanceof TooDeep)) throw err;
  }
  return { dom: parseWithLimit(flattenNesting(html, MAX_NESTING), Infinity), flattened: true };
}

function parseWithLimit(html: string, maxDepth: number): Document {
  const handler = new DepthGuardHandler(maxDepth);
  new Parser(handler).end(html);
  return handler.root;
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
