// Ingest jobs: one resumable job per batch, shared with any other run of the same batch, every version stored with
// its provenance, in input order by this one thread (the only writer to the store), and an outcome however the
// batch ends (a full disk included).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Analysis } from '../doc/schema.js';
import { runOwner } from '../store/run-owner.js';
import { putAndMark } from '../store/sqlite/index.js';
import type { Provenance, PutResult, Store } from '../store/types.js';
import { runBatch, StopBatch, type BatchOptions } from './batch.js';
import { provenanceOf } from './provenance.js';
import type { BatchReport } from './report.js';

/** The same inputs (as resolved paths or URLs) make the same job, so a re-run resumes an interrupted one. */
export function jobKey(inputs: readonly string[]): string {
  const parts = inputs.map((i) => (i === '-' ? `stdin:${Date.now()}:${Math.random()}` : /^https?:/i.test(i) ? i : resolve(i)));
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 24);
}

/** SQLite result codes after which no further write can succeed: the batch stops rather than fail every item. */
const FATAL_STORE_CODES = /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|NOTADB|CANTOPEN)/;

/** Runs `write` on the store; a fatal store error becomes StopBatch (the batch ends with its outcome). */
function guarded<T>(write: () => T): T {
  try {
    return write();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && FATAL_STORE_CODES.test(code)) throw new StopBatch(`store: ${(e as Error).message}`);
    throw e;
  }
}

/** putAndMark (the store's: article and mark in one transaction) for a version that carries its provenance.
 *  putAndMark puts without one; until it takes one, it is given a view of the store whose put adds it. */
function putWithProvenance(store: Store, jobId: number, analysis: Analysis, source: string, provenance: Provenance): PutResult {
  const view: Store = { ...store, put: (a) => store.put(a, provenance) };
  return putAndMark(view, jobId, analysis, source);
}

export interface IngestCounts {
  new: number;
  version: number;
  same: number;
  /** Stored as claimed copies of another article (see PutResult.copyOf). */
  copies: number;
}

export interface IngestOutcome {
  report: BatchReport;
  counts: IngestCounts;
  /** Articles in the store at the end; null when the store could not say (it failed). */
  articles: number | null;
}

export type IngestOptions = Omit<BatchOptions<'analyze'>, 'task' | 'skip' | 'claim' | 'onFailure'> & {
  /** Told when an unfinished job of the same inputs is resumed: how many of its items are already stored. */
  onResume?: (jobId: number, done: number) => void;
};

/** Ingests `inputs` into `store`. Never throws for a store error: a fatal one stops the batch (report.stopped). */
export async function ingest(store: Store, inputs: readonly string[], opts: IngestOptions): Promise<IngestOutcome> {
  const counts: IngestCounts = { new: 0, version: 0, same: 0, copies: 0 };
  const owner = runOwner();
  const job = store.openJob(jobKey(inputs), inputs);
  const skip = job.resumed ? store.doneSources(job.id) : undefined;
  if (skip?.size) opts.onResume?.(job.id, skip.size);
  const { onResume: _onResume, ...batch } = opts;
  const report = await runBatch(inputs, {
    ...batch,
    task: 'analyze',
    skip,
    claim: (source) => guarded(() => store.claimSource(job.id, source, owner)),
    onFailure: (source, error) => guarded(() => store.markSource(job.id, { source, status: 'failed', error })),
  }, (analysis, source, item) => {
    const put = guarded(() => putWithProvenance(store, job.id, analysis, source, provenanceOf(item)));
    counts[put.status]++;
    if (put.copyOf && put.status === 'new') counts.copies++;
  });
  let articles: number | null = null;
  try {
    // Another live run still working on items of this job finishes it; a stopped batch leaves it to a re-run.
    if (!report.stopped && store.pendingElsewhere(job.id, owner) === 0) store.finishJob(job.id);
    articles = store.count();
  } catch (e) {
    report.stopped ??= `store: ${(e as Error).message}`;
  }
  return { report, counts, articles };
}
