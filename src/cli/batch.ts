// A batch on the terminal: the service runs it (src/service/batch.ts); this prints each failure as one line, keeps
// the progress bar, and turns Ctrl-C into a clean stop.
import { runBatch as runServiceBatch, type BatchOptions as ServiceOptions, type ItemOutcome, type Sink } from '../service/batch.js';
import type { BatchReport } from '../service/report.js';
import type { Task } from '../run/protocol.js';
import { estimateTotal } from './estimate.js';
import { createProgress } from './progress.js';
import { failureLine } from './report.js';

export type BatchOptions<T extends Task = 'analyze'> = Omit<ServiceOptions<T>, 'task' | 'onItem' | 'signal'> & {
  label: string;
  /** The whole analysis (default) or the clean article alone. */
  task?: T;
};

export interface TerminalHooks {
  onItem: (outcome: ItemOutcome) => void;
  signal: AbortSignal;
  /** Where lines go: stderr, above the progress bar. */
  log: (line: string) => void;
  /** Removes the bar and the Ctrl-C handler. */
  done: () => void;
}

/** The progress bar (a TTY only), one line per failed input, and Ctrl-C: the first stops the batch cleanly (what is
 *  stored stays stored, an ingest job resumes when run again), a second one ends the process at once. */
export async function terminalHooks(label: string, inputs: readonly string[], log?: (line: string) => void): Promise<TerminalHooks> {
  const total = process.stderr.isTTY ? await estimateTotal(inputs) : null;
  const progress = createProgress(label, total);
  const print = log ?? progress.log;
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    process.exitCode = 130;
  };
  process.on('SIGINT', onSigint);
  return {
    onItem: (o) => {
      if (o.status === 'failed') print(failureLine(o.source, o.error));
      progress.tick(o.status !== 'failed');
    },
    signal: controller.signal,
    log: print,
    done: () => {
      process.off('SIGINT', onSigint);
      progress.stop();
    },
  };
}

export async function runBatch<T extends Task = 'analyze'>(inputs: readonly string[], opts: BatchOptions<T>, sink: Sink<T>): Promise<BatchReport> {
  const { label, task, ...service } = opts;
  const hooks = await terminalHooks(label, inputs);
  try {
    return await runServiceBatch(inputs, { ...service, task: (task ?? 'analyze') as T, onItem: hooks.onItem, signal: hooks.signal }, sink);
  } finally {
    hooks.done();
  }
}
