// Searches with a time limit: the query runs in a worker thread that is terminated when the limit passes, since a
// running SQLite query cannot be interrupted from JavaScript (better-sqlite3 has no interrupt). The query-cost cap
// (query-cost.ts) refuses the known-expensive shapes before they run; this bounds every other one. Both searches
// that take words from the user run this way (query-search.ts: articles, facets, quotes).
import { Worker } from 'node:worker_threads';
import { SearchSyntaxError, SearchTimeout } from '../types.js';
import type { QueryJob } from './query-search.js';

/** Seconds a search may take by default before it is stopped (the commands' --time-limit). */
export const DEFAULT_TIME_LIMIT_S = 10;

const ENTRY = new URL('./search-worker-entry.mjs', import.meta.url);

type Reply<T> = { ok: true; hits: T[] } | { ok: false; syntax: boolean; message: string };

/** Runs `job` on the store (read-only) in a worker and gives up after `limitMs` with a one-line SearchTimeout. */
export function runWithin<T>(job: QueryJob, limitMs: number, label: string): Promise<T[]> {
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

export { SearchTimeout };
