// Thresholds and defaults of the input layer, gathered so they can be tuned in one place.

/** HTTP: whole-fetch deadline (all redirects + body), redirect hops followed. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Longest delay a Node timer honours (2^31-1 ms); a longer one fires at once, so deadlines are clamped to it. */
export const MAX_TIMER_MS = 2 ** 31 - 1;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'Dossier/0.1 (+news-intelligence; offline article reader)';
/** Media types we accept from a server; anything else is refused before the body is read. */
export const ACCEPTED_CONTENT_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml', 'text/plain'];

/** A JSON Lines stream holds many inputs: its total (decompressed) size is capped at this multiple of maxBytes. */
export const STREAM_CAP_FACTOR = 50;

/** Encoding sniffing: `<meta charset>` / XML declaration searched in the first bytes (HTML spec says 1024; pages overshoot). */
export const CHARSET_SNIFF_BYTES = 2048;
/** UTF-16 without BOM: share of NULs at one parity (high) vs the other (low) over the first bytes. */
export const UTF16_SNIFF_BYTES = 4096;
export const UTF16_MIN_NUL_SHARE = 0.3;
export const UTF16_MAX_OTHER_NUL_SHARE = 0.05;
/** Fallback for bytes that are neither UTF-8 nor UTF-16 nor declared: the web's de facto Latin-1. */
export const FALLBACK_ENCODING = 'windows-1252';

/** Binary detection: magic numbers and NUL bytes are looked for in the first bytes only. */
export const BINARY_SNIFF_BYTES = 8192;
/** JSON Lines: a stray NUL costs only its line; the whole file is binary only when its first bytes hold at least
 *  this many NULs (real binaries are full of them, a damaged text file has a few). */
export const JSONL_BINARY_MIN_NULS = 32;

/** JSON Lines: records one file may hold (2.6 kB of gzip can hold 100k tiny records). Settable per run. */
export const DEFAULT_MAX_RECORDS = 1_000_000;
/** Compressed input that expands more than this many times is refused (gzip tops out near 1,032× on repeated
 *  bytes, so only crafted or degenerate data gets there)... */
export const MAX_EXPANSION_RATIO = 1000;
/** ...once at least this much has come out (a tiny file of spaces may legitimately expand far). */
export const EXPANSION_CHECK_MIN_BYTES = 1024 * 1024;
/** A whole .gz file is gunzipped into one buffer of the size its trailer states plus this much room, so zlib sees
 *  the end of the stream without asking for another buffer. */
export const GZIP_CHUNK_SLACK = 64;

/** Kind detection: strong markers (doctype, <html, <body…) near the start; else enough known tags, densely enough. */
export const KIND_MARKER_CHARS = 1024;
export const KIND_SAMPLE_CHARS = 8192;
export const HTML_MIN_TAGS = 5;
/** Known tags per 1000 characters of the sample: scraped text quoting one "<p>" stays text. */
export const HTML_MIN_TAGS_PER_KCHAR = 2;

/** Bytes that are UTF-8 but for a few stray bytes (a Latin-1 "ä" pasted into a UTF-8 page) are still UTF-8:
 *  at least this many valid multi-byte sequences per invalid one. */
export const UTF8_MIN_VALID_PER_INVALID = 4;
