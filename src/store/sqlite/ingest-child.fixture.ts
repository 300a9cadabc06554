// A resumable ingest of N synthetic articles as one job, in small transactions (putAndMark per item).
// Run as a child process by jobs.test.ts, which SIGKILLs it mid-run, then resumes in-process with ingestAll.
// Usage: ingest-child.fixture.ts DB N BATCH PAUSE_MS   (prints "committed K" after each transaction; the pause
// after each commit keeps the run slow enough to be killed mid-way)
import { fileURLToPath } from 'node:url';
import type { Store } from '../types.js';
import { openSqliteStore, putAndMark } from './index.js';
import { makeAnalysis } from './testing.js';

export const JOB_KEY = 'job-key';

export function ingestAll(store: Store, n: number, batch: number, afterCommit: (k: number) => void = () => {}) {
  const sources = Array.from({ length: n }, (_, i) => `feed.jsonl:${i + 1}`);
  const job = store.openJob(JOB_KEY, sources);
  const done = store.doneSources(job.id);
  const todo = sources.filter((s) => !done.has(s));
  for (let i = 0; i < todo.length; i += batch) {
    store.transaction(() => {
      for (const source of todo.slice(i, i + batch)) {
        const line = Number(source.split(':')[1]);
        putAndMark(store, job.id, makeAnalysis({ url: `https://feed.example/${line}`, text: `Item ${line}.`, source }), source);
      }
    });
    afterCommit(done.size + Math.min(i + batch, todo.length));
  }
  store.finishJob(job.id);
  return { resumed: job.resumed, skipped: done.size, stored: todo.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [path, n, batch, pauseMs] = process.argv.slice(2);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const store = openSqliteStore(path);
  ingestAll(store, Number(n), Number(batch), (k) => {
    console.log(`committed ${k}`);
    Atomics.wait(pause, 0, 0, Number(pauseMs));
  });
  store.close();
  console.log('finished');
}
