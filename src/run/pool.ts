// A pool of analysis workers (worker_threads), one input per worker at a time. Workers start on demand (one input
// never starts more than one) and each keeps its own budget per input; a worker that fails or runs past its budget
// fails that input alone and is replaced.
import { availableParallelism } from 'node:os';
import type { InputItem } from '../input/types.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { Task, TaskResult, Timings } from './protocol.js';
import { WORKER_MAX_HEAP_MB } from './settings.js';
import { WorkerSlot } from './worker-slot.js';

export interface PoolOptions {
  /** Workers at most (default: the cores available). */
  size?: number;
  /** The task the workers warm up for (they can run the other too, loading it on first use). */
  task: Task;
  /** Budget per input in ms; 0 or less: none. */
  timeoutMs: number;
  /** Heap cap of each worker in MB (default WORKER_MAX_HEAP_MB). */
  maxHeapMb?: number;
  /** The workers' entry module (default ./worker-entry.mjs; tests give a stand-in). */
  workerUrl?: URL;
}

const WORKER_URL = new URL('./worker-entry.mjs', import.meta.url);

export const defaultJobs = (): number => availableParallelism();

export class WorkerPool {
  readonly size: number;
  private readonly idle: WorkerSlot[] = [];
  private started = 0;
  private readonly waiting: ((slot: WorkerSlot) => void)[] = [];
  private readonly slots: WorkerSlot[] = [];
  private closed = false;

  constructor(private readonly opts: PoolOptions) {
    this.size = Math.max(1, Math.floor(opts.size ?? defaultJobs()));
    // The first worker starts at once, so its model loading overlaps the reading of the first input.
    this.idle.push(this.newSlot());
  }

  private newSlot(): WorkerSlot {
    const slot = new WorkerSlot({
      setup: { task: this.opts.task },
      timeoutMs: this.opts.timeoutMs,
      maxHeapMb: this.opts.maxHeapMb ?? WORKER_MAX_HEAP_MB,
      workerUrl: this.opts.workerUrl ?? WORKER_URL,
    });
    this.slots.push(slot);
    this.started++;
    void slot.start().catch(() => {});
    return slot;
  }

  private acquire(): Promise<WorkerSlot> {
    if (this.closed) return Promise.reject(new Error('analysis workers closed'));
    const slot = this.idle.pop() ?? (this.started < this.size ? this.newSlot() : undefined);
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: WorkerSlot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  /** Runs one input on the next free worker. Rejects with that input's error (InputTimeout past the budget). */
  async run<T extends Task>(task: T, item: InputItem, options: AnalyzeOptions): Promise<{ result: TaskResult[T]; timings: Timings }> {
    const slot = await this.acquire();
    try {
      const { result, timings } = await slot.run({ task, item, options });
      return { result: result as TaskResult[T], timings };
    } finally {
      if (!this.closed) this.release(slot);
    }
  }

  /** Ends every worker; inputs in flight fail. Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    const waiting = this.waiting.splice(0);
    await Promise.all(this.slots.map((s) => s.close()));
    // Callers still waiting for a worker get a closed one: their run fails at once.
    for (const w of waiting) w(this.slots[0]!);
  }
}
