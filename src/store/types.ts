// Storage contract. SQLite (./sqlite) is the embedded default; a PostgreSQL store for many ingest workers will
// implement the same interface, so nothing above this folder may touch SQL.
import type { Analysis, Entity, Quote } from '../doc/schema.js';

export interface PutResult {
  /** Id the article is stored under: Analysis.id, or the id of its claimed copy (see copyOf). */
  id: string;
  /** 'new' = first time seen; 'version' = same article, changed content stored as a new version; 'same' = unchanged. */
  status: 'new' | 'version' | 'same';
  version: number;
  /** Set when the input claimed a stored article's identity (its URL, or its text) without a source that may speak
   *  for it: it was stored as its own article, a claimed copy of this one. */
  copyOf?: string;
}

/**
 * Where an input came from, stored with each version. It decides what the input may speak for: a new version of a
 * stored article is accepted from the same feed record, the same local file, or a fetch whose final address is the
 * article's URL; anything else claiming the article's identity is stored as a claimed copy.
 */
export interface Provenance {
  kind: 'fetch' | 'record' | 'file' | 'stdin';
  /** The input as given (path, URL, "file.jsonl:LINE", "-"). */
  source: string;
  /** file: the absolute path. */
  path?: string | null;
  /** fetch: the address after redirects. */
  finalUrl?: string | null;
  /** record: the feed's own id for the record. */
  recordId?: string | null;
  /** Hash of the input's content (decoded text). */
  digest: string;
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
  /** Where the latest version came from; null for versions stored before provenance was recorded. */
  provenance: Provenance | null;
  /** The article whose identity this one claimed (see PutResult.copyOf), or null. */
  copyOf: string | null;
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

export type EntityType = Entity['type'];

/** A canonical entity across the store, with totals over the latest version of every article. */
export interface EntityStats {
  id: number;
  name: string;
  type: EntityType;
  /** ISO 3166 alpha-3 (or a region code); null when unknown. */
  country: string | null;
  /** Articles whose latest version mentions it. */
  articles: number;
  /** Mentions summed over those articles. */
  mentions: number;
}

export interface TopEntitiesOptions {
  type?: EntityType;
  limit?: number;
  /** Ranking: total mentions (default) or number of articles. */
  by?: 'mentions' | 'articles';
}

/** One entity of one article (its latest version), linked to its canonical entity. */
export interface ArticleEntity {
  /** Id inside the analysis ("e1"). */
  localId: string;
  entityId: number;
  /** Name as the article gives it. */
  name: string;
  /** Name of the canonical entity (may be fuller: "Volodymyr Zelenskyy" for an article's "Zelenskyy"). */
  canonicalName: string;
  type: EntityType;
  country: string | null;
  role: string | null;
  sector: string | null;
  /** Mentions in this article. */
  mentions: number;
  /** Articles in the store that mention the canonical entity. */
  articles: number;
}

export interface QuoteSearchOptions {
  /** Speaker name, matched word by word (case and diacritics folded) against the canonical entity name and the
   *  speaker words of the article: a surname alone is enough. */
  speaker?: string;
  /** Words of the quote (full-text syntax as in `search`). */
  text?: string;
  limit?: number;
}

export interface QuoteHit {
  articleId: string;
  title: string;
  published: string | null;
  text: string;
  kind: Quote['kind'];
  /** Canonical name of the speaking entity, else the speaker words of the article; null when unattributed. */
  speaker: string | null;
  cue: string | null;
}

/** Thrown for query syntax the search engine cannot parse; message is one line fit for the user. */
export class SearchSyntaxError extends Error {}

export interface Store {
  /** Stores the analysis; idempotent on (id, content hash). Without a provenance the input is taken as a local file
   *  named by analysis.source. */
  put(analysis: Analysis, provenance?: Provenance): PutResult;
  /** Latest version by id, or by a unique id prefix (≥ 6 chars); throws when a prefix is ambiguous. */
  get(id: string): StoredArticle | null;
  search(query: string, opts?: SearchOptions): SearchHit[];
  /** All latest versions, in first-seen order. */
  iterate(): Iterable<StoredArticle>;
  count(): number;

  /** Canonical entities, most mentioned (or most widespread) first. */
  topEntities(opts?: TopEntitiesOptions): EntityStats[];
  /** The entities of an article's latest version (exact id), most mentioned first; [] when it has none. */
  articleEntities(articleId: string): ArticleEntity[];
  /** Quotes by speaker and/or text: best text match first, else newest first. Throws SearchSyntaxError. */
  searchQuotes(opts?: QuoteSearchOptions): QuoteHit[];

  /** Opens the job for this batch key (inputs as given), or resumes the unfinished one with that key. */
  openJob(key: string, inputs: readonly string[]): Job;
  /** Item sources (paths, URLs, "file.jsonl:LINE") this job has already stored; a resumed run skips them. */
  doneSources(jobId: number): Set<string>;
  /** Takes an item of a running job for the run `owner` (see runOwner): false when it is already stored or another
   *  run that is still alive holds it, so two ingests of one batch share its items instead of both doing all. */
  claimSource(jobId: number, source: string, owner: string): boolean;
  /** Items held by other live runs that have no outcome yet: the job is not finished while there are any. */
  pendingElsewhere(jobId: number, owner: string): number;
  /** Records an item's outcome; 'ok' only after its article is stored (same transaction where possible). */
  markSource(jobId: number, state: JobItemState): void;
  finishJob(jobId: number): void;

  /** Runs fn (synchronous) in one transaction: all its puts/marks commit together or not at all. Group many
   *  items per transaction for speed, and put + markSource(ok) together so a kill loses no marked article. */
  transaction<T>(fn: () => T): T;

  close(): void;
}
