// Messages between the batch (main thread) and the analysis worker.
import type { Analysis } from '../doc/schema.js';
import type { InputItem } from '../input/types.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';

export interface AnalysisRequest {
  id: number;
  item: InputItem;
  options: AnalyzeOptions;
}

/** Where one analysis spent its time: CPU ms (user + system, this process) for extraction, each layer, and all. */
export type Timings = Record<string, number>;

export type AnalysisReply =
  | { id: number; ok: true; analysis: Analysis; timings: Timings }
  | { id: number; ok: false; error: string };
