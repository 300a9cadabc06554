// Thresholds of the scraped-text cleaner, gathered in one place. Scores are in "characters of prose":
// a prose line adds its length, clutter lines subtract a penalty, and the body is the contiguous run of
// lines with the best total (see region.ts).

/** Layout: a text is hard-wrapped when its long lines stop near one width and most of them end mid-sentence. */
export const WRAP_MAX_WIDTH = 100;
export const WRAP_MIN_LINES = 2;
/** Share of non-final lines (within a blank-line block) that must end without sentence punctuation. */
export const WRAP_OPEN_LINE_SHARE = 0.5;
/** Share of those open lines whose next line starts in lower case (a headline list has almost none). */
export const WRAP_LOWER_NEXT_SHARE = 0.25;
/** Leading spaces that start a new paragraph in hard-wrapped text (Reuters-style indentation, " Reuter" sign-off). */
export const WRAP_INDENT = 1;

/** A line without final punctuation and at most this many words is "short" (heading, menu item, label). */
export const SHORT_MAX_WORDS = 12;
/** A line of this many words is a paragraph even without final punctuation (crawlers drop full stops). */
export const LONG_PARAGRAPH_WORDS = 40;
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
  /** Paragraph of LONG_PARAGRAPH_WORDS or more without final punctuation: counts, but less than a sentence. */
  unpunctuatedPerChar: 0.5,
  /** Short list item after an introducing line ("… will be:"): content. */
  listItemPerChar: 0.5,
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

/**
 * A run of consecutive removable lines (a newsletter box, a related-links list) weighs at most
 * base + perLine × (lines − 1): a three-line insert costs 250, so a lead of two paragraphs before it stays.
 */
export const REMOVABLE_RUN_CAP = { base: 150, perLine: 50 } as const;

/** An insert of at most this many removable lines between body and prose does not end the body. */
export const MAX_INSERT_LINES = 3;

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
/** A site tagline under the masthead ("From Harbour Post, the paper you can trust!"): among this many first lines… */
export const TAGLINE_HEAD_LINES = 4;
/** …and at most this many words (a lead that names an outlet is longer). */
export const TAGLINE_MAX_WORDS = 12;
/** A slogan after the site name's comma in a title ("… - Harbour Post, the paper you can trust"): at most this many words. */
export const SLOGAN_MAX_WORDS = 8;
/** Outlet names found in clutter: at most this many words. */
export const OUTLET_MAX_WORDS = 8;
/** Byline: at most this many words on the line. */
export const BYLINE_MAX_WORDS = 24;

/** A warning is raised when clutter removal drops more than this share of the input characters. */
export const HEAVY_REMOVAL_SHARE = 0.6;
/** English stopword share from which the language is reported as "en". */
export const ENGLISH_STOPWORD_SHARE = 0.12;
/** A body is in another language when that language's function words are at least this share of its words… */
export const OTHER_LANGUAGE_SHARE = 0.15;
/** …out of at least this many words. */
export const OTHER_LANGUAGE_MIN_WORDS = 20;
/** A body of at least this many words whose English stopwords are under NOT_ENGLISH_SHARE of them is not English,
 *  whatever it is ("und"): Indonesian, Czech, Russian, Chinese prose have 0–3 %, English prose 20–35 %, the tables of
 *  figures of the Reuters corpus with their labels 8 % and more (the 85 AEB bodies, 1,500 Reuters records, 87
 *  readability pages). */
export const NOT_ENGLISH_MIN_WORDS = 100;
export const NOT_ENGLISH_SHARE = 0.04;

/** A line whose raw form is at least this share of link markup and URLs is a link line. */
export const LINK_ONLY_SHARE = 0.6;
/** End-anchored patterns look at this many final characters; the lexicon at this many on each end of a line. */
export const END_WINDOW = 300;
export const LEXICON_WINDOW = 500;
/** Glued menu words ("Trade RumorsNZ vs UAE Live ScoreVaibhav"): at least this many, and this share of words. */
export const GLUED_MIN = 3;
export const GLUED_SHARE = 0.1;
/** A long line without final punctuation counts as a paragraph only in sentence case (below this capital share). */
export const LONG_PARAGRAPH_MAX_CAPS = 0.5;
/** A credit label ("Photograph: …") makes a caption only in a line this short; a credit at the end, up to the next. */
export const CAPTION_MAX_WORDS = 60;
export const END_CREDIT_MAX_WORDS = 120;

/** Title line (no title hint): a first line longer than this is a paragraph, not a title. */
export const TITLE_MAX_WORDS = 30;
/** A first line ending in a full stop is a title only up to this many words. */
export const TITLE_SENTENCE_MAX_WORDS = 12;
/** Leading lines skipped when looking for the title line (navigation junk before it). */
export const TITLE_SEARCH_LINES = 3;

/** Outlet: clutter lines searched for names are at most this long (words); domain agreement adds this weight. */
export const OUTLET_LINE_MAX_WORDS = 30;
export const DOMAIN_BONUS = 3;
/** Weight of a site name split off the title (hint or first line), and off a head line repeating the title. */
export const OUTLET_WEIGHT = { titleSuffix: 3, repeatedTitleSuffix: 2 } as const;

/** Dates: a line of at most this many words can be a bare dateline ("12 January 2026"). */
export const DATELINE_MAX_WORDS = 8;
/** At most this many words besides the date for a dated line to leave the body ("Published 12 January 2026"). */
export const DATELINE_EXTRA_WORDS = 2;

/** Markdown links: longest bracket text and link target the scanner follows before giving up on a "[". */
export const MAX_LINK_TEXT = 400;
export const MAX_LINK_TARGET = 2000;

/** Author bio line: at most this many words, and a role noun within this many words after "is". */
export const BIO_MAX_WORDS = 45;
export const BIO_ROLE_WINDOW = 6;
/**
 * End markers (contributor lines, disclaimers, comment headers, author bios) end the body only when at least
 * this share of the region's prose, and this many characters of it, stand before them.
 */
export const END_MARKER_MIN_SHARE = 0.6;
export const END_MARKER_MIN_CHARS = 400;

/** A bare line repeated at the start of a neighbouring caption is that caption: at least this long. */
export const ECHO_MIN_CHARS = 20;
/** The description under a media label ("AUDIO: …"): at most this many words. */
export const MEDIA_DESCRIPTION_MAX_WORDS = 20;
/** Headline runs inside the body: at least this many consecutive headline-shaped lines of this many words. */
export const HEADLINE_RUN_MIN = 2;
export const HEADLINE_MIN_WORDS = 5;

/** Code or markup leaked into the text: a line of at least this many characters with this share of {}[]<>=;\| . */
export const CODE_MIN_CHARS = 20;
export const CODE_CHAR_SHARE = 0.08;
/** … and at least this many such characters (a title in angle brackets is not code). */
export const CODE_MIN_COUNT = 4;
/** After an end marker, two consecutive paragraphs of at least this many characters each still read as body. */
export const END_RUN_MIN_CHARS = 80;

/** A date or time line: at most this many words, of which at most this many are not date words. */
export const TIMESTAMP_MAX_WORDS = 14;
export const TIMESTAMP_OTHER_WORDS = 1;


/** A text with this many consecutive short label lines (a menu) has page clutter, even without a lexicon hit. */
export const MENU_RUN_EVIDENCE = 5;
/** A kicker over a teaser headline: a line in capitals of at most this many words. */
export const KICKER_MAX_WORDS = 5;

/** An unpunctuated sentence-case line of at least this many words right before the body is its first paragraph. */
export const LEAD_MIN_WORDS = 10;
/** A dash tail repeated in the text is a site name only when the title keeps at least this many words without it. */
export const TITLE_CORE_MIN_WORDS = 4;

/** A caption without credit: one sentence of this many words, its scene verb within the first few words. */
export const SCENE_CAPTION_MIN_WORDS = 8;
export const SCENE_CAPTION_MAX_WORDS = 45;
export const SCENE_VERB_WINDOW = 5;
/** A headline in capitals inside the body: at least this many words. */
export const CAPS_HEADLINE_MIN_WORDS = 6;
/** … or runs of one more line of at least this many words. */
export const SHORT_HEADLINE_MIN_WORDS = 3;
/** A credit alone on its line ("Jane Roe | Bloomberg | Getty Images"): at most this many words; the one-sentence
 *  line above it, at most this many, is its caption. */
export const CREDIT_ONLY_MAX_WORDS = 8;
export const CAPTION_ABOVE_MAX_WORDS = 60;
/** A line led by a link arrow (»): at most this many words. */
export const ARROW_LINK_MAX_WORDS = 20;
/** Occurrences of a title's dash tail inspected in the text (bounds the work on texts that repeat it often). */
export const TAIL_SEARCH_MAX = 20;
