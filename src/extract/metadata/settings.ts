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
/** How many values of one meta key we keep (several author tags are normal; thousands are not). */
export const MAX_META_VALUES = 20;
/** How many <h1> we keep. */
export const MAX_H1 = 8;
/** How many <time> elements we keep. */
export const MAX_TIME_ELEMENTS = 20;

/** A byline element's text longer than this is a paragraph, not a byline. */
export const MAX_BYLINE_TEXT = 120;
/** One author name has at most this many words and characters. */
export const MAX_NAME_WORDS = 5;
export const MAX_NAME_CHARS = 60;
/** A one-word name shorter than this must be an all-capital code ("AP"); "No", "Mr" are not names. */
export const MIN_SINGLE_NAME_CHARS = 3;
/** More names than this in one byline means we split a sentence, not a list of authors. */
export const MAX_AUTHORS = 8;

/** Title segments: a site-name part of a <title> is at most this many words. */
export const MAX_SITE_SEGMENT_WORDS = 6;
/** A title shorter than this many words after stripping is suspicious (keep the full title then). */
export const MIN_TITLE_WORDS_AFTER_STRIP = 2;
/** Any separator between headline, section and site name. Dashes and slashes are weak: headlines use them too. */
export const SEPARATOR_RE = /\s+(?:\|\|?|::|»|«|·|•|⋆|│|ǀ|\/\/|~|›|>|-|–|—|\/)\s+|\s*_\s*/g;
export const WEAK_SEPARATOR_RE = /^\s+(?:-|–|—|\/)\s+$/;
export const TRAILING_SEPARATOR_RE = /\s+(?:\|\|?|::|»|·|•|-|–|—)\s*$/;
export const LEADING_SEPARATOR_RE = /^\s*(?:\|\|?|::|»|·|•|-|–|—)\s+/;
/** An <h1> contained in the metadata title and at least this share of it is the visible headline ("Kicker: Headline"). */
export const H1_CORE_MIN_SHARE = 0.4;
/** A stripped title this short (in characters) still counts as a headline (CJK titles have no spaces). */
export const MIN_HEAD_CHARS = 8;


/** Words that introduce a byline in several languages; removed from the start. */
export const BYLINE_PREFIXES = [
  'written by', 'posted by', 'published by', 'words by', 'story by', 'text by', 'reported by', 'by',
  'author', 'authors', 'autor', 'autorin', 'autoren', 'von', 'text', 'texte', 'par', 'por', 'di', 'door', 'av', 'af',
  'erstellt von', 'gespeichert von', 'eingestellt von', 'ein artikel von', 'reported by',
  'redaktion', 'verfasst von', 'geschrieben von', 'de', 'da', 'auteur', 'auteurs', 'autore', 'autores',
  'artikel von', 'ein artikel von', 'ein beitrag von', 'beitrag von', 'publiziert von', 'veröffentlicht von',
  'escrito por', 'publicado por', 'scritto da', 'écrit par', 'rédigé par', 'posted', 'written', 'bylined',
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
/** An author name containing an outlet name this long (letters only) is the outlet ("Die FURCHE"). */
export const MIN_OUTLET_KEY_IN_NAME = 5;
/** Interface words that never occur in a name: a "name" holding one is page furniture. */
export const UI_WORDS = new Set([
  'datum', 'date', 'kommentare', 'kommentar', 'comments', 'comment', 'share', 'teilen', 'lesezeit', 'reading',
  'read', 'minutes', 'min', 'follow', 'folgen', 'print', 'drucken', 'save', 'css', 'login', 'anmelden',
  'subscribe', 'abonnieren', 'newsletter', 'menu', 'menü', 'search', 'suche', 'home', 'startseite', 'tweet',
  'facebook', 'twitter', 'whatsapp', 'linkedin', 'xing', 'pinterest', 'instagram', 'youtube', 'podcast',
  'cookie', 'cookies', 'datenschutz', 'impressum', 'privacy', 'kontakt', 'contact', 'profile', 'profil',
]);
/** Generic non-names sometimes found in author fields. */
export const NON_NAMES = new Set([
  'contributor', 'contributer', 'wordpressadmin', 'siteadmin', 'publiziert', 'veröffentlicht', 'geschrieben',
  'publié', 'publicado', 'pubblicato', 'auteur', 'autor', 'autore', 'by', 'von', 'par', 'no', 'yes',
  'admin', 'administrator', 'staff', 'editor', 'editors', 'unknown', 'anonymous', 'guest',
  'null', 'undefined', 'none', 'n/a', 'author', 'webmaster', 'team',
  'default', 'user', 'root', 'wordpress', 'facebook', 'twitter', 'instagram', 'linkedin', 'email', 'e-mail',
]);

/** Class/id tokens that mark an element as a byline. */
export const BYLINE_CLASS_RE = /byline|by-line|(?:^|[\s_-])(author|authors|author-?name|writer|creator|autor|autorin|autoren|auteur|auteurs|autore|autores|verfasser|contributor)(?:$|[\s_-])/i;
/** Text that opens a byline ("By Jane Doe", "Von Jane Doe", "Written by:", "Ein Artikel von"). */
export const BYLINE_TEXT_RE = /^\s*(?:(?:written|posted|reported|words|text|story) by|by|von|par|por|door|(?:geschrieben|verfasst|erstellt|gespeichert|eingestellt|publiziert) von|(?:ein )?(?:artikel|beitrag|text) von|écrit par|escrito por|autor(?:in)?:?|author:?|auteur\s?:?|verfasser:?)(?:\s|$)/i;
/** Trust in byline elements by how they were found (inside <article> adds 2, inside nav/sidebars takes 4). */
export const BYLINE_VIA_SCORE = { itemprop: 3, rel: 3, class: 1, text: 0 } as const;
/** Class/id tokens that disqualify a byline candidate (comments, bios, "more from this author"...). */
export const BYLINE_EXCLUDE_RE = /(?:^|[\s_-])(?:comments?|reply|replies|avatar|image|img|photo|bio|description|about|follow|social|share|related|more|widget|footer|list|teaser|tooltip|popup|modal|box|image|picture|thumb|thumbnail)(?:$|[\s_-])/i;

/** URL path date, e.g. /2018/04/05/ or /2018-04-05/. */
export const URL_DATE_RE = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/;

/** Meta keys (name/property/itemprop, lower-case) by field, best first. */
export const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'citation_title', 'parsely-title', 'sailthru.title', 'title', 'headline'],
  author: [
    'author', 'article:author', 'byl', 'dc.creator', 'dcterms.creator', 'dc.creator.name', 'parsely-author',
    'sailthru.author', 'cxenseparse:author', 'citation_author', 'og:article:author', 'article:author_name', 'author_name', 'authors',
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
  outlet: ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'dcterms.publisher', 'citation_publisher', 'cxenseparse:site'],
  /** App names and copyright lines: short or legal forms ("NYTimes", "© 2020 Foo Inc."), used after the <title>. */
  outletWeak: ['al:ios:app_name', 'al:iphone:app_name', 'al:android:app_name', 'twitter:app:name:iphone', 'apple-mobile-web-app-title', 'copyright'],
  language: ['content-language', 'language', 'dc.language', 'dcterms.language', 'og:locale', 'inlanguage'],
  url: ['og:url', 'twitter:url', 'parsely-link'],
} as const;

/** JSON-LD @type values that describe an article, best first. */
export const ARTICLE_TYPES = [
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle',
  'backgroundnewsarticle', 'article', 'blogposting', 'socialmediaposting', 'liveblogposting', 'scholarlyarticle',
  'techarticle', 'report', 'review', 'creativework', 'medicalwebpage', 'webpage', 'itempage', 'aboutpage',
  'collectionpage', 'recipe', 'howto',
];
// Not VideoObject / ImageObject / PodcastEpisode: pages embed those for media with their own upload dates.

/** Class/id/itemprop tokens of elements that show the publication date. */
export const DATE_CLASS_RE = /(?:^|[\s_-])(?:date|datum|dates|time|timestamp|published|publish|pubdate|posted|post-?date|entry-?date|dateline|fecha|data|zeit|datetime|meta|article-?meta|post-?meta|entry-?meta|info|byline|submitted|created)(?:$|[\s_-])/i;
/** How many date-class elements and date-looking text nodes we keep. */
export const MAX_DATE_ELEMENTS = 20;
export const MAX_DATE_TEXTS = 12;
/** A date shown with the article sits near its headline: text nodes further than this after the <h1> are not read. */
export const MAX_TEXTS_AFTER_H1 = 200;
/** Only text nodes this short are read as dates (a date line, not a paragraph mentioning a date). */
export const MAX_DATE_TEXT = 120;
/** Quick filter for text that may hold a date: numeric (05.04.2018, 2018-04-05) or with a month word. */
export const DATE_TEXT_HINT_RE = /\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+de\s+\p{L}{3,}\s+de\s+\d{4}/u;
