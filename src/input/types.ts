// The input layer's contract: every source (file, directory, stdin, JSON Lines record, gzip, URL) becomes a
// stream of InputItem (decoded, kind detected) or InputFailure (one line naming the input), never a throw.

/** Fields a JSON Lines record (../shared/data/corpora shape) or an HTTP response may carry alongside the body. */
export interface InputMeta {
  id?: string;
  url?: string;
  outlet?: string;
  published?: string;
  title?: string;
}

/** What kind of source an item came from: it decides what the item may speak for (see store provenance). */
export type InputOrigin = 'file' | 'stdin' | 'url' | 'record';

export interface InputItem {
  ok: true;
  /** The input as the user gave it: a path, a URL, "-", or "path.jsonl:LINE" for a record. */
  source: string;
  /** A local file (or FIFO), standard input, a fetched URL (meta.url is the address after redirects), or a JSON
   *  Lines record. Absent on items built by hand: treated as a file. */
  from?: InputOrigin;
  kind: 'html' | 'text';
  /** Decoded content (no BOM). */
  content: string;
  /** Charset actually used to decode, e.g. "utf-8", "windows-1252"; null when the content came as a JSON string. */
  encoding: string | null;
  meta: InputMeta;
  /** Warnings worth keeping with the article (e.g. "declared charset iso-8859-1 but content is utf-8"). */
  warnings: string[];
}

export interface InputFailure {
  ok: false;
  source: string;
  /** One line, naming what is wrong (the source is printed beside it). */
  error: string;
}

export type InputResult = InputItem | InputFailure;

export interface BytesContext {
  /** Charset declared outside the bytes (HTTP Content-Type). */
  declaredCharset?: string | null;
  meta?: InputMeta;
  warnings?: string[];
  /** What to call zero bytes ("empty file", "empty response"). */
  emptyMessage?: string;
  /** Kind of source (default a file). */
  from?: InputOrigin;
}

/**
 * An input read whole (a file, standard input, a fetched page) but not decoded yet: its bytes and what decoding
 * needs. A batch whose analysis runs in worker threads has them decode (decodeItem) there, so the text is never
 * copied between threads (bytes copy at a fraction of a string's cost); the result, failures included, is the same.
 */
export interface UndecodedItem {
  ok: true;
  undecoded: true;
  source: string;
  bytes: Uint8Array;
  context: BytesContext;
}

/** What a reader that leaves decoding to its caller yields (JSON Lines records come decoded: they are strings). */
export type ReadResult = InputResult | UndecodedItem;

export interface InputOptions {
  /** Refuse any single input larger than this many bytes (after gunzip). Default 20 MB. */
  maxBytes?: number;
  /** Cap on the total (decompressed) bytes of one JSON Lines stream, whose records are each capped by maxBytes.
   *  Default 50 × maxBytes. */
  maxStreamBytes?: number;
  /** Records one JSON Lines file may hold; past it the rest of the file is one failure. Default 1,000,000. */
  maxRecords?: number;
  /** Allow URLs that resolve to loopback/private/link-local addresses. */
  allowPrivate?: boolean;
  /** HTTP timeout in ms. Default 15000. */
  timeoutMs?: number;
  /** Maximum HTTP redirects followed. Default 5. */
  maxRedirects?: number;
  /** Directories: follow symbolic links that lead out of the directory given (default: not followed). */
  followSymlinks?: boolean;
  /** Readable used for "-" (default process.stdin); injectable for tests. */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
