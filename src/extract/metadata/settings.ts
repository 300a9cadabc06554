// Thresholds and word lists for metadata extraction, gathered here so they can be tuned in one place.

/** Dates before this year are taken as parse errors or placeholders (e.g. "1970-01-01"). */
export const MIN_YEAR = 1990;
/** A publication date may lie this far in the future (time zones, scheduled posts), no further. */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

/** Longest text (chars) we read from any one element; hostile pages can hold megabytes in one node. */
export const MAX_ELEMENT_TEXT = 2000;
/** Longest JSON-LD script we try to parse. */
export const MAX_JSONLD_CHARS = 500_000;
/** How many JSON-LD nodes we look at in total (deeply nested or huge graphs). */
export const MAX_JSONLD_NODES = 2000;
/** How many byline-like elements (class "byline"/"author", rel=author...) we keep as candidates. */
export const MAX_BYLINE_ELEMENTS = 12;
/** How many <h1> we keep. */
export const MAX_H1 = 8;
/** How many <time> elements we keep. */
export const MAX_TIME_ELEMENTS = 20;

/** A byline element's text longer than this is a paragraph, not a byline. */
export const MAX_BYLINE_TEXT = 120;
/** One author name has at most this many words and characters. */
export const MAX_NAME_WORDS = 5;
export const MAX_NAME_CHARS = 60;
/** More names than this in one byline means we split a sentence, not a list of authors. */
export const MAX_AUTHORS = 8;

/** Title segments: a site-name part of a <title> is at most this many words. */
export const MAX_SITE_SEGMENT_WORDS = 6;
/** A title shorter than this many words after stripping is suspicious (keep the full title then). */
export const MIN_TITLE_WORDS_AFTER_STRIP = 2;
/** Separators between headline and site name in <title>, og:title... (spaces around are required). */
export const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' « ', ' · ', ' • ', ' // ', ' / ', ' ~ ', ' › ', ' > ', ' _ ', '_'];

/** Words that introduce a byline in several languages; removed from the start. */
export const BYLINE_PREFIXES = [
  'written by', 'posted by', 'published by', 'words by', 'story by', 'text by', 'reported by', 'by',
  'author', 'authors', 'autor', 'autorin', 'autoren', 'von', 'text', 'texte', 'par', 'por', 'di', 'door', 'av', 'af',
  'redaktion', 'verfasst von', 'geschrieben von', 'de', 'da',
];
/** Connectives between names ("A and B"). */
export const NAME_CONNECTIVES = ['and', 'und', 'et', 'y', 'e', 'en', 'og', 'och', 'i', '&'];
/** Role words: a segment made of these is a job title, not a name ("Staff Writer", "Senior Correspondent"). */
export const ROLE_WORDS = new Set([
  'staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'editor', 'editors', 'contributor',
  'contributing', 'senior', 'chief', 'columnist', 'producer', 'photographer', 'photos', 'photo', 'video', 'news',
  'associate', 'managing', 'political', 'foreign', 'business', 'science', 'technology', 'tech', 'sports',
  'health', 'opinion', 'deputy', 'executive', 'special', 'the', 'of', 'for', 'at', 'a', 'an', 'our', 'desk',
  'team', 'analyst', 'host', 'guest', 'author', 'editorial', 'board', 'national', 'international', 'white',
  'house', 'investigative', 'global', 'economics', 'culture', 'entertainment', 'legal', 'affairs', 'and', 'in',
  'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'updated', 'published', 'posted',
  'freelance', 'freier', 'mitarbeiter', 'autor', 'autorin', 'journalist', 'journalistin', 'journaliste',
  'rédacteur', 'rédaction', 'redaction', 'redacción', 'redaccion', 'periodista', 'medical', 'reviewed', 'by',
  'fact', 'checked', 'edited', 'written', 'with', 'contributed', 'reporting', 'research', 'illustrations',
  'graphics', 'data', 'more', 'stories', 'view', 'all', 'posts', 'articles', 'follow', 'on', 'twitter',
  'email', 'read', 'bio', 'profile', 'about', 'feedback', 'share', 'link', 'comments', 'comment',
]);
/** Post-nominal credentials dropped from a name ("Brenda Goodman, MA"). */
export const CREDENTIALS = new Set([
  'ma', 'md', 'phd', 'ph.d', 'ph.d.', 'mba', 'rn', 'bsn', 'msc', 'bsc', 'ba', 'bs', 'ms', 'jr', 'jr.', 'sr', 'sr.',
  'mph', 'mpp', 'dds', 'do', 'np', 'pa', 'rd', 'ld', 'cde', 'facp', 'esq', 'esq.', 'dr', 'dr.', 'prof', 'prof.',
]);
/** Generic non-names sometimes found in author fields. */
export const NON_NAMES = new Set([
  'admin', 'administrator', 'staff', 'editor', 'editors', 'redaktion', 'unknown', 'anonymous', 'guest',
  'null', 'undefined', 'none', 'n/a', 'author', 'webmaster', 'team', 'editorial', 'newsroom', 'news desk',
  'default', 'user', 'root', 'wordpress', 'facebook', 'twitter', 'instagram', 'linkedin', 'email', 'e-mail',
]);

/** Class/id tokens that mark an element as a byline. */
export const BYLINE_CLASS_RE = /(?:^|[\s_-])(byline|by-line|author|authors|author-name|authorname|writer|creator|autor|autorin|verfasser|contributor)(?:$|[\s_-])/i;
/** Class/id tokens that disqualify a byline candidate (comments, bios, "more from this author"...). */
export const BYLINE_EXCLUDE_RE = /comment|reply|avatar|image|img|photo|bio|description|about|follow|social|share|related|more|widget|footer|list|card|teaser|tooltip|popup|modal/i;

/** URL path date, e.g. /2018/04/05/ or /2018-04-05/. */
export const URL_DATE_RE = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/;

/** Meta keys (name/property/itemprop, lower-case) by field, best first. */
export const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'citation_title', 'parsely-title', 'sailthru.title', 'title', 'headline'],
  author: [
    'author', 'article:author', 'byl', 'dc.creator', 'dcterms.creator', 'dc.creator.name', 'parsely-author',
    'sailthru.author', 'citation_author', 'og:article:author', 'article:author_name', 'author_name', 'authors',
    'twitter:creator',
  ],
  published: [
    'article:published_time', 'og:article:published_time', 'article:published', 'published_time', 'datepublished',
    'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'publicationdate',
    'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date',
    'citation_publication_date', 'citation_date', 'citation_online_date', 'parsely-pub-date', 'sailthru.date',
    'date', 'og:published_time', 'article.published', 'article_date_original', 'original-publish-date',
    'cxenseparse:recs:publishtime', 'date_published', 'release_date', 'created', 'dc.date.published',
    'bt:pubdate', 'ptime', 'pdate', 'displaydate',
  ],
  modified: ['article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified', 'lastmod', 'last-modified'],
  outlet: ['og:site_name', 'application-name', 'al:android:app_name', 'al:ios:app_name', 'twitter:app:name:iphone', 'publisher', 'dc.publisher', 'dcterms.publisher', 'citation_publisher', 'copyright', 'cxenseparse:site'],
  language: ['content-language', 'language', 'dc.language', 'dcterms.language', 'og:locale', 'inlanguage'],
  url: ['og:url', 'twitter:url', 'parsely-link'],
} as const;

/** JSON-LD @type values that describe an article, best first. */
export const ARTICLE_TYPES = [
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle',
  'backgroundnewsarticle', 'article', 'blogposting', 'socialmediaposting', 'liveblogposting', 'scholarlyarticle',
  'techarticle', 'report', 'review', 'creativework', 'medicalwebpage', 'webpage', 'itempage', 'aboutpage',
  'collectionpage', 'videoobject', 'recipe', 'howto', 'podcastepisode',
];
