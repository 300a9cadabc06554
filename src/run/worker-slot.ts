// One worker thread of the pool: started on demand, analysing its inputs one at a time in the order they were sent
// (the pool may queue the next ones in the worker while it works), replaced when it fails or runs past the budget. An
// input past its budget, or one that exhausts the worker's heap, fails alone and the inputs queued behind it go to the
// replacement; the pipeline (and its models) loads once per worker, not once per input.
import { Worker } from 'node:worker_threads';
import type { AnalysisReply, AnalysisRequest, Timings, WorkerSetup } from './protocol.js';
import type { Analysis } from '../doc/schema.js';
import type { CleanArticle } from './extract-article.js';

/** The input ran past its budget: the one-line error reported for it. */
export class InputTimeout extends Error {}

/** A worker failed before it was ready (its modules or models would not load): no input can be analysed. */
export class WorkerStartError extends Error {}

export interface SlotOptions {
  setup: WorkerSetup;
  /** Budget per input in ms; 0 or less: none. */
  timeoutMs: number;
  maxHeapMb: number;
  /** The worker's entry module (tests give a stand-in). */
  workerUrl: URL;
}

export interface SlotResult {
  result: Analysis | CleanArticle;
  timings: Timings;
}

const seconds = (ms: number) => `${+(ms / 1000).toFixed(3)} s`;

/** A request sent to (or waiting for) the worker, settled by its reply, the worker's loss, or the budget. */
interface Pending {
  id: number;
  req: Omit<AnalysisRequest, 'id'>;
  resolve: (r: SlotResult) => void;
  reject: (e: Error) => void;
  /** Posted to the current worker (false while a worker starts or after one was replaced). */
  posted: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

export class WorkerSlot {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 0;
  private closed = false;
  /** Requests in the order they were sent: the worker analyses the first, the others wait in its queue. */
  private pending: Pending[] = [];

  constructor(private readonly opts: SlotOptions) {}

  /** Inputs given to this worker and not settled yet. */
  get load(): number {
    return this.pending.length;
  }

  /** Starts the worker if it is not running (its model loading then overlaps whatever the caller does next). */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    if (this.closed) return Promise.reject(new Error('analysis worker closed'));
    // No inherited execArgv: process-wide flags (--cpu-prof, --expose-gc, --import tsx) are refused or doubled in a
    // worker; the entry registers what it needs itself.
    const worker = new Worker(this.opts.workerUrl, {
      execArgv: [],
      workerData: this.opts.setup,
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb },
    });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const onStartError = (e: Error) => reject(new WorkerStartError(`analysis worker did not start: ${e.message}`));
      worker.once('error', onStartError);
      worker.once('message', () => {
        worker.off('error', onStartError);
        worker.on('message', (reply: AnalysisReply) => this.settle(reply));
        worker.on('error', (e: Error & { code?: string }) =>
          this.lost(worker, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `out of memory (analysis heap capped at ${this.opts.maxHeapMb} MB)` : `analysis worker failed: ${e.message}`),
        );
        resolve();
      });
      worker.once('exit', (code) => {
        this.lost(worker, `analysis worker exited (code ${code})`);
        reject(new WorkerStartError(`analysis worker did not start: it exited (code ${code})`));
      });
    });
    // A failed start is reported by the run() calls waiting for it; never an unhandled rejection here.
    this.ready.catch(() => {});
    return this.ready;
  }

  /** Runs one request; it may be queued behind the worker's current one. Its budget starts when it is first in line
   *  on a ready worker. */
  run(req: Omit<AnalysisRequest, 'id'>): Promise<SlotResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ id: ++this.nextId, req, resolve, reject, posted: false });
      this.dispatch();
    });
  }

  /** Sends the requests not yet posted to the worker, once it is ready; a worker that cannot start fails them. */
  private dispatch(): void {
    if (this.closed) return;
    this.start().then(
      () => {
        const worker = this.worker;
        if (!worker) return; // lost meanwhile: the replacement's dispatch sends them
        for (const p of this.pending) {
          if (p.posted) continue;
          p.posted = true;
          worker.postMessage({ ...p.req, id: p.id } satisfies AnalysisRequest);
        }
        this.armFirst();
      },
      (e: Error) => {
        const waiting = this.pending.filter((p) => !p.posted);
        this.pending = this.pending.filter((p) => p.posted);
        for (const p of waiting) p.reject(e);
      },
    );
  }

  /** The budget of the request the worker is analysing (the first in line) runs from now if it is not running. */
  private armFirst(): void {
    const first = this.pending[0];
    const { timeoutMs } = this.opts;
    if (!first || !first.posted || first.timer || timeoutMs <= 0) return;
    first.timer = setTimeout(() => this.timedOut(first), timeoutMs);
  }

  private take(id: number): Pending | undefined {
    const i = this.pending.findIndex((p) => p.id === id);
    if (i < 0) return undefined;
    const [p] = this.pending.splice(i, 1);
    clearTimeout(p!.timer);
    return p;
  }

  private settle(reply: AnalysisReply): void {
    const p = this.take(reply.id);
    if (!p) return;
    if (reply.ok) p.resolve({ result: reply.result, timings: reply.timings });
    else p.reject(new Error(reply.error));
    this.armFirst();
  }

  /** Past its budget: the input fails, its worker is replaced now (the next input need not wait for the model
   *  loading), and the inputs queued behind it go to the replacement. */
  private timedOut(p: Pending): void {
    if (!this.take(p.id)) return;
    const worker = this.worker;
    this.replace();
    if (worker) void worker.terminate().finally(() => this.closed || this.worker || this.start().catch(() => {}));
    p.reject(new InputTimeout(`analysis timed out after ${seconds(this.opts.timeoutMs)} (--timeout-per-input)`));
  }

  /** The worker is gone (crash, heap cap, exit): the input it was analysing fails; the inputs queued behind it go to a
   *  new worker (or fail with the start error, if it was the start that failed). */
  private lost(worker: Worker, why: string): void {
    if (this.worker !== worker) return;
    const first = this.pending[0];
    if (first?.posted) {
      this.take(first.id);
      first.reject(new Error(why));
    }
    this.replace();
  }

  /** Forgets the current worker; requests it had queued are sent again to the next one. */
  private replace(): void {
    this.worker = null;
    this.ready = null;
    const requeued = this.pending.some((p) => p.posted);
    for (const p of this.pending) {
      p.posted = false;
      clearTimeout(p.timer);
      p.timer = undefined;
    }
    if (requeued) this.dispatch();
  }

  /** Ends the worker (if any); inputs in flight fail. Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    for (const p of this.pending.splice(0)) {
      clearTimeout(p.timer);
      p.reject(new Error('analysis worker closed'));
    }
    if (worker) await worker.terminate();
  }
}
