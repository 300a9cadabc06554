// The asynchronous storage contract, split by concern. SQLite (sqlite/async-store.ts, with src/stories/story-store.ts
// adding the stories part) is the embedded default; a PostgreSQL store (every Node driver for it is async) implements
// the same interfaces and proves it by passing the same conformance suite (conformance.ts). Nothing above src/store/
// touches SQL or a store's own query syntax:
// search takes our query tree (query.ts), which each store translates.
//
// Result types are those of the synchronous contract (types.ts), so a caller moves over by adding `await`.
import type { EventFilter, EventRow } from './event-filter.js';
import type { Analysis } from '../doc/schema.js';
import type { Query } from './query.js';
import type { EntityGroup, EntityLookup, Timeline } from './story-types.js';
import type {
  ArticleEntity, EntityStats, Job, JobItemState, Provenance, PutResult, QuoteHit, SearchHit, StoredArticle,
  StoryListOptions, StorySummary, TopEntitiesOptions,
} from './types.js';

export type { Query } from './query.js';
export type {
  ArticleEntity, EntityStats, EntityType, Job, JobItemState, Provenance, PutResult, QuoteHit, SearchHit, StoredArticle,
  StorySummary, TopEntitiesOptions,
} from './types.js';
export type { EntityDossier, EntityGroup, EntityLookup, Timeline } from './story-types.js';
export { SearchSyntaxError, SearchTimeout } from './types.js';

/** Articles and their versions. */
export interface ArticleStore {
  /** Stores the analysis; idempotent on (id, content). A changed article becomes a new version only from a source
   *  that may speak for it (see types.ts Provenance), else it is stored as a claimed copy (PutResult.copyOf).
   *  Without a provenance the input is taken as a local file named by analysis.source. */
  put(analysis: Analysis, provenance?: Provenance): Promise<PutResult>;
  /** Latest version by id, or by a unique id prefix (≥ 6 chars); rejects when a prefix is ambiguous. */
  get(id: string): Promise<StoredArticle | null>;
  /** All latest versions, in first-seen order, read page by page (memory stays flat). */
  iterate(): AsyncIterable<StoredArticle>;
  count(): Promise<number>;
}

/** Options of a quote search. */
export interface QuoteQuery {
  /** Speaker name, matched word by word (case and diacritics folded) against the canonical entity name and the
   *  speaker words of the article: a surname alone is enough. */
  speaker?: string;
  /** What the quote says (fields are ignored: a quote has only its text). */
  text?: Query;
  limit?: number;
  /** Hits to skip (the next page starts at offset + limit). */
  offset?: number;
  /** Stop a search that runs longer, with a SearchTimeout (a SearchSyntaxError); the store has a default. */
  timeLimitMs?: number;
}

/** A quote found, with its character span in its article's text. */
export interface QuoteMatch extends QuoteHit {
  span: { start: number; end: number };
}

/** Options of an entity listing. */
export interface EntityListQuery {
  /** Words of the name (case and diacritics folded): every word must be a word of the canonical name. */
  name?: string;
  type?: TopEntitiesOptions['type'];
  limit?: number;
  offset?: number;
}

/** Reading the analysis layers across articles. */
export interface LayerStore {
  /** Canonical entities, most mentioned (or most widespread) first. */
  topEntities(opts?: TopEntitiesOptions): Promise<EntityStats[]>;
  /** The entities of an article's latest version (exact id), most mentioned first; [] when it has none. */
  articleEntities(articleId: string): Promise<ArticleEntity[]>;
  /** Quotes by speaker and/or text: best text match first, else newest first. Rejects with SearchSyntaxError. */
  searchQuotes(opts?: QuoteQuery): Promise<QuoteMatch[]>;
  /** Canonical entities, most mentioned first, narrowed by name words and type, page by page. */
  listEntities(opts?: EntityListQuery): Promise<EntityStats[]>;
  /** Events by source actor, target (a code like "UKR", or words of a name), type and date range, asserted only unless
   *  `all`; newest first, at most `limit`. */
  searchEvents(filter: EventQuery): Promise<EventRow[]>;
}

/** What searchEvents selects. */
export type EventQuery = EventFilter & { limit: number; /** Rows to skip (newest first). */ offset?: number };

/** What a search may be narrowed to besides its words. */
export interface SearchFilters {
  /** Articles of this outlet (as stored: Analysis.outlet, exact). */
  outlet?: string;
  /** Published on or after this ISO date (or date-time prefix); articles with no date are left out. */
  since?: string;
  /** Published on or before this ISO date (a whole day when a day is given); articles with no date are left out. */
  until?: string;
  /** Articles whose latest version mentions this canonical entity (EntityStats.id / ArticleEntity.entityId), or any
   *  of these (the ids of one entity's linked names). */
  entity?: number | readonly number[];
  /** Articles with an asserted event of this PLOVER type ("AGREE"). */
  eventType?: string;
}

export interface SearchQueryOptions {
  /** Hits per page (default 20, at least 1). */
  limit?: number;
  /** Hits to skip: the next page starts at offset + limit. */
  offset?: number;
  /** Markers around each hit in the snippet; defaults to '[' and ']'. */
  highlight?: [string, string];
  filters?: SearchFilters;
  /** Stop a search that runs longer, with a SearchTimeout (a SearchSyntaxError); the store has a default. */
  timeLimitMs?: number;
}

/** Full-text search over the latest title and text of each article. */
export interface SearchStore {
  /** Ranked hits, best first (SearchHit.score higher is better). Rejects with SearchSyntaxError (one line, fit for
   *  the user) for a query it cannot run: malformed, over a cap, or past its time limit. */
  search(query: Query, opts?: SearchQueryOptions): Promise<SearchHit[]>;
  /** Latest articles first (publication date, undated last, then newest stored), narrowed by the filters; the
   *  snippet is the lead of the text, unmarked; score 0. */
  latest(opts?: Omit<SearchQueryOptions, 'highlight'>): Promise<SearchHit[]>;
  /** Counts over the first `hits` articles of the search (or of `latest` without a query): outlets, asserted event
   *  types, and the most mentioned entities; each most frequent first. */
  facets(query: Query | null, opts?: FacetOptions): Promise<SearchFacets>;
}

export interface FacetOptions {
  filters?: SearchFilters;
  /** Hits counted (default 500). */
  hits?: number;
  /** Values kept per facet (default 20). */
  limit?: number;
  timeLimitMs?: number;
}

export interface SearchFacets {
  outlets: { value: string; count: number }[];
  eventTypes: { value: string; count: number }[];
  entities: { id: number; name: string; type: string; count: number }[];
}

/** What bringing the stories up to date did: articles assigned, of which copies, stories merged, time taken. */
export interface StoriesUpdate {
  assigned: number;
  copies: number;
  merges: number;
  ms: number;
}

/** Stories, timelines and entity dossiers (src/stories). A writable store first brings its stories up to date (the
 *  articles stored since the last call join theirs; cheap when nothing is new); a read-only one reads them as they are. */
export interface StoryStore {
  /** Assigns the articles stored since the last call to their stories (nothing when the store is read-only). */
  updateStories(): Promise<StoriesUpdate>;
  /** Stories, biggest first; `offset` skips that many. */
  listStories(opts?: StoryListOptions & { offset?: number }): Promise<StorySummary[]>;
  /** A story's timeline (a merged story's id gives the story it went into); null when there is none. */
  storyTimeline(id: string): Promise<Timeline | null>;
  /** The story of an article, with its title; null when it has none (yet). */
  storyOfArticle(articleId: string): Promise<{ id: string; title: string } | null>;
  /** The entity groups (linked names) a name, or "#id", stands for, heaviest first. */
  findEntities(name: string): Promise<EntityGroup[]>;
  /** The dossier of the one entity a name stands for, or its candidates, or none. */
  entityDossier(name: string): Promise<EntityLookup>;
}

/** An item of a batch to record: its analysis to store (and mark ok), or its failure. */
export type JobItem =
  | { source: string; analysis: Analysis; provenance?: Provenance }
  | { source: string; error: string };

/** What became of one item of recordItems: stored (with its put), or not (the item is then marked failed). */
export type JobItemOutcome = { source: string; put: PutResult } | { source: string; error: string };

/** Batch jobs: an interrupted run resumes, and two runs of one batch share its items. */
export interface JobStore {
  /** Opens the job for this batch key (inputs as given), or resumes the unfinished one with that key. */
  openJob(key: string, inputs: readonly string[]): Promise<Job>;
  /** Item sources (paths, URLs, "file.jsonl:LINE") this job has already stored; a resumed run skips them. */
  doneSources(jobId: number): Promise<Set<string>>;
  /** Takes an item of a running job for the run `owner` (see run-owner.ts): false when it is already stored or
   *  another run that is still alive holds it. */
  claimSource(jobId: number, source: string, owner: string): Promise<boolean>;
  /** Items held by other live runs that have no outcome yet: the job is not finished while there are any. */
  pendingElsewhere(jobId: number, owner: string): Promise<number>;
  /** Records an item's outcome. For an 'ok', prefer recordItems, which stores the article with its mark. */
  markSource(jobId: number, state: JobItemState): Promise<void>;
  /**
   * Records a group of items in one transaction: each analysis is stored and its source marked ok together (a kill
   * never separates them), each failure is marked. An item the store refuses (a bad document) is rolled back alone
   * and marked failed with its error; an error of the store itself (disk full, read-only) rejects the whole group,
   * of which nothing is then recorded. Outcomes come in the items' order.
   */
  recordItems(jobId: number, items: readonly JobItem[]): Promise<JobItemOutcome[]>;
  finishJob(jobId: number): Promise<void>;
}

export interface Store extends ArticleStore, LayerStore, SearchStore, JobStore, StoryStore {
  close(): Promise<void>;
}

/** What a storage engine implements: everything but the stories part, which the stories layer computes over it
 *  (src/stories/story-store.ts). */
export type StorageStore = Omit<Store, keyof StoryStore>;

/** How a store is opened. */
export interface OpenStoreOptions {
  /** Only reads will be made (search, show, export): works on a store this process cannot write. */
  readOnly?: boolean;
  /** Default time limit of search and searchQuotes (ms); 0 for none. */
  searchTimeLimitMs?: number;
  /** A long-lived process (the HTTP server): searches with a time limit share one resident worker instead of
   *  starting one each. */
  residentSearch?: boolean;
}
