// Tunables of the SQLite store, gathered in one place.

/** How long a writer waits for another connection's lock before SQLITE_BUSY (ms). */
export const BUSY_TIMEOUT_MS = 10_000;

/** bm25 column weights: a hit in the (short) title counts this much more than one in the body text. */
export const BM25_TITLE_WEIGHT = 4.0;
export const BM25_TEXT_WEIGHT = 1.0;

/** Search defaults. */
export const DEFAULT_SEARCH_LIMIT = 20;
export const DEFAULT_HIGHLIGHT: [string, string] = ['[', ']'];
/** Snippet length in tokens (FTS5 caps this at 64) and the marker for cut-off text. */
export const SNIPPET_TOKENS = 24;
export const SNIPPET_ELLIPSIS = '…';

/** `get` accepts an id prefix of at least this many characters (e.g. for `dossier show`). */
export const MIN_ID_PREFIX = 6;

/** `iterate` reads this many articles per page (keyset paging keeps memory flat and the connection usable). */
export const ITERATE_PAGE_SIZE = 256;

/** Entity types whose names merge across articles when one is a word suffix of the other ("Zelenskyy" →
 *  "Volodymyr Zelenskyy"): a surname alone names a person; for places and organisations a shorter name is
 *  usually another referent ("Africa"/"South Africa", "Nations"/"United Nations"). See entity-key.ts. */
export const SUFFIX_MERGE_TYPES: ReadonlySet<string> = new Set(['PERSON']);

/** A name matching several stored entities joins the most-mentioned one only when it has at least this many
 *  times the mentions of the runner-up ("Biden" → Joe Biden rather than Hunter Biden); otherwise it stays apart. */
export const AMBIGUOUS_MERGE_DOMINANCE = 3;

/** Defaults of `topEntities` and `searchQuotes`. */
export const DEFAULT_ENTITY_LIMIT = 20;
export const DEFAULT_QUOTE_LIMIT = 20;

/** The layer rebuild (after a migration asks for it) reads this many articles per page. */
export const REBUILD_PAGE_SIZE = 256;

/** Search cost caps (a query is refused with one line, never left to run for minutes). Length and words: a news
 *  query is a few words; 1,000 characters / 32 words leave room for long phrases. Prefix terms ("sanction*") are
 *  costed by the index entries they expand to (summed document counts of the matching terms, read from the FTS5
 *  vocabulary): measured on a 5,000-article store, a query reads about 3–4 M such postings per second, so the cap
 *  keeps the worst query near half a second whatever the store holds. */
export const MAX_QUERY_CHARS = 1000;
export const MAX_QUERY_TERMS = 32;
export const MAX_PREFIX_POSTINGS = 1_500_000;

/** Column 1 of articles_fts is the text: the snippet shows the body passage (its lead when only the title hit). */
export const SNIPPET_COLUMN = 1;
