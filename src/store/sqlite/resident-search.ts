// Searches of a long-lived process (the HTTP server): one search worker kept running with the store open read-only,
// so a search costs a message instead of a thread start (about half a second from the sources, tsx included). Jobs
// run one at a time; one past its time limit terminates the worker (a running SQLite query cannot be interrupted
// from JavaScript) and the next job starts a new one. Same jobs and answers as deadline.ts runWithin.
import { Worker } from 'node:worker_threads';
import { SearchSyntaxError } from '../types.js';
import { SearchTimeout } from './deadline.js';
import type { QueryJob } from './query-search.js';

const ENTRY = new URL('./search-worker-entry.mjs', import.meta.url);

/** What the resident worker is started with (search-worker.ts tells it from a one-shot job by its kind). */
export interface ResidentStart {
  kind: 'resident';
  path: string;
}

type Reply = { id: number; ok: true; hits: unknown[] } | { id: number; ok: false; syntax: boolean; message: string };

export interface ResidentSearch {
  run<T>(job: QueryJob, limitMs: number, label: string): Promise<T[]>;
  close(): Promise<void>;
}

export function residentSearch(path: string): ResidentSearch {
  let worker: Worker | null = null;
  /** The job in flight, and the worker it was sent to. */
  let current: { id: number; worker: Worker; settle: (r: Reply | Error) => void } | null = null;
  let turn: Promise<unknown> = Promise.resolve();
  let ids = 0;
  let closed = false;

  function start(): Worker {
    const w = new Worker(ENTRY, { execArgv: [], workerData: { kind: 'resident', path } satisfies ResidentStart });
    w.unref();
    w.on('message', (r: Reply) => {
      if (current?.id === r.id) current.settle(r);
    });
    // A worker that ends (a terminated one included) fails only the job it had, never the next worker's.
    const gone = (e: Error) => {
      if (worker === w) worker = null;
      if (current?.worker === w) current.settle(e);
    };
    w.on('error', gone);
    w.on('exit', (code) => gone(new Error(`search worker ended with code ${code}`)));
    return w;
  }

  function once<T>(job: QueryJob, limitMs: number, label: string): Promise<T[]> {
    if (closed) return Promise.reject(new Error('store: closed'));
    const w = (worker ??= start());
    const id = ++ids;
    return new Promise<T[]>((resolve, reject) => {
      const timer = limitMs > 0
        ? setTimeout(() => {
          current?.settle(new SearchTimeout(`${label}: stopped after ${limitMs / 1000} s; use fewer or rarer words`));
          if (worker === w) worker = null;
          void w.terminate();
        }, limitMs)
        : null;
      current = {
        id,
        worker: w,
        settle: (r) => {
          if (current?.id !== id) return;
          current = null;
          if (timer) clearTimeout(timer);
          if (r instanceof Error) reject(r);
          else if (r.ok) resolve(r.hits as T[]);
          else reject(r.syntax ? new SearchSyntaxError(r.message) : new Error(r.message));
        },
      };
      w.postMessage({ id, job });
    });
  }

  return {
    run<T>(job: QueryJob, limitMs: number, label: string): Promise<T[]> {
      const mine = turn.then(() => once<T>(job, limitMs, label));
      turn = mine.catch(() => undefined);
      return mine;
    },
    async close() {
      closed = true;
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}
