// `dossier ingest` on the terminal: the service's ingest job (src/service/ingest.ts) with the progress bar, its
// resume notice, one-line errors and the summary line, printed however the batch ends (a full disk included).
import { ingest, type IngestOptions } from '../service/ingest.js';
import type { Store } from '../store/api.js';
import { terminalHooks } from './batch.js';
import { summaryLine } from './report.js';
import { safeMessage } from './terminal.js';

export interface IngestResult {
  exitCode: number;
  /** The last line printed: "N ok, M failed (…)". */
  summary: string;
}

/** Ingests `inputs` into `store`; progress and errors go to `log` (stderr). Never throws for a store error. */
export async function ingestInputs(
  store: Store,
  inputs: readonly string[],
  opts: Omit<IngestOptions, 'onItem' | 'signal' | 'onResume'>,
  dbName: string,
  log?: (line: string) => void,
): Promise<IngestResult> {
  const hooks = await terminalHooks('ingest', inputs, log);
  let outcome;
  try {
    outcome = await ingest(store, inputs, {
      ...opts,
      onItem: hooks.onItem,
      signal: hooks.signal,
      onResume: (jobId, done) => hooks.log(`resuming job ${jobId}: ${done} items already stored`),
    });
  } finally {
    hooks.done();
  }
  const { report, counts, articles } = outcome;
  const copies = counts.copies ? `, ${counts.copies} claimed copies` : '';
  const notes = articles === null ? '' : `; ${articles} articles in ${safeMessage(dbName)}`;
  const summary = `${summaryLine(report)} (${counts.new} new, ${counts.version} new versions, ${counts.same} unchanged${copies}${notes})`;
  hooks.log(summary);
  if (outcome.storiesError) hooks.log(`stories not brought up to date (dossier stories will): ${safeMessage(outcome.storiesError)}`);
  return { exitCode: report.exitCode(), summary };
}
