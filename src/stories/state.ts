// Where CopyIndex and StoryIndex keep their state: the contract is the store's (src/store/story-state.ts); the
// in-memory implementations here serve the evals and tests, and the store implements the same interfaces over its
// tables (src/store/sqlite/stories-state.ts), so the same algorithm runs incrementally over a store without holding
// every signature or centroid in memory, and gives the same links and stories as the in-memory run over the same
// articles in the same order.
import type { CopyEntry, CopyState, StoryRecord, StoryState } from '../store/story-state.js';

export type { CopyEntry, CopyState, StoryRecord, StoryState } from '../store/story-state.js';

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
