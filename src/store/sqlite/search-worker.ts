// The search worker thread: opens the store read-only, runs one search (query-search.ts), posts the hits (or the
// error) and ends; or, started as a resident worker, answers one search per message until it is terminated. Run by deadline.ts so that a search past its time limit can be stopped: SQLite cannot be
// interrupted from JavaScript while a query runs, but a worker thread can be terminated.
import { parentPort, workerData } from 'node:worker_threads';
import { SearchSyntaxError } from '../types.js';
import { sqliteHandle } from './handle.js';
import { openSqliteStore } from './index.js';
import { runQueryJob, type QueryJob } from './query-search.js';
import type { ResidentStart } from './resident-search.js';

const job = workerData as QueryJob | ResidentStart;
const store = openSqliteStore(job.path, { readOnly: true });
if (job.kind === 'resident') {
  // A long-lived worker (resident-search.ts): one job per message, until it is terminated.
  const db = sqliteHandle(store);
  parentPort!.on('message', ({ id, job: q }: { id: number; job: QueryJob }) => {
    try {
      parentPort!.postMessage({ id, ok: true, hits: runQueryJob(db, q) });
    } catch (e) {
      parentPort!.postMessage({ id, ok: false, syntax: e instanceof SearchSyntaxError, message: e instanceof Error ? e.message : String(e) });
    }
  });
} else try {
  parentPort!.postMessage({ ok: true, hits: runQueryJob(sqliteHandle(store), job) });
} catch (e) {
  parentPort!.postMessage({ ok: false, syntax: e instanceof SearchSyntaxError, message: e instanceof Error ? e.message : String(e) });
} finally {
  store.close();
}
