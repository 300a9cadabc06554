// Limits and defaults of the HTTP API (the contract: /work/notes/s3/api-contract.md, served as /api/openapi.json).

/** Items per page: the default and the most a client may ask for. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A cursor is an offset into a listing; past this many items a client should narrow its query instead. */
export const MAX_OFFSET = 10_000;

/** Events a CSV or PLOVER download holds at most (the current filter's first rows). */
export const MAX_EXPORT_ROWS = 10_000;

/** POST /api/ingest: articles and bytes per request (413 beyond). */
export const MAX_INGEST_ARTICLES = 100;
export const MAX_INGEST_BYTES = 20 * 1024 * 1024;

/** Characters of a query string value (a search of a few words; the store caps the query tree again). */
export const MAX_QUERY_CHARS = 1000;

/** Time limit of one search, facets or quote search of `dossier serve` (ms, the store's default): past it the request
 *  gets 503 "timeout". */
export const SEARCH_TIME_LIMIT_MS = 5_000;

/** Markers the store puts around found words in a snippet (private-use characters, taken out again: the API gives
 *  offsets, never markup). */
export const HIGHLIGHT_OPEN = '\uE000';
export const HIGHLIGHT_CLOSE = '\uE001';

/** Content-Security-Policy of every response (API, UI and errors): the UI is a bundle of its own files, with no
 *  inline script or style and no eval; nothing may frame it; no form posts elsewhere. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'none'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], fontSrc: ["'self'"],
  connectSrc: ["'self'"], baseUri: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"],
};
