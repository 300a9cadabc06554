// Thresholds of the scraped-text cleaner, gathered in one place. Scores are in "characters of prose":
// a prose line adds its length, clutter lines subtract a penalty, and the body is the contiguous run of
// lines with the best total (see region.ts).

/** Layout: a text is hard-wrapped when its long lines stop near one width and most of them end mid-sentence. */
export const WRAP_MAX_WIDTH = 100;
export const WRAP_MIN_LINES = 4;
/** Share of non-final lines (within a blank-line block) that must end without sentence punctuation. */
export const WRAP_OPEN_LINE_SHARE = 0.5;
/** Leading spaces that start a new paragraph in hard-wrapped text (Reuters-style indentation). */
export const WRAP_INDENT = 2;

/** A line without final punctuation and at most this many words is "short" (heading, menu item, label). */
export const SHORT_MAX_WORDS = 12;
/** Headings: at most this many words and characters. */
export const HEADING_MAX_WORDS = 12;
export const HEADING_MAX_CHARS = 100;

/** Share of capitalised words from which a line without final punctuation reads like a menu or a headline. */
export const TITLE_CASE_SHARE = 0.75;
export const TITLE_CASE_MIN_WORDS = 5;
/** Share of digits in a short line from which it is data (a table row), not a menu item. */
export const DATA_DIGIT_SHARE = 0.15;

/** Scores (see region.ts). */
export const SCORE = {
  /** A data row (digits): slightly positive so that clean tables are kept. */
  dataPerChar: 0.3,
  /** Short line without final punctuation: heading inside the body, menu item at the edges. */
  short: -25,
  /** Long line without final punctuation: neutral, kept only between prose. */
  long: 0,
  /** Title-case run of words, timestamps, breadcrumbs: a menu or a headline list. */
  menu: -60,
  /** Link-only lines and empty markdown links. */
  link: -60,
  /** Phrase-lexicon hit (newsletter, cookies, comment form…). */
  boilerplate: -150,
  /** Photo captions and credits. */
  caption: -30,
  /** Line repeated from earlier in the text, or from the title. */
  repeat: -30,
} as const;

/** Weak lexicon phrases only count on lines up to this many words; strong phrases count at any length. */
export const LEXICON_MAX_WORDS = 25;
/** Lines shorter than this many words are not checked for repetition (labels repeat legitimately). */
export const REPEAT_MIN_WORDS = 3;

/** A head line that starts with the title may carry this many extra words of site-name junk. */
export const TITLE_JUNK_MAX_WORDS = 10;
/** Head lines inspected for a repeated title, a byline or a dateline. */
export const HEAD_WINDOW = 12;
/** Lines of the body (from its start) still searched for a byline or a dateline. */
export const BODY_HEAD_LINES = 3;
/** Site-name suffix of a title ("… | Reuters"): at most this many words. */
export const SITE_NAME_MAX_WORDS = 6;
/** Outlet names found in clutter: at most this many words. */
export const OUTLET_MAX_WORDS = 6;
/** Byline: at most this many words on the line. */
export const BYLINE_MAX_WORDS = 24;

/** A warning is raised when clutter removal drops more than this share of the input characters. */
export const HEAVY_REMOVAL_SHARE = 0.6;
/** English stopword share from which the language is reported as "en". */
export const ENGLISH_STOPWORD_SHARE = 0.12;
