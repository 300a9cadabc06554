// Thresholds and tag sets of the HTML body extractor, gathered in one place (cf. trafilatura's settings.py).

// ── parsing ─────────────────────────────────────────────

/** Deeper element nesting than this is hostile (real pages stay under a few hundred): the page is parsed again
 *  with its excess nesting flattened. */
export const MAX_NESTING = 1000;

// ── tree cleaning (prune.ts, furniture.ts) ─────────────────────────────────────────────

/** Elements dropped with their whole subtree before the body is searched: never article prose. Captions go too
 *  (the dev gold lists caption text as boilerplate 32 times, as body 6 times); <header> stays (dropping it lost
 *  leads and scored worse on both dev sets). */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'applet',
  'video', 'audio', 'source', 'track', 'map', 'img', 'picture', 'figcaption', 'head', 'title', 'meta', 'link', 'base',
  'button', 'input', 'select', 'option', 'textarea', 'output', 'progress', 'meter',
  'nav', 'aside', 'footer', 'menu', 'dialog', 'frame', 'frameset',
]);

/** A <figure> holding one of PICTURE_TAGS and none of FIGURE_TEXT_TAGS is a picture with its caption: dropped. */
export const PICTURE_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'video', 'svg', 'canvas']);
export const FIGURE_TEXT_TAGS: ReadonlySet<string> = new Set([
  'table', 'blockquote', 'pre', 'code', 'ul', 'ol', 'dl', 'iframe', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

/** Dropped tags whose content a browser does not show even when the element is never closed (raw text, inert
 *  templates, hidden dialogs, select options): an unclosed one is dropped all the same. */
export const RAW_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'textarea', 'title', 'head', 'dialog', 'select', 'option',
  'frame', 'frameset',
]);

/** Dropped tags that are kept when they hold a <main> or <article>: an unclosed <nav> may swallow the page. */
export const DROP_UNLESS_WRAPPER_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer']);
/** Tags that make a dropped-tag element a wrapper of the page. */
export const WRAPPED_CONTENT_TAGS: ReadonlySet<string> = new Set(['main', 'article']);

/** Furniture by tag, but kept when it wraps the article (ASP.NET pages put everything in one <form>). */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['form', 'label', 'fieldset']);

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'complementary', 'contentinfo', 'menu', 'menubar', 'dialog', 'alertdialog', 'search',
  'toolbar', 'tablist', 'button', 'form',
]);

// ── cutting the text into blocks (blocks.ts) ─────────────────────────────────────────────

/** Elements that start a new line of text (everything else is inline and flows into the current block). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'legend',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Block tags whose text inside a heading is still heading text (`<h2><div>Title</div></h2>`); text of other
 *  blocks inside a heading (paragraphs, lists, tables) was swallowed by an unclosed heading. */
export const HEADING_WRAPPER_TAGS: ReadonlySet<string> = new Set(['div', 'center', 'hgroup', 'header']);
/** Heading text longer than this (non-space characters) is a paragraph set in a heading tag, or text an unclosed
 *  heading swallowed: real headlines and section titles stay well under it. */
export const MAX_HEADING_CHARS = 300;
export const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl']);

// ── what counts as prose (weights.ts) ─────────────────────────────────────────────

/** A text run needs this many non-space characters to count as a paragraph when scoring containers. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Paragraph text with a link share above this is navigation, not prose, when scoring containers. */
export const MAX_PARAGRAPH_LINK_DENSITY = 0.5;

/** A list of at least this many items, more than this share of them with a link, is a link list (teasers). */
export const LINK_LIST_MIN_ITEMS = 3;
export const LINK_LIST_MIN_LINKED_SHARE = 0.5;
/** A list item is linked when link text makes up more than this share of it. */
export const LINKED_ITEM_MIN_LINK_SHARE = 0.25;

/** Site notices (notices.ts): a phrase of site speech counts NOTICE_STRONG_WEIGHT, a topic word 1; a block is a
 *  notice with a site-speech phrase and a score of NOTICE_MIN_SCORE (or at most NOTICE_SHORT_CHARS long), or with
 *  NOTICE_MIN_SCORE from topic words alone when it addresses the reader. */
export const NOTICE_STRONG_WEIGHT = 2;
export const NOTICE_MIN_SCORE = 3;
export const NOTICE_SHORT_CHARS = 200;
/** Longer blocks are not checked: banners and service boxes are short, and pages hold megabyte-long blocks. */
export const NOTICE_MAX_CHARS = 3000;

// ── choosing the body (main-extractor.ts, body-parts.ts) ─────────────────────────────────────────────

/** Container score = good² / (good + BAD_TEXT_PENALTY × bad), good text weighted by its share, where bad text is
 *  link text plus SHORT_TEXT_PENALTY × short link-free fragments (cells, labels, dates). (good − bad was measured
 *  too: same AEB, segments A 0.937 / B 0.936 against 0.939 / 0.936, Readability pages 0.933 against 0.937.) */
export const BAD_TEXT_PENALTY = 1.0;
export const SHORT_TEXT_PENALTY = 0.3;
/** Multiplier on the score of a container whose class/id/itemprop names it the article body. */
export const BODY_HINT_BONUS = 1.25;

/** A prose paragraph is isolated when the nearest ancestor holding other blocks too holds no other prose:
 *  a teaser description or a caption more often than article text. The climb to that ancestor is capped. */
export const MAX_ISOLATION_CLIMB = 40;
/** Only short paragraphs can be isolated teasers; a long one alone is a short article. */
export const ISOLATED_MAX_CHARS = 200;

/** Furniture inside the chosen body is cut unless it holds more than this share of the body's prose
 *  (then it is a mislabelled wrapper, e.g. "page with-sidebar"). */
export const FURNITURE_MAX_BODY_SHARE = 0.5;

/** A sibling of the body's container joins the body when it holds prose and at most this much bad text per
 *  character of prose. */
export const SIBLING_MAX_BAD_SHARE = 0.25;

/** List articles (list-sections.ts): at least this many headings numbered in sequence, looked for up to this many
 *  levels above the body's container, carry the body on to the end of the last numbered section. */
export const LIST_MIN_SECTIONS = 3;
export const LIST_MAX_LEVELS = 3;

/** A lead (standfirst) before the body is looked for up to this many levels above the body's container. */
export const LEAD_MAX_LEVELS = 3;
/** A heading counts as a lead (a deck) when it is a sentence this long, not a label ("Most popular"). */
export const LEAD_MIN_HEADING_CHARS = 40;

// ── cleaning the body (block-filter.ts) ─────────────────────────────────────────────

/** Block filtering: a block whose link text share exceeds this is dropped (lists of links, "Read more: …"). */
export const MAX_BLOCK_LINK_DENSITY = 0.5;
/** Blocks shorter than this (characters) are checked against the boilerplate phrase list. */
export const SHORT_BLOCK_CHARS = 100;
/** Blocks shorter than this are dropped when they contain a call to action (subscribe, follow us…) and
 *  address the reader, or are shorter than CALL_TO_ACTION_LINE_CHARS. */
export const CALL_TO_ACTION_MAX_CHARS = 200;
export const CALL_TO_ACTION_LINE_CHARS = 60;
/** Captions and credits (captions.ts): a credit line is at most CREDIT_LINE_MAX_CHARS long; a caption ending in a
 *  credit at most CAPTION_MAX_CHARS (article paragraphs that end in a parenthesis are longer); the credit at its
 *  end is looked for in its last CREDIT_TAIL_CHARS. */
export const CREDIT_LINE_MAX_CHARS = 100;
export const CAPTION_MAX_CHARS = 400;
export const CREDIT_TAIL_CHARS = 120;

/** A heading this long contained in the page title (<title>, og:title) is the title repeated. */
export const MIN_TITLE_MATCH_CHARS = 15;

/** Blocks before a title heading inside the body (a kicker, a teaser quote, a date line) are dropped when they
 *  hold at most this share of its prose and at most this many characters of it. */
export const MAX_PROSE_BEFORE_TITLE = 0.15;
export const MAX_PROSE_BEFORE_TITLE_CHARS = 300;

/** An end-matter label (see END_MATTER_RE) at most this long, with at least this share of the body's prose
 *  before it, cuts the body there. */
export const END_MATTER_MAX_LABEL_CHARS = 60;
export const END_MATTER_MIN_PROSE_BEFORE = 0.5;
/** A re-posted press statement (appended.ts) is cut when at least this share of the body's prose stands before its
 *  label or dateline: then it follows an article of its own (a release page opens with its label). */
export const APPENDED_MIN_PROSE_BEFORE = 0.25;

// ── fallbacks and warnings (json-ld.ts, index.ts) ─────────────────────────────────────────────

/** The JSON-LD articleBody (at least JSON_LD_MIN_CHARS long) replaces an extracted body shorter than this share
 *  of it: the page renders its text with scripts. JSON-LD is searched this many levels deep. */
export const JSON_LD_MIN_CHARS = 500;
export const JSON_LD_FALLBACK_SHARE = 0.5;
export const MAX_JSON_LD_DEPTH = 8;

/** Below this many characters of body text the result gets a "short body" warning. */
export const MIN_BODY_CHARS = 200;

/** A site's tagline at the head of the body ("From Harbour Post, the paper you can trust!"): at most this many words,
 *  among this many first blocks before the first paragraph (block-filter.ts). */
export const TAGLINE_MAX_WORDS = 12;
export const TAGLINE_HEAD_BLOCKS = 4;
