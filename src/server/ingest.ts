// POST /api/ingest behind the route: articles given as JSON become JSON Lines records read through the input layer
// (the batch service, src/service/batch.ts: analysis workers, per-input time budget, one-line errors), and are stored
// through the async store's job (openJob, recordItems: each article with its mark, a refused one rolled back alone).
// Ingests are serialised: one runs at a time on the one writer, the next waits its turn.
import { Readable } from 'node:stream';
import { jobKey } from '../service/ingest.js';
import { runBatch } from '../service/batch.js';
import { provenanceOf } from '../service/provenance.js';
import type { Analyzer } from '../run/analyzer.js';
import type { InputOptions } from '../input/types.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { JobItem, JobItemOutcome, Store } from '../store/api.js';
import type { IngestArticle } from './schemas.js';

export type IngestStatus = 'stored' | 'unchanged' | 'copy' | 'failed';
export interface IngestResult {
  index: number;
  status: IngestStatus;
  id?: string;
  error?: string;
}

/** An article of the request: valid (to analyse), or its one-line validation error. */
export type IngestEntry = { index: number; article: IngestArticle } | { index: number; error: string };

export interface IngesterOptions {
  /** Shared analysis workers (the server's, started on first use); without one each ingest runs its own. */
  analyzer?: () => Analyzer;
  /** Analysis time budget per article (ms); 0 analyses in this thread (tests). */
  timeoutPerInputMs: number;
  jobs: number;
}

export interface Ingester {
  /** Analyses and stores the valid entries; a result per entry, in order. */
  ingest(entries: readonly IngestEntry[]): Promise<IngestResult[]>;
  /** Analyses and stores files or directories (the demo articles), each with the date to assume when it names
   *  none; the number stored and failed. */
  ingestPaths(inputs: readonly { path: string; published?: string }[]): Promise<{ ok: number; failed: number }>;
}

/** The record the input layer reads for an article (its JSON Lines fields; `source` names the outlet). */
function record(a: IngestArticle): Record<string, string> {
  const r: Record<string, string> = {};
  if (a.id) r.id = a.id;
  if (a.url) r.url = a.url;
  if (a.outlet ?? a.source) r.outlet = (a.outlet ?? a.source)!;
  if (a.published) r.published = a.published;
  if (a.title) r.title = a.title;
  if (a.html?.trim()) r.html = a.html;
  else r.text = a.text!;
  return r;
}

const lineOf = (source: string) => Number(/:(\d+)$/.exec(source)?.[1] ?? NaN);

export function createIngester(store: Store, opts: IngesterOptions): Ingester {
  let turn: Promise<unknown> = Promise.resolve();

  /** Runs inputs through the batch service and stores what it gives as one job of the async store. */
  async function analyseAndStore(inputs: string[], input: InputOptions, analyze: AnalyzeOptions): Promise<JobItemOutcome[]> {
    const items: JobItem[] = [];
    await runBatch(inputs, {
      task: 'analyze', input, analyze, timeoutPerInputMs: opts.timeoutPerInputMs, jobs: opts.jobs,
      ...(opts.analyzer ? { analyzer: opts.analyzer() } : {}),
      onFailure: (source, error) => {
        items.push({ source, error });
      },
    }, (analysis, source, item) => {
      items.push({ source, analysis, provenance: provenanceOf(item) });
    });
    const job = await store.openJob(jobKey(inputs), inputs.map((i) => (i === '-' ? 'api:ingest' : i)));
    const outcomes = await store.recordItems(job.id, items);
    await store.finishJob(job.id);
    await store.updateStories();
    return outcomes;
  }

  async function run(entries: readonly IngestEntry[]): Promise<IngestResult[]> {
    const results = new Map<number, IngestResult>();
    const valid = entries.filter((e): e is { index: number; article: IngestArticle } => 'article' in e);
    for (const e of entries) if ('error' in e) results.set(e.index, { index: e.index, status: 'failed', error: e.error });
    if (valid.length) {
      const jsonl = valid.map((e) => JSON.stringify(record(e.article))).join('\n') + '\n';
      const stdin = Readable.from([Buffer.from(jsonl, 'utf8')]);
      const outcomes = await analyseAndStore(['-'], { stdin, maxRecords: valid.length }, {});
      for (const o of outcomes) {
        const index = valid[lineOf(o.source) - 1]?.index; // line n of the stream is valid[n - 1]
        if (index === undefined) continue;
        if ('error' in o) results.set(index, { index, status: 'failed', error: o.error });
        else {
          const status: IngestStatus = o.put.copyOf ? 'copy' : o.put.status === 'same' ? 'unchanged' : 'stored';
          results.set(index, { index, status, id: o.put.id });
        }
      }
    }
    return entries.map((e) => results.get(e.index) ?? { index: e.index, status: 'failed', error: 'not analysed' });
  }

  async function runPaths(inputs: readonly { path: string; published?: string }[]) {
    let ok = 0;
    let failed = 0;
    for (const i of inputs) {
      for (const o of await analyseAndStore([i.path], {}, { published: i.published })) {
        if ('error' in o) failed++;
        else ok++;
      }
    }
    return { ok, failed };
  }

  /** One ingest at a time: the next waits for the one before (whatever its outcome). */
  function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const mine = turn.then(work);
    turn = mine.catch(() => undefined);
    return mine;
  }

  return {
    ingest: (entries) => inTurn(() => run(entries)),
    ingestPaths: (inputs) => inTurn(() => runPaths(inputs)),
  };
}
