// The work of `dossier ingest`: one resumable job per batch, shared with any other run of the same batch, every
// version stored with its provenance, and a summary line however the batch ends (a full disk included).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { runOwner } from '../store/run-owner.js';
import type { Store } from '../store/types.js';
import { runBatch, StopBatch, type BatchOptions } from './batch.js';
import { provenanceOf } from './provenance.js';
import { safeMessage } from './terminal.js';

/** The same inputs (as resolved paths or URLs) make the same job, so a re-run resumes an interrupted one. */
export function jobKey(inputs: readonly string[]): string {
  const parts = inputs.map((i) => (i === '-' ? `stdin:${Date.now()}:${Math.random()}` : /^https?:/i.test(i) ? i : resolve(i)));
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 24);
}

/** SQLite result codes after which no further write can succeed: the batch stops rather than fail every item. */
const FATAL_STORE_CODES = /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|NOTADB|CANTOPEN)/;

/** Runs `write` on the store; a fatal store error becomes StopBatch (the batch ends with its summary). */
function guarded<T>(write: () => T): T {
  try {
    return write();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && FATAL_STORE_CODES.test(code)) throw new StopBatch(`store: ${(e as Error).message}`);
    throw e;
  }
}

export interface IngestResult {
  exitCode: number;
  /** The last line printed: "N ok, M failed (…)". */
  summary: string;
}

/** Ingests `inputs` into `store`; progress and errors go to `log` (stderr). Never throws for a store error. */
export async function ingestInputs(
  store: Store,
  inputs: readonly string[],
  opts: Omit<BatchOptions, 'label' | 'skip' | 'claim' | 'onFailure'>,
  dbName: string,
  log: (line: string) => void = (l) => process.stderr.write(l + '\n'),
): Promise<IngestResult> {
  const counts = { new: 0, version: 0, same: 0, copies: 0 };
  const owner = runOwner();
  const job = store.openJob(jobKey(inputs), inputs);
  const skip = job.resumed ? store.doneSources(job.id) : undefined;
  if (skip?.size) log(`resuming job ${job.id}: ${skip.size} items already stored`);
  const report = await runBatch(inputs, {
    ...opts,
    label: 'ingest',
    skip,
    claim: (source) => guarded(() => store.claimSource(job.id, source, owner)),
    onFailure: (source, error) => guarded(() => store.markSource(job.id, { source, status: 'failed', error })),
  }, (analysis, source, item) => {
    const put = guarded(() =>
      store.transaction(() => {
        const result = store.put(analysis, provenanceOf(item));
        store.markSource(job.id, { source, status: 'ok', articleId: result.id });
        return result;
      }),
    );
    counts[put.status]++;
    if (put.copyOf && put.status === 'new') counts.copies++;
  });
  let notes = '';
  try {
    // Another live run still working on items of this job finishes it; a stopped batch leaves it to a re-run.
    if (!report.stopped && store.pendingElsewhere(job.id, owner) === 0) store.finishJob(job.id);
    notes = `; ${store.count()} articles in ${dbName}`;
  } catch (e) {
    report.stopped ??= `store: ${(e as Error).message}`;
  }
  const copies = counts.copies ? `, ${counts.copies} claimed copies` : '';
  const summary = `${report.summary()} (${counts.new} new, ${counts.version} new versions, ${counts.same} unchanged${copies}${safeMessage(notes)})`;
  log(summary);
  return { exitCode: report.exitCode(), summary };
}
