// Ingest jobs: one resumable job per batch, shared with any other run of the same batch, every version stored with
// its provenance, in input order by this one thread (the only writer to the store), and an outcome however the
// batch ends (a full disk included).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { runOwner } from '../store/run-owner.js';
import type { StoriesUpdate, Store } from '../store/api.js';
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
  stories: StoriesUpdate | null;
  /** Why the stories could not be brought up to date (the articles are stored all the same). */
  storiesError?: string;
}

export type IngestOptions = Omit<BatchOptions<'analyze'>, 'task' | 'skip' | 'claim' | 'onFailure' | 'decodeInWorkers'> & {
  /** Told when an unfinished job of the same inputs is resumed: how many of its items are already stored. */
  onResume?: (jobId: number, done: number) => void;
};

/** Ingests `inputs` into `store`. Never throws for a store error: a failing store stops the batch (report.stopped). */
export async function ingest(store: Store, inputs: readonly string[], opts: IngestOptions): Promise<IngestOutcome> {
  const counts: IngestCounts = { new: 0, version: 0, same: 0, copies: 0 };
  const owner = runOwner();
  const job = await store.openJob(jobKey(inputs), inputs);
  const skip = job.resumed ? await store.doneSources(job.id) : undefined;
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
  let report: BatchReport;
  try {
    report = await runBatch(inputs, {
      ...batch,
      task: 'analyze',
      skip,
      claim: async (source) => {
        try {
          return await guarded(() => store.claimSource(job.id, source, owner));
        } catch (e) {
          if (e instanceof StopBatch) failed++;
          throw e;
        }
      },
      onFailure: async (source, error) => {
        failed++;
        await writer.add({ source, error });
      },
    }, async (analysis, source, item) => {
      try {
        await writer.add({ analysis, source, provenance: provenanceOf(item) });
      } catch (e) {
        // The store failed on the group this item went into: none of it is stored, and a re-run takes it up.
        throw e instanceof StopBatch ? new StopBatch(e.message, false) : e;
      }
    });
  } finally {
    // What was analysed before the batch ended (or stopped, or was interrupted) is stored.
    try {
      await writer.close();
    } catch (e) {
      if (!(e instanceof StopBatch)) throw e;
      closing = e;
    }
  }
  report.stopped ??= (closing as StopBatch | null)?.message ?? null;
  report.ok = counts.new + counts.version + counts.same;
  report.failed = failed;
  let articles: number | null = null;
  try {
    // Another live run still working on items of this job finishes it; a stopped batch leaves it to a re-run.
    if (!report.stopped && (await store.pendingElsewhere(job.id, owner)) === 0) await store.finishJob(job.id);
    articles = await store.count();
  } catch (e) {
    report.stopped ??= `store: ${(e as Error).message}`;
  }
  // Copies and stories at ingest: the new articles join them, in date order (incremental; nothing to do when
  // nothing is new). A failure here loses nothing stored: the next ingest or `dossier stories` catches up.
  let stories: StoriesUpdate | null = null;
  let storiesError: string | undefined;
  if (!report.stopped) {
    try {
      stories = await store.updateStories();
    } catch (e) {
      storiesError = (e as Error).message;
    }
  }
  return { report, counts, articles, stories, ...(storiesError ? { storiesError } : {}) };
}
