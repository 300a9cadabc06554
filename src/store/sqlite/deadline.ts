// Search with a time limit: the query runs in a worker thread that is terminated when the limit passes, since a
// running SQLite query cannot be interrupted from JavaScript (better-sqlite3 has no interrupt). The query-cost cap
// (query-cost.ts) refuses the known-expensive shapes before they run; this bounds every other one.
import { Worker } from 'node:worker_threads';
import { SearchSyntaxError, type SearchHit, type SearchOptions } from '../types.js';

const ENTRY = new URL('./search-worker-entry.mjs', import.meta.url);

type Reply = { ok: true; hits: SearchHit[] } | { ok: false; syntax: boolean; message: string };

/** Runs `search` on the store at `path` (read-only) and gives up after `limitMs` with a SearchSyntaxError-like
 *  one-line error (SearchTimeout). */
export function searchWithin(path: string, query: string, opts: SearchOptions, limitMs: number): Promise<SearchHit[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { execArgv: [], workerData: { path, query, opts } });
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      f();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new SearchTimeout(`search: stopped after ${limitMs / 1000} s (--time-limit); use fewer or rarer words`))),
      limitMs,
    );
    worker.once('message', (r: Reply) =>
      finish(() => (r.ok ? resolve(r.hits) : reject(r.syntax ? new SearchSyntaxError(r.message) : new Error(r.message)))),
    );
    worker.once('error', (e) => finish(() => reject(e)));
    worker.once('exit', (code) => finish(() => reject(new Error(`search: worker ended with code ${code}`))));
  });
}

/** The search ran past its time limit; like a syntax error, a one-line error for the user. */
export class SearchTimeout extends SearchSyntaxError {}
