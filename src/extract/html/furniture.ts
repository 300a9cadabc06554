// What an element's tag, role, visibility and class/id say about it: page furniture (sidebar, share bar,
// comments, hidden box…) or the article body. Furniture stays in the tree; main-extractor counts its text against
// any container around it and cuts it from the body unless it holds most of the body (then it is a mislabelled
// wrapper: "container penci_sidebar" or "box article modal-enabled" may hold the article).
import type { Element } from 'domhandler';
import { nameOf } from './dom.js';
import { BODY_HINT_RE, BOILERPLATE_NAME_RE, COMMENTS_NAME_RE, LEAD_NAME_RE, STATE_TOKEN_RE } from './patterns.js';
import { DROP_TAGS, FURNITURE_ROLES, FURNITURE_TAGS } from './settings.js';

/** Furniture verdicts: none, weak (may wrap the article) and strong (reader comments: never the article). */
export const NONE = 0;
export const WEAK = 1;
export const STRONG = 2;
export type Furniture = typeof NONE | typeof WEAK | typeof STRONG;

export interface ElementVerdict {
  furniture: Furniture;
  /** The page names it the article body (itemprop=articleBody, class "article-body", "entry-content"…). */
  bodyHint: boolean;
  /** Named like a lead/standfirst ("teaser", "intro", "summary"…). */
  leadName: boolean;
}

/** Elements never taken for furniture by their class/id: the document skeleton and links. */
const NEVER_BY_NAME: ReadonlySet<string> = new Set(['html', 'body', 'main', 'a']);
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const HIDDEN_CLASSES: ReadonlySet<string> = new Set(['hidden', 'is-hidden', 'd-none', 'hide', 'invisible']);

/** A class/id string without the tokens that state a property ("enable-pin-share", "has-sidebar", "tag-newsletter"
 *  describe the page or the post, not the element). */
export function withoutStateTokens(name: string): string {
  if (!STATE_TOKEN_RE.test(name)) return name;
  return name
    .split(' ')
    .filter((t) => !STATE_TOKEN_RE.test(t))
    .join(' ');
}

interface NameVerdict {
  furniture: Furniture;
  hiddenClass: boolean;
  bodyHint: boolean;
  leadName: boolean;
}

function judgeName(name: string, cls: string | undefined): NameVerdict {
  const hiddenClass = cls !== undefined && cls.split(/\s+/).some((c) => HIDDEN_CLASSES.has(c));
  if (name === '') return { furniture: NONE, hiddenClass, bodyHint: false, leadName: false };
  const bodyHint = BODY_HINT_RE.test(name);
  const tokens = withoutStateTokens(name);
  const leadName = LEAD_NAME_RE.test(tokens);
  let furniture: Furniture = NONE;
  if (!bodyHint) furniture = COMMENTS_NAME_RE.test(tokens) ? STRONG : BOILERPLATE_NAME_RE.test(tokens) ? WEAK : NONE;
  return { furniture, hiddenClass, bodyHint, leadName };
}

/** Classifies the elements of one page; class/id names repeat a lot, so their regex verdicts are cached. A class
 *  (not a closure made per page) so that the walk calling it always calls the same function: a fresh closure per
 *  page threw V8's compiled walk away on every page ("wrong call target"). */
export class ElementClassifier {
  private readonly cache = new Map<string, NameVerdict>();

  verdict(el: Element): ElementVerdict {
    const a = el.attribs;
    const name = nameOf(el);
    let v = this.cache.get(name);
    if (!v) {
      v = judgeName(name, a.class);
      this.cache.set(name, v);
    }
    const bodyHint = v.bodyHint || a.itemprop?.toLowerCase() === 'articlebody';
    let furniture: Furniture = NEVER_BY_NAME.has(el.name) ? NONE : v.furniture;
    if (furniture === NONE) {
      const hidden =
        v.hiddenClass ||
        a.hidden !== undefined ||
        a['aria-hidden'] === 'true' ||
        (a.style !== undefined && HIDDEN_STYLE_RE.test(a.style));
      const role = a.role?.toLowerCase();
      const tagged = FURNITURE_TAGS.has(el.name) || DROP_TAGS.has(el.name); // a dropped tag kept by prune.ts
      if (hidden || tagged || (role && FURNITURE_ROLES.has(role))) furniture = WEAK;
    }
    return { furniture, bodyHint, leadName: v.leadName };
  }
}
