// Storage contract. SQLite (./sqlite) is the embedded default; a PostgreSQL store for many ingest workers will
// implement the same interface, so nothing above this folder may touch SQL.
import type { Analysis } from '../doc/schema.js';

export interface PutResult {
  /** Stable article id (Analysis.id). */
  id: string;
  /** 'new' = first time seen; 'version' = same article, changed content stored as a new version; 'same' = unchanged. */
  status: 'new' | 'version' | 'same';
  version: number;
}

export interface SearchHit {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** Snippet of the best-matching passage with hits wrapped in the given markers. */
  snippet: string;
  /** Relevance, higher is better; comparable only within one result list. */
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** Markers around each hit in the snippet; defaults to '[' and ']'. */
  highlight?: [string, string];
}

export interface StoredArticle {
  id: string;
  version: number;
  source: string;
  analysis: Analysis;
  firstSeen: string;
  updated: string;
}

export interface JobItemState {
  source: string;
  status: 'ok' | 'failed';
  error?: string | null;
  articleId?: string | null;
}

export interface Job {
  id: number;
  /** Key that identifies "the same batch" (hash of the input list as given), so a re-run resumes it. */
  key: string;
  status: 'running' | 'done';
  created: string;
  /** True when an unfinished job with this key already existed and is being resumed. */
  resumed: boolean;
}

/** Thrown for query syntax the search engine cannot parse; message is one line fit for the user. */
export class SearchSyntaxError extends Error {}

export interface Store {
  /** Stores the analysis; idempotent on (id, content hash). */
  put(analysis: Analysis): PutResult;
  /** Latest version by id, or by a unique id prefix (≥ 6 chars); throws when a prefix is ambiguous. */
  get(id: string): StoredArticle | null;
  search(query: string, opts?: SearchOptions): SearchHit[];
  /** All latest versions, in first-seen order. */
  iterate(): Iterable<StoredArticle>;
  count(): number;

  /** Opens the job for this batch key (inputs as given), or resumes the unfinished one with that key. */
  openJob(key: string, inputs: readonly string[]): Job;
  /** Item sources (paths, URLs, "file.jsonl:LINE") this job has already stored; a resumed run skips them. */
  doneSources(jobId: number): Set<string>;
  /** Records an item's outcome; 'ok' only after its article is stored (same transaction where possible). */
  markSource(jobId: number, state: JobItemState): void;
  finishJob(jobId: number): void;

  /** Runs fn (synchronous) in one transaction: all its puts/marks commit together or not at all. Group many
   *  items per transaction for speed, and put + markSource(ok) together so a kill loses no marked article. */
  transaction<T>(fn: () => T): T;

  close(): void;
}
