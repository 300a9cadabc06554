// Runs one input's analysis, either in this thread (no budget) or in a long-lived worker thread with a wall-clock
// budget per input: an input past its budget, or one that exhausts the worker's heap, fails alone and the worker is
// replaced; the pipeline (and its models) loads once per worker, not once per input. Used by the CLI's batches and
// meant for any other caller (a service) that must survive hostile inputs.
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../doc/schema.js';
import type { InputItem } from '../input/types.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { AnalysisReply, AnalysisRequest, Timings } from './protocol.js';
import { WORKER_MAX_HEAP_MB } from './settings.js';

export interface Analyzer {
  analyze(item: InputItem, options: AnalyzeOptions): Promise<Analysis>;
  /** The analysis with the CPU ms of each step (see timed-analysis.ts). */
  timed(item: InputItem, options: AnalyzeOptions): Promise<{ analysis: Analysis; timings: Timings }>;
  /** Ends the worker (if any): the process can exit. Safe to call twice. */
  close(): Promise<void>;
}

/** The input ran past its budget: the one-line error reported for it. */
export class InputTimeout extends Error {}

export interface AnalyzerOptions {
  /** Budget per input in ms; 0 or less analyses in this thread with no budget. */
  timeoutMs: number;
  /** Worker heap cap in MB (default WORKER_MAX_HEAP_MB). */
  maxHeapMb?: number;
}

export function createAnalyzer(opts: AnalyzerOptions): Analyzer {
  return opts.timeoutMs > 0 ? new WorkerAnalyzer(opts.timeoutMs, opts.maxHeapMb ?? WORKER_MAX_HEAP_MB) : new InProcessAnalyzer();
}

/** The pipeline's modules (and models) load on first use: a thread that hands inputs to a worker never loads them. */
const loadPipeline = async () => {
  const [{ defaultPipeline }, { timedAnalysis }] = await Promise.all([import('../pipeline/analyze.js'), import('./timed-analysis.js')]);
  const pipeline = defaultPipeline();
  return (item: InputItem, options: AnalyzeOptions) => timedAnalysis(item, options, pipeline);
};

class InProcessAnalyzer implements Analyzer {
  private run: ReturnType<typeof loadPipeline> | null = null;
  async timed(item: InputItem, options: AnalyzeOptions) {
    this.run ??= loadPipeline();
    return (await this.run)(item, options);
  }
  async analyze(item: InputItem, options: AnalyzeOptions): Promise<Analysis> {
    return (await this.timed(item, options)).analysis;
  }
  async close(): Promise<void> {}
}

const WORKER_URL = new URL('./worker-entry.mjs', import.meta.url);
const seconds = (ms: number) => `${+(ms / 1000).toFixed(3)} s`;

/** One worker, started at once (its model loading overlaps the reading of the first input) and reused. */
class WorkerAnalyzer implements Analyzer {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 0;
  private closed = false;
  /** The request in flight: settled by its reply, a worker error or exit, or the budget. */
  private pending: { id: number; resolve: (r: { analysis: Analysis; timings: Timings }) => void; reject: (e: Error) => void } | null = null;

  constructor(
    private readonly timeoutMs: number,
    private readonly maxHeapMb: number,
  ) {
    this.start();
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    if (this.closed) return Promise.reject(new Error('analysis worker closed'));
    // No inherited execArgv: process-wide flags (--cpu-prof, --expose-gc, --import tsx) are refused or doubled in a
    // worker; the entry registers tsx itself.
    const worker = new Worker(WORKER_URL, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb } });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const onStartError = (e: Error) => reject(new Error(`analysis worker did not start: ${e.message}`));
      worker.once('error', onStartError);
      worker.once('message', () => {
        worker.off('error', onStartError);
        worker.on('message', (reply: AnalysisReply) => this.settle(reply));
        worker.on('error', (e: Error & { code?: string }) => this.lost(worker, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `out of memory (analysis heap capped at ${this.maxHeapMb} MB)` : `analysis worker failed: ${e.message}`));
        resolve();
      });
      worker.once('exit', (code) => this.lost(worker, `analysis worker exited (code ${code})`));
    });
    // A failed start is reported by the analyze() call that awaits it; never an unhandled rejection here.
    this.ready.catch(() => {});
    return this.ready;
  }

  private settle(reply: AnalysisReply): void {
    const p = this.pending;
    if (!p || p.id !== reply.id) return;
    this.pending = null;
    if (reply.ok) p.resolve({ analysis: reply.analysis, timings: reply.timings });
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

  async analyze(item: InputItem, options: AnalyzeOptions): Promise<Analysis> {
    return (await this.timed(item, options)).analysis;
  }

  async timed(item: InputItem, options: AnalyzeOptions): Promise<{ analysis: Analysis; timings: Timings }> {
    await this.start();
    const worker = this.worker!;
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.pending = null;
        this.worker = null;
        this.ready = null;
        // Replace the worker now so the next input does not wait for this one's model loading.
        void worker.terminate().finally(() => this.closed || this.worker || this.start());
        reject(new InputTimeout(`analysis timed out after ${seconds(this.timeoutMs)} (--timeout-per-input)`));
      }, this.timeoutMs);
      this.pending = {
        id,
        resolve: (a) => (clearTimeout(timer), resolve(a)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      const req: AnalysisRequest = { id, item, options };
      worker.postMessage(req);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) await worker.terminate();
  }
}
