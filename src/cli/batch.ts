// Runs the pipeline over a batch of inputs: each item analysed, handed to a sink, failures reported per item.
import type { Analysis } from '../doc/schema.js';
import { readInputs } from '../input/index.js';
import type { InputOptions } from '../input/types.js';
import { analyze, defaultPipeline, type AnalyzeOptions } from '../pipeline/analyze.js';
import { estimateTotal } from './estimate.js';
import { createProgress } from './progress.js';
import { BatchReport } from './report.js';

export interface BatchOptions {
  input: InputOptions;
  analyze: AnalyzeOptions;
  label: string;
  /** Item sources to skip (already done by an earlier run of the same job). */
  skip?: Set<string>;
  /** Called for each item that failed (after its one-line error is printed). */
  onFailure?: (source: string, error: string) => void;
}

export type Sink = (analysis: Analysis, source: string) => void;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

export async function runBatch(inputs: readonly string[], opts: BatchOptions, sink: Sink): Promise<BatchReport> {
  const report = new BatchReport();
  const total = process.stderr.isTTY ? await estimateTotal(inputs) : null;
  const progress = createProgress(opts.label, total);
  const pipeline = defaultPipeline();
  try {
    for await (const item of readInputs(inputs, opts.input)) {
      if (opts.skip?.has(item.source)) {
        report.skipped++;
        progress.tick(true);
        continue;
      }
      const failed = (error: string) => {
        report.fail(item.source, error, progress.log);
        opts.onFailure?.(item.source, error);
        progress.tick(false);
      };
      if (!item.ok) {
        failed(item.error);
        continue;
      }
      try {
        sink(analyze(item, opts.analyze, pipeline), item.source);
        report.ok++;
        progress.tick(true);
      } catch (e) {
        failed(message(e));
      }
    }
  } finally {
    progress.stop();
  }
  return report;
}
