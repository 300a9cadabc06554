// Thresholds and tag sets of the HTML body extractor, gathered in one place (cf. trafilatura's settings.py).

/** Elements dropped with their whole subtree before the body is searched: never article prose. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'applet',
  'video', 'audio', 'source', 'track', 'map', 'img', 'picture', 'head', 'title', 'meta', 'link', 'base',
  'form', 'button', 'input', 'select', 'option', 'textarea', 'label', 'fieldset', 'output', 'progress', 'meter',
  'nav', 'aside', 'footer', 'menu', 'dialog', 'frame', 'frameset',
]);

/** ARIA roles of page furniture; an element with one of them is dropped. */
export const DROP_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'complementary', 'contentinfo', 'menu', 'menubar', 'dialog', 'alertdialog', 'search',
  'toolbar', 'tablist', 'button', 'form',
]);

/** Elements that start a new line of text (everything else is inline and flows into the current block). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'legend',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
export const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl']);

/** Elements whose own text is a paragraph of prose when long enough (scoring units). */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'blockquote', 'td', 'dd', 'li']);

/** Guard for boilerplate class/id pruning: a matching element holding more than this share of the page's
 *  paragraph text is a mislabelled wrapper (e.g. "page with-sidebar") and is kept. */
export const PRUNE_MAX_TEXT_SHARE = 0.5;

/** A text run needs this many non-space characters to count as a paragraph when scoring containers. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Paragraph text with a link share above this is navigation, not prose, when scoring containers. */
export const MAX_PARAGRAPH_LINK_DENSITY = 0.5;

/** Container score = good text − BAD_TEXT_PENALTY × other text (short fragments, link text). */
export const BAD_TEXT_PENALTY = 1.0;
/** Multiplier on the score of a container whose class/id/itemprop names it the article body. */
export const BODY_HINT_BONUS = 1.25;

/** Block filtering: a block whose link text share exceeds this is dropped (lists of links, "Read more: …"). */
export const MAX_BLOCK_LINK_DENSITY = 0.5;
/** Blocks shorter than this (characters) are checked against the boilerplate phrase list. */
export const SHORT_BLOCK_CHARS = 100;

/** Below this many characters of body text the result gets a "short body" warning. */
export const MIN_BODY_CHARS = 200;
