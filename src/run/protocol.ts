// Messages between the batch (main thread) and the analysis workers.
import type { Analysis } from '../doc/schema.js';
import type { InputItem, UndecodedItem } from '../input/types.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { CleanArticle } from './extract-article.js';

/** An input for a worker: decoded, or read but left for the worker to decode. */
export type WorkItem = InputItem | UndecodedItem;

/** What a worker does with an input: the whole analysis, or the clean article alone (no language layers). */
export type Task = 'analyze' | 'extract';

/** Given to a worker when it starts: the task it warms up for (an extract-only worker never loads the layers). */
export interface WorkerSetup {
  task: Task;
}

export interface AnalysisRequest {
  id: number;
  task: Task;
  /** Decoded, or its bytes for the worker to decode (the text then never crosses threads). */
  item: WorkItem;
  options: AnalyzeOptions;
}

/** Where one analysis spent its time: CPU ms (user + system, this process) for extraction, each layer, and all. */
export type Timings = Record<string, number>;

export interface TaskResult {
  analyze: Analysis;
  extract: CleanArticle;
}

export type AnalysisReply =
  | { id: number; ok: true; result: Analysis | CleanArticle; timings: Timings }
  | { id: number; ok: false; error: string };
