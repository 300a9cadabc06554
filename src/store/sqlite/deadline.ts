// Searches with a time limit: the query runs in a worker thread that is terminated when the limit passes, since a
// running SQLite query cannot be interrupted from JavaScript (better-sqlite3 has no interrupt). The query-cost cap
// (query-cost.ts) refuses the known-expensive shapes before they run; this bounds every other one. Both searches
// that take words from the user run this way: articles (`search`) and quote text (`searchQuotes`).
import { Worker } from 'node:worker_threads';
import { SearchSyntaxError, SearchTimeout, type QuoteHit, type QuoteSearchOptions, type SearchHit, type SearchOptions } from '../types.js';
import type { QueryJob } from './query-search.js';

/** Seconds a search may take by default before it is stopped (the commands' --time-limit). */
export const DEFAULT_TIME_LIMIT_S = 10;

const ENTRY = new URL('./search-worker-entry.mjs', import.meta.url);

/** What the worker runs: a full-text search of articles, or a quote search. */
export type SearchJob =
  | { kind: 'articles'; path: string; query: string; opts: SearchOptions }
  | { kind: 'quotes'; path: string; opts: QuoteSearchOptions };

type Reply<T> = { ok: true; hits: T[] } | { ok: false; syntax: boolean; message: string };

/** Runs `job` on the store (read-only) in a worker and gives up after `limitMs` with a one-line SearchTimeout. */
export function runWithin<T>(job: SearchJob | QueryJob, limitMs: number, label: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { execArgv: [], workerData: job });
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      f();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new SearchTimeout(`${label}: stopped after ${limitMs / 1000} s (--time-limit); use fewer or rarer words`))),
      limitMs,
    );
    worker.once('message', (r: Reply<T>) =>
      finish(() => (r.ok ? resolve(r.hits) : reject(r.syntax ? new SearchSyntaxError(r.message) : new Error(r.message)))),
    );
    worker.once('error', (e) => finish(() => reject(e)));
    worker.once('exit', (code) => finish(() => reject(new Error(`${label}: worker ended with code ${code}`))));
  });
}

/** Runs `search` on the store at `path` (read-only) and gives up after `limitMs` with a SearchSyntaxError-like
 *  one-line error (SearchTimeout). */
export function searchWithin(path: string, query: string, opts: SearchOptions, limitMs: number): Promise<SearchHit[]> {
  return runWithin<SearchHit>({ kind: 'articles', path, query, opts }, limitMs, 'search');
}

/** Runs `searchQuotes` (speaker and/or quote text) on the store at `path` within `limitMs`, as searchWithin. */
export function searchQuotesWithin(path: string, opts: QuoteSearchOptions, limitMs: number): Promise<QuoteHit[]> {
  return runWithin<QuoteHit>({ kind: 'quotes', path, opts }, limitMs, 'quotes');
}

export { SearchTimeout };
