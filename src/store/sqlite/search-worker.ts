// The search worker thread: opens the store read-only, runs one search, posts the hits (or the error) and ends.
// Run by searchWithin (deadline.ts) so that a search past its time limit can be stopped: SQLite cannot be
// interrupted from JavaScript while a query runs, but a worker thread can be terminated.
import { parentPort, workerData } from 'node:worker_threads';
import { SearchSyntaxError, type SearchOptions } from '../types.js';
import { openSqliteStore } from './index.js';

interface Job {
  path: string;
  query: string;
  opts: SearchOptions;
}

const { path, query, opts } = workerData as Job;
const store = openSqliteStore(path, { readOnly: true });
try {
  parentPort!.postMessage({ ok: true, hits: store.search(query, opts) });
} catch (e) {
  parentPort!.postMessage({ ok: false, syntax: e instanceof SearchSyntaxError, message: e instanceof Error ? e.message : String(e) });
} finally {
  store.close();
}
