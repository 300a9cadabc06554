// Where CopyIndex and StoryIndex keep their state. The in-memory implementations here serve the evals and tests;
// the store implements the same interfaces over its tables (src/store/sqlite/stories-state.ts), so the same
// algorithm runs incrementally over a store without holding every signature or centroid in memory, and gives the
// same links and stories as the in-memory run over the same articles in the same order.

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

export class MemoryCopyState implements CopyState {
  private readonly exacts = new Map<number, string>();
  private readonly lists = new Map<string, string[]>();
  private readonly entries = new Map<string, CopyEntry>();
  private readonly groups = new Map<string, { members: number; outlets: Set<string>; credited: Set<string> }>();

  exact = (key: number) => this.exacts.get(key);
  setExact = (key: number, id: string) => void this.exacts.set(key, id);
  buckets = (keys: readonly string[]) => keys.map((k) => [...(this.lists.get(k) ?? [])]);
  addToBuckets(id: string, adds: readonly { key: string }[]): void {
    for (const { key } of adds) {
      const b = this.lists.get(key);
      if (b) b.push(id);
      else this.lists.set(key, [id]);
    }
  }
  entry = (id: string) => this.entries.get(id);
  setEntry = (id: string, e: CopyEntry) => void this.entries.set(id, e);
  addToGroup(group: string, _id: string, outlet: string | undefined, credited: string | undefined): void {
    const g = this.groups.get(group) ?? { members: 0, outlets: new Set<string>(), credited: new Set<string>() };
    g.members++;
    if (outlet) g.outlets.add(outlet.toLowerCase());
    if (credited) g.credited.add(credited);
    this.groups.set(group, g);
  }
  group(original: string) {
    const g = this.groups.get(original);
    return g && { members: g.members, outlets: g.outlets.size, credited: [...g.credited] };
  }
}

export class MemoryStoryState implements StoryState {
  private n = 0;
  private nextId = 1;
  private readonly dfs = new Map<string, number>();
  private readonly stories = new Map<string, StoryRecord>();
  private readonly memberLists = new Map<string, string[]>();
  private readonly parent = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();
  private readonly posted = new Map<string, Set<string>>();
  private readonly joinedStory = new Map<string, string>();

  docs = () => this.n;
  setDocs = (n: number) => void (this.n = n);
  df = (t: string) => this.dfs.get(t) ?? 0;
  addDf = (t: string) => void this.dfs.set(t, (this.dfs.get(t) ?? 0) + 1);
  story = (id: string) => this.stories.get(id);
  newStoryId = () => `s${this.nextId++}`;
  saveStory(s: StoryRecord): void {
    if (!this.stories.has(s.id)) {
      this.stories.set(s.id, s);
      this.parent.set(s.id, s.id);
      this.memberLists.set(s.id, []);
    }
  }
  root(id: string): string {
    let r = id;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    // Path compression: every story on the way points at the root.
    for (let x = id; x !== r; ) {
      const next = this.parent.get(x)!;
      this.parent.set(x, r);
      x = next;
    }
    return r;
  }
  merge(from: string, into: string): void {
    this.parent.set(from, into);
    this.stories.delete(from);
    this.memberLists.get(into)!.push(...(this.memberLists.get(from) ?? []));
    this.memberLists.delete(from);
  }
  postings(t: string, max: number): readonly string[] | undefined {
    const l = this.lists.get(t);
    return l && l.length > max ? undefined : l ?? [];
  }
  post(storyId: string, t: string, max: number): void {
    const p = this.posted.get(storyId) ?? new Set<string>();
    this.posted.set(storyId, p);
    if (p.has(t)) return;
    p.add(t);
    const list = this.lists.get(t) ?? [];
    // Past `max` a list is never read again; stop growing it.
    if (list.length <= max) list.push(storyId);
    this.lists.set(t, list);
  }
  postedTerms = (storyId: string) => this.posted.get(storyId) ?? [];
  assign(articleId: string, storyId: string): void {
    this.joinedStory.set(articleId, storyId);
    this.memberLists.get(storyId)!.push(articleId);
  }
  joined = (articleId: string) => this.joinedStory.get(articleId);
  members = (storyId: string) => [...(this.memberLists.get(storyId) ?? [])];
}
