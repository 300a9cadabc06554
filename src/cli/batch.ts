// Runs the pipeline over a batch of inputs: each item analysed, handed to a sink, failures reported per item.
import type { Analysis } from '../doc/schema.js';
import { readInputs } from '../input/index.js';
import type { InputItem, InputOptions } from '../input/types.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import { createAnalyzer, type Analyzer } from '../run/analyzer.js';
import { DEFAULT_TIMEOUT_PER_INPUT_S } from '../run/settings.js';
import { estimateTotal } from './estimate.js';
import { createProgress } from './progress.js';
import { BatchReport } from './report.js';

export interface BatchOptions {
  input: InputOptions;
  analyze: AnalyzeOptions;
  label: string;
  /** Wall-clock budget of one input's analysis (ms; default 30 s): past it the input fails and the batch goes on.
   *  0 analyses in this thread, with no budget. */
  timeoutPerInputMs?: number;
  /** An analyzer the caller owns and closes (several batches in one command share one worker); by default the
   *  batch starts its own and closes it when done. */
  analyzer?: Analyzer;
  /** Item sources to skip (already done by an earlier run of the same job). */
  skip?: Set<string>;
  /** Asked before an item is analysed: false when another run has taken it (it is then left to that run). */
  claim?: (source: string) => boolean;
  /** Called for each item that failed (after its one-line error is printed). */
  onFailure?: (source: string, error: string) => void;
}

export type Sink = (analysis: Analysis, source: string, item: InputItem) => void;

/** Thrown by a sink or onFailure when going on is pointless (the store is full or gone): the batch stops there,
 *  the item counts as failed, and the report says why. */
export class StopBatch extends Error {}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

export async function runBatch(inputs: readonly string[], opts: BatchOptions, sink: Sink): Promise<BatchReport> {
  const report = new BatchReport();
  const total = process.stderr.isTTY ? await estimateTotal(inputs) : null;
  const progress = createProgress(opts.label, total);
  // Started before the first input is read, so the worker's model loading overlaps the reading.
  const analyzer = opts.analyzer ?? createAnalyzer({ timeoutMs: opts.timeoutPerInputMs ?? DEFAULT_TIMEOUT_PER_INPUT_S * 1000 });
  const failed = (source: string, error: string) => {
    report.fail(source, error, progress.log);
    progress.tick(false);
    opts.onFailure?.(source, error);
  };
  try {
    for await (const item of readInputs(inputs, opts.input)) {
      try {
        if (opts.skip?.has(item.source)) {
          report.skipped++;
          progress.tick(true);
        } else if (!item.ok) {
          failed(item.source, item.error);
        } else if (opts.claim && !opts.claim(item.source)) {
          report.elsewhere++;
          progress.tick(true);
        } else {
          try {
            // One input at a time, so outputs keep the inputs' order.
            sink(await analyzer.analyze(item, opts.analyze), item.source, item);
            report.ok++;
            progress.tick(true);
          } catch (e) {
            if (!(e instanceof StopBatch)) failed(item.source, message(e));
            else {
              report.fail(item.source, e.message, progress.log);
              throw e;
            }
          }
        }
      } catch (e) {
        // From the sink, or from onFailure (the item is counted as failed either way).
        if (!(e instanceof StopBatch)) throw e;
        report.stopped = e.message;
        break;
      }
    }
  } finally {
    progress.stop();
    if (!opts.analyzer) await analyzer.close();
  }
  return report;
}
