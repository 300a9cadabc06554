// Storage contract. SQLite (./sqlite) is the embedded default; a PostgreSQL store for many ingest workers will
// implement the same interface, so nothing above this folder may touch SQL.
import type { Analysis, Entity, Quote } from '../doc/schema.js';
import type { CopyState, StoryState } from './story-state.js';

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

/** The search ran past its time limit; like a syntax error, a one-line error for the user. */
export class SearchTimeout extends SearchSyntaxError {}

/** An article as the stories layer reads it (its latest version's fields). */
export interface StoryArticle {
  id: string;
  title: string;
  text: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** The stored article whose identity this one claimed (StoredArticle.copyOf). */
  copyOf: string | null;
}

export interface CopyLink {
  articleId: string;
  /** The article it matched, and the original of that chain of copies. */
  of: string;
  original: string;
  kind: 'exact' | 'near' | 'claimed';
  /** Containment of the smaller text in the larger (1 for exact, 0 for claimed). */
  score: number;
}

/** Writing the stories layer's results and indexes, inside one transaction (see StoriesRepo.update). */
export interface StoriesWriter {
  copies: CopyState;
  stories: StoryState;
  /** Records a copy link of an article added in this transaction. */
  link(l: CopyLink): void;
  /** The outlet an article's text credits as its original. */
  credit(articleId: string, outlet: string): void;
}

export interface StorySummary {
  id: string;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: number;
  outlets: number;
  copies: number;
  /** Title of its first article (arrival order). */
  title: string;
}

export interface StoryListOptions {
  /** Stories seen on or after this ISO date (their last article). */
  since?: string;
  /** Only stories with an article that mentions one of these canonical entities. */
  entityIds?: readonly number[];
  limit?: number;
}

/** One article of a story, with its copy link and credited outlet. */
export interface StoryMember {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** Story it joined on arrival (differs from the story after a merge). */
  joined: string;
  similarity: number;
  credited: string | null;
  copy: CopyLink | null;
}

export interface StoryMerge {
  story: string;
  merged: string;
  articleId: string;
  similarity: number;
}

/** A canonical entity with the forms and roles the articles give it (for linking across name variants). */
export interface EntityCandidate {
  id: number;
  name: string;
  nameKey: string;
  type: EntityType;
  country: string | null;
  /** Roles articles give it ("president"), most frequent first. */
  roles: string[];
  /** The names articles give it ("Zelenskyy", "Volodymyr Zelenskyy"), most frequent first. */
  forms: string[];
  articles: number;
  mentions: number;
}

/** A mention of one of an entity's canonical ids in one article. */
export interface EntityArticleRow {
  articleId: string;
  localId: string;
  entityId: number;
  published: string | null;
  title: string;
  mentions: number;
}

export interface EntityQuoteRow {
  articleId: string;
  title: string;
  published: string | null;
  start: number;
  end: number;
  text: string;
  kind: Quote['kind'];
  cue: string | null;
}

export interface CoEntity {
  id: number;
  name: string;
  type: EntityType;
  country: string | null;
  /** Articles shared with the entity. */
  articles: number;
}

/** The stories layer's tables: copy links, story clusters and the indexes that build them incrementally. */
export interface StoriesRepo {
  /** Articles not yet given a story (stored after the last settle()). */
  pending(): number;
  /** Ids of the articles not yet given a story, in date order (undated last, then first-seen order), and the
   *  position in first-seen order up to which the list is complete (for settle). */
  unassigned(): { ids: string[]; upTo: number };
  /** Every article up to `upTo` (from unassigned) has its story: later lookups skip them. */
  settle(upTo: number): void;
  /** The stories layer's fields of these articles (latest versions), in the order given; unknown ids skipped. */
  articles(ids: readonly string[]): StoryArticle[];
  /** Runs fn in one write transaction with the layer's state; changes to the state are written when fn returns. */
  update<T>(fn: (w: StoriesWriter) => T): T;

  list(opts?: StoryListOptions): StorySummary[];
  /** A story by id (following merges: a merged id gives the story it went into). */
  story(id: string): StorySummary | null;
  /** Its articles in arrival order. */
  members(storyId: string): StoryMember[];
  /** Merges into this story (bridge articles). */
  merges(storyId: string): StoryMerge[];
  /** The story of an article. */
  storyOf(articleId: string): string | null;

  /** Canonical entities: persons whose last name word starts with `surnamePrefix`, and any entity whose
   *  normalised name (entity-key.ts nameKey) is one of `keys`, and the entities `ids`. */
  entityCandidates(q: { surnamePrefix?: string; keys?: readonly string[]; ids?: readonly number[] }): EntityCandidate[];
  /** Persons an article gives this role (case folded, whole role: "president") in this country (ISO-3). */
  entitiesByRole(role: string, country: string): number[];
  entityArticles(ids: readonly number[]): EntityArticleRow[];
  entityQuotes(ids: readonly number[]): EntityQuoteRow[];
  coEntities(ids: readonly number[], limit: number): CoEntity[];
}

export interface Store {
  /** Stores the analysis; idempotent on (id, content hash). Without a provenance the input is taken as a local file
   *  named by analysis.source. */
  put(analysis: Analysis, provenance?: Provenance): PutResult;
  /** Latest version by id, or by a unique id prefix (≥ 6 chars); throws when a prefix is ambiguous. */
  get(id: string): StoredArticle | null;
  /** All latest versions, in first-seen order. */
  iterate(): Iterable<StoredArticle>;
  count(): number;

  /** Canonical entities, most mentioned (or most widespread) first. */
  topEntities(opts?: TopEntitiesOptions): EntityStats[];
  /** The entities of an article's latest version (exact id), most mentioned first; [] when it has none. */
  articleEntities(articleId: string): ArticleEntity[];

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

  /** Copies and story clusters (src/stories/update.ts keeps them up to date). */
  stories: StoriesRepo;

  close(): void;
}
