// One worker thread of the pool: started on demand, one input at a time, replaced when it fails or runs past the
// budget. An input past its budget, or one that exhausts the worker's heap, fails alone; the pipeline (and its
// models) loads once per worker, not once per input.
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

export class WorkerSlot {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 0;
  private closed = false;
  /** The request in flight: settled by its reply, a worker error or exit, or the budget. */
  private pending: { id: number; resolve: (r: SlotResult) => void; reject: (e: Error) => void } | null = null;

  constructor(private readonly opts: SlotOptions) {}

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
    // A failed start is reported by the run() call that awaits it; never an unhandled rejection here.
    this.ready.catch(() => {});
    return this.ready;
  }

  private settle(reply: AnalysisReply): void {
    const p = this.pending;
    if (!p || p.id !== reply.id) return;
    this.pending = null;
    if (reply.ok) p.resolve({ result: reply.result, timings: reply.timings });
    else p.reject(new Error(reply.error));
  }

  /** The worker is gone (crash, heap cap, exit): the input in flight fails; the next input starts a new worker. */
  private lost(worker: Worker, why: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.ready = null;
    const p = this.pending;
    this.pending = null;
    p?.reject(new Error(why));
  }

  /** Runs one request (the caller sends one at a time). The budget starts once the worker is ready. */
  async run(req: Omit<AnalysisRequest, 'id'>): Promise<SlotResult> {
    await this.start();
    const worker = this.worker!;
    const id = ++this.nextId;
    const { timeoutMs } = this.opts;
    return new Promise((resolve, reject) => {
      const timer =
        timeoutMs > 0
          ? setTimeout(() => {
              if (this.pending?.id !== id) return;
              this.pending = null;
              this.worker = null;
              this.ready = null;
              // Replace the worker now so the next input does not wait for this one's model loading.
              void worker.terminate().finally(() => this.closed || this.worker || this.start());
              reject(new InputTimeout(`analysis timed out after ${seconds(timeoutMs)} (--timeout-per-input)`));
            }, timeoutMs)
          : undefined;
      this.pending = {
        id,
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      worker.postMessage({ ...req, id } satisfies AnalysisRequest);
    });
  }

  /** Ends the worker (if any); an input in flight fails. Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    const p = this.pending;
    this.pending = null;
    p?.reject(new Error('analysis worker closed'));
    if (worker) await worker.terminate();
  }
}
