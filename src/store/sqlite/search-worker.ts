// The search worker thread: opens the store read-only, runs one search (articles or quotes), posts the hits (or the
// error) and ends. Run by deadline.ts so that a search past its time limit can be stopped: SQLite cannot be
// interrupted from JavaScript while a query runs, but a worker thread can be terminated.
import { parentPort, workerData } from 'node:worker_threads';
import { SearchSyntaxError } from '../types.js';
import type { SearchJob } from './deadline.js';
import { sqliteHandle } from './handle.js';
import { openSqliteStore } from './index.js';
import { runQueryJob, type QueryJob } from './query-search.js';

const job = workerData as SearchJob | QueryJob;
const store = openSqliteStore(job.path, { readOnly: true });
try {
  const hits =
    job.kind === 'quotes' ? store.searchQuotes(job.opts)
      : job.kind === 'articles' ? store.search(job.query, job.opts)
        : runQueryJob(sqliteHandle(store), job); // the async store's search (query tree, filters)
  parentPort!.postMessage({ ok: true, hits });
} catch (e) {
  parentPort!.postMessage({ ok: false, syntax: e instanceof SearchSyntaxError, message: e instanceof Error ? e.message : String(e) });
} finally {
  store.close();
}
