// Runs inputs' analyses (or extractions), either in this thread (no budget, one at a time) or on a pool of worker
// threads with a wall-clock budget per input (see pool.ts). Used by the service's batches and by anything else that
// must survive hostile inputs.
import type { Analysis } from '../doc/schema.js';
import { decodedItem } from '../input/to-result.js';
import type { InputItem } from '../input/types.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { CleanArticle } from './extract-article.js';
import { WorkerPool } from './pool.js';
import type { Task, TaskResult, Timings, WorkItem } from './protocol.js';

export { InputTimeout, WorkerStartError } from './worker-slot.js';

export interface Analyzer {
  /** Inputs this analyzer can work on at once (its workers). */
  readonly jobs: number;
  /** (An undecoded item is decoded where it is analysed; one that cannot be rejects with its one-line error.) */
  analyze(item: WorkItem, options: AnalyzeOptions): Promise<Analysis>;
  /** The clean article alone: no language layer is loaded for it. */
  extract(item: WorkItem, options: AnalyzeOptions): Promise<CleanArticle>;
  /** The analysis with the CPU ms of each step (see timed-analysis.ts). */
  timed(item: WorkItem, options: AnalyzeOptions): Promise<{ analysis: Analysis; timings: Timings }>;
  /** Ends the workers (if any): the process can exit. Safe to call twice. */
  close(): Promise<void>;
}

export interface AnalyzerOptions {
  /** Budget per input in ms; 0 or less: none (with jobs 1, the analysis then runs in this thread). */
  timeoutMs: number;
  /** Worker heap cap in MB (default WORKER_MAX_HEAP_MB). */
  maxHeapMb?: number;
  /** Workers (default 1). */
  jobs?: number;
  /** What the workers warm up for (default 'analyze'). */
  task?: Task;
  /** The workers' entry module (tests only). */
  workerUrl?: URL;
}

export function createAnalyzer(opts: AnalyzerOptions): Analyzer {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? 1));
  if (opts.timeoutMs <= 0 && jobs === 1) return new InProcessAnalyzer();
  return new PoolAnalyzer(new WorkerPool({ size: jobs, task: opts.task ?? 'analyze', timeoutMs: opts.timeoutMs, maxHeapMb: opts.maxHeapMb, workerUrl: opts.workerUrl }));
}

type Runner = <T extends Task>(task: T, item: WorkItem, options: AnalyzeOptions) => Promise<{ result: TaskResult[T]; timings: Timings }>;

abstract class BaseAnalyzer implements Analyzer {
  abstract readonly jobs: number;
  protected abstract runTask: Runner;
  async analyze(item: WorkItem, options: AnalyzeOptions): Promise<Analysis> {
    return (await this.runTask('analyze', item, options)).result;
  }
  async extract(item: WorkItem, options: AnalyzeOptions): Promise<CleanArticle> {
    return (await this.runTask('extract', item, options)).result;
  }
  async timed(item: WorkItem, options: AnalyzeOptions): Promise<{ analysis: Analysis; timings: Timings }> {
    const { result, timings } = await this.runTask('analyze', item, options);
    return { analysis: result, timings };
  }
  abstract close(): Promise<void>;
}

class PoolAnalyzer extends BaseAnalyzer {
  readonly jobs: number;
  constructor(private readonly pool: WorkerPool) {
    super();
    this.jobs = pool.size;
  }
  protected runTask: Runner = (task, item, options) => this.pool.run(task, item, options);
  close(): Promise<void> {
    return this.pool.close();
  }
}

/** The modules (and models) of a task load on its first use: extraction alone never loads the language layers. */
class InProcessAnalyzer extends BaseAnalyzer {
  readonly jobs = 1;
  private analysis: Promise<(item: InputItem, options: AnalyzeOptions) => { analysis: Analysis; timings: Timings }> | null = null;
  private extraction: Promise<(item: InputItem, options: AnalyzeOptions) => CleanArticle> | null = null;

  protected runTask: Runner = async (task, work, options) => {
    const item = decodedItem(work);
    if (task === 'extract') {
      this.extraction ??= import('./extract-article.js').then((m) => m.extractArticle);
      const result = (await this.extraction)(item, options);
      return { result: result as TaskResult[typeof task], timings: {} };
    }
    this.analysis ??= Promise.all([import('../pipeline/analyze.js'), import('./timed-analysis.js')]).then(([{ defaultPipeline }, { timedAnalysis }]) => {
      const pipeline = defaultPipeline();
      return (i: InputItem, o: AnalyzeOptions) => timedAnalysis(i, o, pipeline);
    });
    const { analysis, timings } = (await this.analysis)(item, options);
    return { result: analysis as TaskResult[typeof task], timings };
  };
  async close(): Promise<void> {}
}
