// The stories layer's state (src/stories/state.ts) over the tables of migration 5, for one write transaction.
// Signatures, buckets, postings and members are read and written row by row as the algorithm asks for them; story
// centroids, term frequencies and the counters are cached for the transaction and written once at its end, so a
// story touched by many articles of one batch is serialised once. Nothing is kept between transactions: another
// process may have written meanwhile.
import type Database from 'better-sqlite3';
import type { CopyEntry, CopyState, StoryRecord, StoryState } from '../../stories/state.js';
import type { CopyLink, StoriesWriter } from '../types.js';

interface StoryRow {
  id: string;
  first_seen: string | null;
  last_seen: string | null;
  articles: number;
  copies: number;
  merged_into: string | null;
  centroid: string;
  outlet_list: string;
}

const toTime = (iso: string | null) => (iso === null ? undefined : Date.parse(iso));
const toIso = (t: number | undefined) => (t === undefined ? null : new Date(t).toISOString());

export function storiesStatements(db: Database.Database) {
  return {
    fingerprint: db.prepare<[string], { sig: Buffer; shingles: number; outlet: string | null; original: string }>(
      'SELECT sig, shingles, outlet, original FROM copy_fingerprints WHERE article_id = ?'),
    putFingerprint: db.prepare<[string, Buffer, number, string | null, string]>(
      'INSERT OR REPLACE INTO copy_fingerprints (article_id, sig, shingles, outlet, original) VALUES (?, ?, ?, ?, ?)'),
    exact: db.prepare<[number], { article_id: string }>('SELECT article_id FROM copy_exact WHERE key = ?'),
    putExact: db.prepare<[number, string]>('INSERT OR IGNORE INTO copy_exact (key, article_id) VALUES (?, ?)'),
    bucket: db.prepare<[string, number], { article_id: string }>(
      'SELECT article_id FROM copy_buckets WHERE band = ? ORDER BY n LIMIT ?'),
    putBucket: db.prepare<[string, number, string]>('INSERT INTO copy_buckets (band, n, article_id) VALUES (?, ?, ?)'),
    link: db.prepare(`INSERT OR REPLACE INTO copy_links (article_id, of_id, original_id, kind, score)
      VALUES (@articleId, @of, @original, @kind, @score)`),
    credit: db.prepare<[string, string]>('UPDATE story_members SET credited = ? WHERE article_id = ?'),
    counter: db.prepare<[string], { value: number }>('SELECT value FROM story_counters WHERE name = ?'),
    setCounter: db.prepare<[number, string]>('UPDATE story_counters SET value = ? WHERE name = ?'),
    term: db.prepare<[string], { df: number; posts: number }>('SELECT df, posts FROM story_terms WHERE term = ?'),
    putTerm: db.prepare<[string, number, number]>('INSERT OR REPLACE INTO story_terms (term, df, posts) VALUES (?, ?, ?)'),
    story: db.prepare<[string], StoryRow>('SELECT * FROM stories WHERE id = ?'),
    putStory: db.prepare(`INSERT OR REPLACE INTO stories
      (id, first_seen, last_seen, articles, outlets, copies, merged_into, centroid, outlet_list)
      VALUES (@id, @first, @last, @articles, @outlets, @copies, @mergedInto, @centroid, @outletList)`),
    postings: db.prepare<[string], { story_id: string }>('SELECT story_id FROM story_postings WHERE term = ?'),
    post: db.prepare<[string, string]>('INSERT OR IGNORE INTO story_postings (term, story_id) VALUES (?, ?)'),
    postedTerms: db.prepare<[string], { term: string }>('SELECT term FROM story_postings WHERE story_id = ?'),
    assign: db.prepare<[string, string, string, number, number]>(
      'INSERT INTO story_members (article_id, story_id, joined_id, n, similarity) VALUES (?, ?, ?, ?, ?)'),
    joined: db.prepare<[string], { joined_id: string }>('SELECT joined_id FROM story_members WHERE article_id = ?'),
    members: db.prepare<[string], { article_id: string }>('SELECT article_id FROM story_members WHERE story_id = ? ORDER BY n'),
    moveMembers: db.prepare<[string, string]>('UPDATE story_members SET story_id = ? WHERE story_id = ?'),
    recordMerge: db.prepare<[string, string, string, number]>(
      'INSERT INTO story_merges (story_id, merged_id, article_id, similarity) VALUES (?, ?, ?, ?)'),
  };
}

type Statements = ReturnType<typeof storiesStatements>;

/** The state of one write transaction; call flush() before it commits. */
export function storiesWriter(st: Statements): StoriesWriter & { flush(): void } {
  const copies: CopyState = {
    exact: (key) => st.exact.get(key)?.article_id,
    setExact: (key, id) => void st.putExact.run(key, id),
    bucket: (key, max) => st.bucket.all(key, max).map((r) => r.article_id),
    addToBucket: (key, id, size) => void st.putBucket.run(key, size, id),
    entry(id): CopyEntry | undefined {
      const r = st.fingerprint.get(id);
      if (!r) return undefined;
      // Copied out of the row's buffer: a Uint32Array needs 4-byte alignment.
      const sig = new Uint32Array(r.sig.byteLength / 4);
      Buffer.from(sig.buffer).set(r.sig);
      return { sig, size: r.shingles, outlet: r.outlet ?? undefined, group: r.original };
    },
    setEntry: (id, e) =>
      void st.putFingerprint.run(id, Buffer.from(e.sig.buffer, e.sig.byteOffset, e.sig.byteLength), e.size, e.outlet ?? null, e.group),
    // Groups are read from copy_links (StoriesRepo.members), not kept here.
    addToGroup: () => {},
    group: () => undefined,
  };

  const counters = new Map<string, number>();
  const counter = (name: string) => {
    if (!counters.has(name)) counters.set(name, st.counter.get(name)?.value ?? 0);
    return counters.get(name)!;
  };
  const terms = new Map<string, { df: number; posts: number; dirty: boolean }>();
  const term = (t: string) => {
    let e = terms.get(t);
    if (!e) {
      const r = st.term.get(t);
      e = { df: r?.df ?? 0, posts: r?.posts ?? 0, dirty: false };
      terms.set(t, e);
    }
    return e;
  };
  // Stories read or written in this transaction; merged ones map to null, with their target in mergedInto.
  const stories = new Map<string, StoryRecord | null>();
  const mergedInto = new Map<string, string>();
  const dirty = new Set<string>();
  const mergedRecords = new Map<string, StoryRecord>();
  const load = (id: string): StoryRecord | null => {
    if (stories.has(id)) return stories.get(id)!;
    const r = st.story.get(id);
    let s: StoryRecord | null = null;
    if (r && r.merged_into === null) {
      s = {
        id, counts: new Map(JSON.parse(r.centroid) as [string, number][]), outlets: new Set(JSON.parse(r.outlet_list) as string[]),
        copies: r.copies, size: r.articles, first: toTime(r.first_seen), last: toTime(r.last_seen),
      };
    } else if (r) mergedInto.set(id, r.merged_into!);
    stories.set(id, s);
    return s;
  };

  const state: StoryState = {
    docs: () => counter('docs'),
    setDocs: (n) => void counters.set('docs', n),
    df: (t) => term(t).df,
    addDf(t) {
      const e = term(t);
      e.df++;
      e.dirty = true;
    },
    story: (id) => load(id) ?? undefined,
    newStoryId() {
      const n = counter('next_story');
      counters.set('next_story', n + 1);
      return `s${n}`;
    },
    saveStory(s) {
      stories.set(s.id, s);
      dirty.add(s.id);
    },
    root(id) {
      let r = id;
      for (let guard = 0; guard < 1_000_000; guard++) {
        load(r);
        const next = mergedInto.get(r);
        if (next === undefined) return r;
        r = next;
      }
      throw new Error(`stories: merge chain of ${id} does not end`);
    },
    merge(from, into, articleId, similarity) {
      const s = load(from);
      if (s) dirty.add(from); // written once more, as merged
      stories.set(from, null);
      mergedInto.set(from, into);
      if (s) mergedRecords.set(from, s);
      st.moveMembers.run(into, from);
      st.recordMerge.run(into, from, articleId, similarity);
    },
    postings(t, max) {
      const e = term(t);
      if (e.posts > max) return undefined;
      return e.posts ? st.postings.all(t).map((r) => r.story_id) : [];
    },
    post(storyId, t, max) {
      const e = term(t);
      if (e.posts > max) return;
      if (st.post.run(t, storyId).changes) {
        e.posts++;
        e.dirty = true;
      }
    },
    postedTerms: (storyId) => st.postedTerms.all(storyId).map((r) => r.term),
    assign: (articleId, storyId, similarity) => void st.assign.run(articleId, storyId, storyId, counter('docs'), similarity),
    joined: (articleId) => st.joined.get(articleId)?.joined_id,
    members: (storyId) => st.members.all(storyId).map((r) => r.article_id),
  };

  function flush(): void {
    for (const [name, value] of counters) st.setCounter.run(value, name);
    for (const [t, e] of terms) if (e.dirty) st.putTerm.run(t, e.df, e.posts);
    for (const id of [...dirty].sort()) {
      const s = stories.get(id) ?? mergedRecords.get(id);
      if (!s) continue;
      st.putStory.run({
        id, first: toIso(s.first), last: toIso(s.last), articles: s.size, outlets: s.outlets.size, copies: s.copies,
        // A merged story's centroid lives on in the story it went into.
        mergedInto: mergedInto.get(id) ?? null, centroid: mergedInto.has(id) ? '[]' : JSON.stringify([...s.counts]),
        outletList: JSON.stringify([...s.outlets]),
      });
    }
  }

  return {
    copies,
    stories: state,
    link: (l: CopyLink) => void st.link.run(l),
    credit: (articleId, outlet) => void st.credit.run(outlet, articleId),
    flush,
  };
}
