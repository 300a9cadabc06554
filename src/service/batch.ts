// Runs a batch of inputs through the analysis workers: each input analysed (or only extracted), its result handed to
// a sink in input order, each failure that input's alone. Several inputs are in flight at once (one per worker, and
// as many again waiting), so every core works while results still come out in the order the inputs were given.
import { readInputs, readInputsUndecoded } from '../input/index.js';
import type { InputItem, InputOptions, ReadResult } from '../input/types.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import { createAnalyzer, WorkerStartError, type Analyzer } from '../run/analyzer.js';
import { defaultJobs } from '../run/pool.js';
import type { Task, TaskResult, WorkItem } from '../run/protocol.js';
import { DEFAULT_TIMEOUT_PER_INPUT_S } from '../run/settings.js';
import { BatchReport } from './report.js';
import { IN_FLIGHT_CHARS, IN_FLIGHT_PER_WORKER } from './settings.js';

/** What happened to one input, reported in input order (for progress bars and error lines). */
export type ItemOutcome =
  | { source: string; status: 'ok' | 'skipped' | 'elsewhere' }
  | { source: string; status: 'failed'; error: string };

export interface BatchOptions<T extends Task = Task> {
  /** The whole analysis, or the clean article alone. */
  task: T;
  input: InputOptions;
  analyze: AnalyzeOptions;
  /** Wall-clock budget of one input (ms; default 30 s): past it the input fails and the batch goes on. 0 with one
   *  job analyses in this thread, with no budget. */
  timeoutPerInputMs?: number;
  /** Worker threads (default: the cores available). */
  jobs?: number;
  /** An analyzer the caller owns and closes (several batches sharing workers); by default the batch starts its
   *  own and closes it when done. */
  analyzer?: Analyzer;
  /** Item sources to skip (already done by an earlier run of the same job). */
  skip?: Set<string>;
  /** Asked, in input order, before an item is analysed: false when another run has taken it. */
  claim?: (source: string) => boolean | Promise<boolean>;
  /** Called for each item that failed (awaited: the next item waits for it). */
  onFailure?: (source: string, error: string) => void | Promise<void>;
  /** Each item's outcome, in input order. */
  onItem?: (outcome: ItemOutcome) => void;
  /** Stops the batch: no new input is read, inputs in flight are dropped (a resumable job takes them up again). */
  signal?: AbortSignal;
  /** Characters (bytes, for inputs not decoded yet) in flight at most beyond one input per worker (default
   *  IN_FLIGHT_CHARS). */
  inFlightChars?: number;
  /** Inputs read whole are decoded by the worker that analyses them, not by this thread, so their text is never
   *  copied between threads (a tenth of `dossier extract`'s time); the sink then gets no item. */
  decodeInWorkers?: boolean;
}

/** Takes each result in input order; awaited, so a slow sink (a store) holds the batch back rather than piling up.
 *  `item` is the decoded input, unless the batch left decoding to its workers (decodeInWorkers). */
export type Sink<T extends Task = Task> = (result: TaskResult[T], source: string, item: InputItem | undefined) => void | Promise<void>;

/** Thrown by a sink, claim or onFailure when going on is pointless (the store is full or gone): the batch stops
 *  there and the report says why. The item at hand counts as failed unless `itemFailed` is false (a sink that
 *  stores later has already told which item the store failed on). */
export class StopBatch extends Error {
  constructor(
    message: string,
    readonly itemFailed = true,
  ) {
    super(message);
  }
}

/** The message the report gives a batch stopped through its signal. */
export const INTERRUPTED = 'interrupted';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/** `fatal`: the workers cannot start, so every input after this one would fail the same way. */
type Settled<T> = { ok: true; value: T } | { ok: false; error: string; fatal: boolean };

/** One input on its way: what to do with it once every input before it has come out. */
type Entry<T extends Task> =
  | { source: string; kind: 'skipped' | 'elsewhere' }
  | { source: string; kind: 'failed'; error: string }
  | { source: string; kind: 'stop'; error: StopBatch }
  | { source: string; kind: 'run'; item: WorkItem; result: Promise<Settled<TaskResult[T]>> };

const aborted = new Error(INTERRUPTED);

/** `p`, or a rejection as soon as `signal` aborts. */
function unlessAborted<V>(p: Promise<V>, signal: AbortSignal | undefined): Promise<V> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(aborted);
  return new Promise<V>((resolve, reject) => {
    const onAbort = () => reject(aborted);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** An input that failed: counted, told, and handed to onFailure (which may record it). */
async function failed(report: BatchReport, opts: BatchOptions, source: string, error: string): Promise<void> {
  report.failed++;
  opts.onItem?.({ source, status: 'failed', error });
  await opts.onFailure?.(source, error);
}

/** Hands one entry's outcome on, in input order; a StopBatch (from the sink or onFailure) ends the batch. */
async function emitEntry<T extends Task>(entry: Entry<T>, report: BatchReport, opts: BatchOptions<T>, sink: Sink<T>): Promise<void> {
  switch (entry.kind) {
    case 'skipped':
    case 'elsewhere':
      if (entry.kind === 'skipped') report.skipped++;
      else report.elsewhere++;
      opts.onItem?.({ source: entry.source, status: entry.kind });
      return;
    case 'failed':
      return failed(report, opts, entry.source, entry.error);
    case 'stop':
      report.failed++;
      opts.onItem?.({ source: entry.source, status: 'failed', error: entry.error.message });
      throw entry.error;
    case 'run': {
      const settled = await unlessAborted(entry.result, opts.signal);
      if (!settled.ok) {
        await failed(report, opts, entry.source, settled.error);
        // A worker that cannot start will not start for the next input either: the batch stops (a re-run resumes).
        if (settled.fatal) throw new StopBatch(settled.error);
        return;
      }
      try {
        await sink(settled.value, entry.source, 'undecoded' in entry.item ? undefined : entry.item);
      } catch (e) {
        if (!(e instanceof StopBatch)) return failed(report, opts, entry.source, message(e));
        if (e.itemFailed) {
          report.failed++;
          opts.onItem?.({ source: entry.source, status: 'failed', error: e.message });
        }
        throw e;
      }
      report.ok++;
      opts.onItem?.({ source: entry.source, status: 'ok' });
    }
  }
}

export async function runBatch<T extends Task>(inputs: readonly string[], opts: BatchOptions<T>, sink: Sink<T>): Promise<BatchReport> {
  const report = new BatchReport();
  const { signal } = opts;
  // Started before the first input is read, so the first worker's model loading overlaps the reading.
  const analyzer =
    opts.analyzer ??
    createAnalyzer({ timeoutMs: opts.timeoutPerInputMs ?? DEFAULT_TIMEOUT_PER_INPUT_S * 1000, jobs: opts.jobs ?? defaultJobs(), task: opts.task });
  const run = (item: WorkItem): Promise<TaskResult[T]> =>
    (opts.task === 'extract' ? analyzer.extract(item, opts.analyze) : analyzer.analyze(item, opts.analyze)) as Promise<TaskResult[T]>;

  /** Decided when the input is read (skips and claims go in input order); analysis starts at once. */
  const enter = async (r: ReadResult): Promise<Entry<T>> => {
    if (opts.skip?.has(r.source)) return { source: r.source, kind: 'skipped' };
    if (!r.ok) return { source: r.source, kind: 'failed', error: r.error };
    try {
      if (opts.claim && !(await opts.claim(r.source))) return { source: r.source, kind: 'elsewhere' };
    } catch (e) {
      if (e instanceof StopBatch) return { source: r.source, kind: 'stop', error: e };
      throw e;
    }
    const result = run(r).then(
      (value): Settled<TaskResult[T]> => ({ ok: true, value }),
      (e: unknown): Settled<TaskResult[T]> => ({ ok: false, error: message(e), fatal: e instanceof WorkerStartError }),
    );
    return { source: r.source, kind: 'run', item: r, result };
  };

  const emit = (entry: Entry<T>) => emitEntry(entry, report, opts, sink);

  const window = Math.max(1, analyzer.jobs * IN_FLIGHT_PER_WORKER);
  const queue: Entry<T>[] = [];
  // Characters of the inputs in the queue: large inputs shrink the window (down to one per worker), so memory stays
  // bounded whatever their size.
  let chars = 0;
  const sizeOf = (e: Entry<T>) => (e.kind !== 'run' ? 0 : 'undecoded' in e.item ? e.item.bytes.length : e.item.content.length);
  const maxChars = opts.inFlightChars ?? IN_FLIGHT_CHARS;
  const full = () => queue.length >= window || (chars > maxChars && queue.length > analyzer.jobs);
  try {
    const read = opts.decodeInWorkers ? readInputsUndecoded(inputs, opts.input) : readInputs(inputs, opts.input);
    for await (const r of read) {
      if (signal?.aborted) throw aborted;
      const entry = await enter(r);
      queue.push(entry);
      chars += sizeOf(entry);
      while (full()) {
        const next = queue.shift()!;
        chars -= sizeOf(next);
        await emit(next);
      }
    }
    while (queue.length) await emit(queue.shift()!);
    if (signal?.aborted) throw aborted;
  } catch (e) {
    if (e instanceof StopBatch) report.stopped = e.message;
    else if (e === aborted) report.stopped = INTERRUPTED;
    else throw e;
  } finally {
    if (!opts.analyzer) await analyzer.close();
    else if (queue.length) await Promise.all(queue.map((q) => (q.kind === 'run' ? q.result : null)));
  }
  return report;
}
