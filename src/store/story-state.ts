// The state the stories layer's CopyIndex and StoryIndex keep, as a contract the stores implement: the stories
// layer (src/stories) holds it in memory for the evals and tests; a store keeps it in its tables
// (sqlite/stories-state.ts), so the same algorithm runs incrementally over a store.

/** A stored fingerprint of an article for near-duplicate matching. */
export interface CopyEntry {
  sig: Uint32Array;
  /** Number of distinct shingles of its clean text. */
  size: number;
  outlet?: string;
  /** The original of its copy group. */
  group: string;
}

export interface CopyState {
  /** The first article whose clean text hashes to `key`. */
  exact(key: number): string | undefined;
  /** Records `id` under `key` (called only when no article holds it yet). */
  setExact(key: number, id: string): void;
  /** The articles in each of these LSH buckets, in arrival order (at most `max` each). */
  buckets(keys: readonly string[], max: number): (readonly string[])[];
  /** Appends `id` to each of these buckets, which hold `size` articles each (only buckets below their max). */
  addToBuckets(id: string, adds: readonly { key: string; size: number }[]): void;
  entry(id: string): CopyEntry | undefined;
  setEntry(id: string, e: CopyEntry): void;
  /** Bookkeeping of a copy group (members, outlets, credited outlets); the store derives it from its rows instead. */
  addToGroup(group: string, id: string, outlet: string | undefined, credited: string | undefined): void;
  group(original: string): { members: number; outlets: number; credited: string[] } | undefined;
}

/** A story's centroid and counters (its members and postings live in the state). */
export interface StoryRecord {
  id: string;
  counts: Map<string, number>;
  outlets: Set<string>;
  /** Members that are copies of an earlier article. */
  copies: number;
  /** Number of member articles. */
  size: number;
  first?: number;
  last?: number;
}

export interface StoryState {
  /** Articles added so far (the N of IDF). */
  docs(): number;
  setDocs(n: number): void;
  /** Document frequency of a term. */
  df(term: string): number;
  addDf(term: string): void;
  /** A story that has not been merged into another; undefined for unknown or merged ids. */
  story(id: string): StoryRecord | undefined;
  /** A fresh story id. */
  newStoryId(): string;
  /** Records a new story, or changes to one returned by story() (counts, outlets, dates…). */
  saveStory(s: StoryRecord): void;
  /** The story `id` was merged into, following merges (id itself when it was never merged). */
  root(id: string): string;
  /** Story `from` is merged into `into` by the bridge article `articleId`: `from` is gone, its members move. */
  merge(from: string, into: string, articleId: string, similarity: number): void;
  /** Stories posted under a term, or undefined when the list is longer than `max` (too common to block on). */
  postings(term: string, max: number): readonly string[] | undefined;
  /** Posts a story under a term once; a list already longer than `max` is not grown. */
  post(storyId: string, term: string, max: number): void;
  /** Terms a story has been posted under. */
  postedTerms(storyId: string): Iterable<string>;
  /** An article joins a story on arrival. */
  assign(articleId: string, storyId: string, similarity: number): void;
  /** The story an article joined on arrival (not following merges). */
  joined(articleId: string): string | undefined;
  /** The articles of a (root) story, in arrival order. */
  members(storyId: string): string[];
}
