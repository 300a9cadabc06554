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
