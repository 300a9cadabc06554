// A pool of analysis workers (worker_threads). Each worker analyses one input at a time with the next ones queued
// behind it (up to WORKER_QUEUE_DEPTH), so it never waits for a busy main thread to send more. Workers start on demand (one
// input never starts more than one; an idle worker is used before a busy one gets a second input) and each keeps its
// own budget per input; a worker that fails or runs past its budget fails that input alone and is replaced.
import { availableParallelism } from 'node:os';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { Task, TaskResult, Timings, WorkItem } from './protocol.js';
import { WORKER_MAX_HEAP_MB, WORKER_QUEUE_DEPTH } from './settings.js';
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
  private started = 0;
  /** Callers waiting for a worker with room (woken one at a time as inputs settle). */
  private readonly waiting: (() => void)[] = [];
  private readonly slots: WorkerSlot[] = [];
  private closed = false;

  constructor(private readonly opts: PoolOptions) {
    this.size = Math.max(1, Math.floor(opts.size ?? defaultJobs()));
    // The first worker starts at once, so its model loading overlaps the reading of the first input.
    this.newSlot();
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

  /** The least busy worker with room; a new one while some are not started and every started one has work. */
  private pick(): WorkerSlot | undefined {
    let best: WorkerSlot | undefined;
    for (const s of this.slots) if (!best || s.load < best.load) best = s;
    if ((!best || best.load > 0) && this.started < this.size) return this.newSlot();
    return best && best.load < WORKER_QUEUE_DEPTH ? best : undefined;
  }

  private async acquire(): Promise<WorkerSlot> {
    for (;;) {
      if (this.closed) throw new Error('analysis workers closed');
      const slot = this.pick();
      if (slot) return slot;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Runs one input on the next worker with room. Rejects with that input's error (InputTimeout past the budget). */
  async run<T extends Task>(task: T, item: WorkItem, options: AnalyzeOptions): Promise<{ result: TaskResult[T]; timings: Timings }> {
    const slot = await this.acquire();
    try {
      const { result, timings } = await slot.run({ task, item, options });
      return { result: result as TaskResult[T], timings };
    } finally {
      this.waiting.shift()?.();
    }
  }

  /** Ends every worker; inputs in flight fail. Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    const waiting = this.waiting.splice(0);
    await Promise.all(this.slots.map((s) => s.close()));
    // Callers still waiting for a worker find the pool closed: their run fails at once.
    for (const w of waiting) w();
  }
}
