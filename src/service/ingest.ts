// Ingest jobs: one resumable job per batch, shared with any other run of the same batch, every version stored with
// its provenance, in input order by this one thread (the only writer to the store), and an outcome however the
// batch ends (a full disk included).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { runOwner } from '../store/run-owner.js';
import { updateStories, type UpdateReport } from '../stories/update.js';
import type { Store } from '../store/types.js';
import { runBatch, StopBatch, type BatchOptions } from './batch.js';
import { provenanceOf } from './provenance.js';
import type { BatchReport } from './report.js';
import { guarded, StoreWriter } from './store-writer.js';

/** The same inputs (as resolved paths or URLs) make the same job, so a re-run resumes an interrupted one. */
export function jobKey(inputs: readonly string[]): string {
  const parts = inputs.map((i) => (i === '-' ? `stdin:${Date.now()}:${Math.random()}` : /^https?:/i.test(i) ? i : resolve(i)));
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 24);
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
  /** What the ingest added to the stories (copies linked, articles assigned); null when the batch stopped. */
  stories: UpdateReport | null;
  /** Why the stories could not be brought up to date (the articles are stored all the same). */
  storiesError?: string;
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
  // The batch counts an item ok once it reaches the writer; what counts is what the writer stored, so the report's
  // ok and failed are recounted from here at the end.
  let failed = 0;
  const writer = new StoreWriter(store, job.id, {
    stored: (put) => {
      counts[put.status]++;
      if (put.copyOf && put.status === 'new') counts.copies++;
    },
    failed: (source, error) => {
      failed++;
      opts.onItem?.({ source, status: 'failed', error });
    },
  });
  let closing: StopBatch | null = null;
  const close = () => {
    try {
      writer.close();
    } catch (e) {
      if (!(e instanceof StopBatch)) throw e;
      closing = e;
    }
  };
  let report: BatchReport;
  try {
    report = await runBatch(inputs, {
      ...batch,
      task: 'analyze',
      skip,
      claim: (source) => {
        try {
          return guarded(() => store.claimSource(job.id, source, owner));
        } catch (e) {
          if (e instanceof StopBatch) failed++;
          throw e;
        }
      },
      onFailure: (source, error) => {
        failed++;
        writer.add({ source, error });
      },
    }, (analysis, source, item) => {
      try {
        writer.add({ analysis, source, provenance: provenanceOf(item) });
      } catch (e) {
        // The writer has told which item the store failed on; this one is merely not stored.
        throw e instanceof StopBatch ? new StopBatch(e.message, false) : e;
      }
    });
  } finally {
    // What was analysed before the batch ended (or stopped, or was interrupted) is stored.
    close();
  }
  report.stopped ??= (closing as StopBatch | null)?.message ?? null;
  report.ok = counts.new + counts.version + counts.same;
  report.failed = failed;
  let articles: number | null = null;
  try {
    // Another live run still working on items of this job finishes it; a stopped batch leaves it to a re-run.
    if (!report.stopped && store.pendingElsewhere(job.id, owner) === 0) store.finishJob(job.id);
    articles = store.count();
  } catch (e) {
    report.stopped ??= `store: ${(e as Error).message}`;
  }
  // Copies and stories at ingest: the new articles join them, in date order (incremental; nothing to do when
  // nothing is new). A failure here loses nothing stored: the next ingest or `dossier stories` catches up.
  let stories: UpdateReport | null = null;
  let storiesError: string | undefined;
  if (!report.stopped) {
    try {
      stories = updateStories(store);
    } catch (e) {
      storiesError = (e as Error).message;
    }
  }
  return { report, counts, articles, stories, ...(storiesError ? { storiesError } : {}) };
}
