// Caps of the search query language (query.ts), the same for every store. A query over a cap is refused with one
// line before any store sees it, never left to run for minutes.

/** Length and words: a news query is a few words; 1,000 characters / 32 words leave room for long phrases (the
 *  values the SQLite store has applied to raw FTS5 queries since the search time limit came in). */
export const MAX_QUERY_CHARS = 1000;
export const MAX_QUERY_TERMS = 32;

/** Parentheses nested deeper than this are refused: no real query needs more, and each store's own parser has a
 *  depth limit of its own (FTS5's is 256) that a hostile query must not reach. */
export const MAX_QUERY_DEPTH = 8;
