// The stories layer's state (src/stories/state.ts) over the tables of migration 5, for one write transaction.
// Buckets, postings and members are read row by row as the algorithm asks for them; the LSH bucket rows and postings
// the transaction adds are kept in memory (reads see them) and written once at its end, in key order, a hundred rows
// per statement (written one article at a time they land at random keys all over their B-trees); story centroids,
// term frequencies and the counters are also written once at the end, so a story touched by many articles of one
// batch is serialised once. Centroids, term frequencies and signatures read are kept in a bounded
// cache (StoriesCache) from one transaction to the next while no other writer has added articles meanwhile (the
// 'docs' counter tells); a story's centroid is parsed only when the algorithm reads it (most candidates fall
// outside the time window and are never compared).
import type Database from 'better-sqlite3';
import { fnv1a } from '../../doc/hash.js';
import type { CopyEntry, CopyState, StoryRecord, StoryState } from '../story-state.js';
import type { CopyLink, StoriesWriter } from '../types.js';
import { ROWS_PER_INSERT, STORIES_CACHE } from './stories-settings.js';

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

/** An LSH band key as a 52-bit integer (two FNV-1a hashes): a smaller row than the key's text. Two keys sharing a
 *  number (odds ~1e-8 at a million keys) only make an extra candidate, which the signature comparison rejects. */
export const bandNumber = (key: string): number => fnv1a(key) * 0x100000 + (fnv1a(key + '\u0000') >>> 12);

const toTime = (iso: string | null) => (iso === null ? undefined : Date.parse(iso));
const toIso = (t: number | undefined) => (t === undefined ? null : new Date(t).toISOString());

export function storiesStatements(db: Database.Database) {
  return {
    fingerprint: db.prepare<[string], { sig: Buffer; shingles: number; outlet: string | null; original: string }>(
      'SELECT sig, shingles, outlet, original FROM copy_fingerprints WHERE article_id = ?'),
    putFingerprint: db.prepare<[string, Buffer, number, string | null, string], { n: number }>(`
      INSERT INTO copy_fingerprints (article_id, sig, shingles, outlet, original) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (article_id) DO UPDATE SET sig = excluded.sig, shingles = excluded.shingles, outlet = excluded.outlet,
        original = excluded.original
      RETURNING n`),
    fingerprintN: db.prepare<[string], { n: number }>('SELECT n FROM copy_fingerprints WHERE article_id = ?'),
    exact: db.prepare<[number], { article_id: string }>('SELECT article_id FROM copy_exact WHERE key = ?'),
    putExact: db.prepare<[number, string]>('INSERT OR IGNORE INTO copy_exact (key, article_id) VALUES (?, ?)'),
    // All of an article's buckets in one statement (128 index probes inside SQLite rather than 128 calls), the bands
    // bound as parameters (see bucketsOf).
    buckets: (bands: number) =>
      db.prepare<number[], { band: number; article_id: string }>(`
        SELECT b.band, f.article_id FROM copy_buckets b JOIN copy_fingerprints f ON f.n = b.n
        WHERE b.band IN (${Array(bands).fill('?').join(', ')}) AND b.pos < ? ORDER BY b.band, b.pos`),
    bucketLookups: new Map<number, Database.Statement<number[], { band: number; article_id: string }>>(),
    putBucket: db.prepare<number[]>('INSERT INTO copy_buckets (band, pos, n) VALUES (?, ?, ?)'),
    // Rows by the hundred: one call binds them all (a call per row costs more than the row).
    putBuckets: db.prepare<number[]>(`INSERT INTO copy_buckets (band, pos, n) VALUES ${Array(ROWS_PER_INSERT).fill('(?, ?, ?)').join(', ')}`),
    link: db.prepare(`INSERT OR REPLACE INTO copy_links (article_id, of_id, original_id, kind, score)
      VALUES (@articleId, @of, @original, @kind, @score)`),
    credit: db.prepare<[string, string]>('UPDATE story_members SET credited = ? WHERE article_id = ?'),
    counter: db.prepare<[string], { value: number }>('SELECT value FROM story_counters WHERE name = ?'),
    setCounter: db.prepare<[number, string]>('UPDATE story_counters SET value = ? WHERE name = ?'),
    term: db.prepare<[string], { df: number; posts: number }>('SELECT df, posts FROM story_terms WHERE term = ?'),
    putTerm: db.prepare<[string, number, number]>('INSERT OR REPLACE INTO story_terms (term, df, posts) VALUES (?, ?, ?)'),
    story: db.prepare<[string], StoryRow>('SELECT * FROM stories WHERE id = ?'),
    mergedOf: db.prepare<[string], { merged_into: string | null }>('SELECT merged_into FROM stories WHERE id = ?'),
    putStory: db.prepare(`INSERT OR REPLACE INTO stories
      (id, first_seen, last_seen, articles, outlets, copies, merged_into, centroid, outlet_list)
      VALUES (@id, @first, @last, @articles, @outlets, @copies, @mergedInto, @centroid, @outletList)`),
    postings: db.prepare<[string], { story_id: string }>('SELECT story_id FROM story_postings WHERE term = ?'),
    post: db.prepare<string[]>('INSERT INTO story_postings (term, story_id) VALUES (?, ?)'),
    posts: db.prepare<string[]>(`INSERT INTO story_postings (term, story_id) VALUES ${Array(ROWS_PER_INSERT).fill('(?, ?)').join(', ')}`),
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

/** What one connection remembers of the state between its transactions (see the file comment). */
export interface StoriesCache {
  /** The 'docs' counter the cache is valid for; undefined: empty. */
  docs: number | undefined;
  entries: Map<string, CopyEntry>;
  terms: Map<string, { df: number; posts: number }>;
  /** Stories by id (not merged ones: their target is in mergedInto). */
  stories: Map<string, StoryRecord>;
  /** Story id → the story it was merged into, or null when it is known not to be merged. */
  mergedInto: Map<string, string | null>;
}

export const emptyCache = (): StoriesCache => ({ docs: undefined, entries: new Map(), terms: new Map(), stories: new Map(), mergedInto: new Map() });

function clear(c: StoriesCache): void {
  c.docs = undefined;
  c.entries.clear();
  c.terms.clear();
  c.stories.clear();
  c.mergedInto.clear();
}

/** Drops the oldest entries of a map past `max` (insertion order; a hit is re-inserted, so this is LRU). */
function bound<K, V>(m: Map<K, V>, max: number): void {
  if (m.size <= max) return;
  let excess = m.size - max;
  for (const k of m.keys()) {
    if (excess-- <= 0) break;
    m.delete(k);
  }
}

function hit<K, V>(m: Map<K, V>, k: K): V | undefined {
  const v = m.get(k);
  if (v !== undefined) {
    m.delete(k);
    m.set(k, v);
  }
  return v;
}

/** A story row as a record whose centroid is parsed on first use. */
function storyRecord(r: StoryRow): StoryRecord {
  let counts: Map<string, number> | undefined;
  const raw = r.centroid;
  return {
    id: r.id,
    get counts() {
      return (counts ??= new Map(JSON.parse(raw) as [string, number][]));
    },
    set counts(v: Map<string, number>) {
      counts = v;
    },
    outlets: new Set(JSON.parse(r.outlet_list) as string[]),
    copies: r.copies, size: r.articles, first: toTime(r.first_seen), last: toTime(r.last_seen),
  };
}

/** The state of one write transaction; call flush() before it commits, and drop the cache if it does not. */
export function storiesWriter(st: Statements, cache: StoriesCache = emptyCache()): StoriesWriter & { flush(): void } {
  if (cache.docs !== (st.counter.get('docs')?.value ?? 0)) clear(cache); // another writer added articles
  const fingerprintNs = new Map<string, number>();
  /** The bucket lookup for a number of bands (every article has as many: one statement, prepared once). */
  const bucketsOf = (bands: number) => {
    let q = st.bucketLookups.get(bands);
    if (!q) st.bucketLookups.set(bands, (q = st.buckets(bands)));
    return q;
  };
  // Bucket rows of this transaction are kept here and written once, in key order, by flush(): written one article
  // at a time they land at random keys all over the B-tree. Reads see them through `added`.
  const added = new Map<number, { ids: string[]; rows: number[] }>();
  /** Band numbers of the article at hand (its keys are looked up, then added). */
  let bandsOf = new Map<string, number>();
  const copies: CopyState = {
    exact: (key) => st.exact.get(key)?.article_id,
    setExact: (key, id) => void st.putExact.run(key, id),
    buckets(keys, max) {
      const bands = keys.map(bandNumber);
      bandsOf = new Map(keys.map((k, i) => [k, bands[i]!]));
      const found = new Map<number, string[]>();
      for (const r of bucketsOf(bands.length).all(...bands, max)) {
        const list = found.get(r.band);
        if (list) list.push(r.article_id);
        else found.set(r.band, [r.article_id]);
      }
      return bands.map((b) => {
        const stored = found.get(b) ?? [];
        const more = added.get(b)?.ids;
        return more ? [...stored, ...more].slice(0, max) : stored;
      });
    },
    addToBuckets(id, adds) {
      const n = fingerprintNs.get(id) ?? st.fingerprintN.get(id)?.n;
      if (n === undefined) return;
      for (const a of adds) {
        const band = bandsOf.get(a.key) ?? bandNumber(a.key);
        const bucket = added.get(band);
        if (bucket) {
          bucket.ids.push(id);
          bucket.rows.push(a.size, n);
        } else added.set(band, { ids: [id], rows: [a.size, n] });
      }
    },
    entry(id): CopyEntry | undefined {
      const cached = hit(cache.entries, id);
      if (cached) return cached;
      const r = st.fingerprint.get(id);
      if (!r) return undefined;
      // Copied out of the row's buffer: a Uint32Array needs 4-byte alignment.
      const sig = new Uint32Array(r.sig.byteLength / 4);
      Buffer.from(sig.buffer).set(r.sig);
      const e = { sig, size: r.shingles, outlet: r.outlet ?? undefined, group: r.original };
      cache.entries.set(id, e);
      return e;
    },
    setEntry(id, e) {
      cache.entries.set(id, e);
      const r = st.putFingerprint.get(id, Buffer.from(e.sig.buffer, e.sig.byteOffset, e.sig.byteLength), e.size, e.outlet ?? null, e.group);
      if (r) fingerprintNs.set(id, r.n);
    },
    // Groups are read from copy_links (StoriesRepo.members), not kept here.
    addToGroup: () => {},
    group: () => undefined,
  };

  const counters = new Map<string, number>();
  const counter = (name: string) => {
    if (!counters.has(name)) counters.set(name, st.counter.get(name)?.value ?? 0);
    return counters.get(name)!;
  };
  const terms = cache.terms;
  const dirtyTerms = new Set<string>();
  // A plain lookup (no LRU move): the cosine asks for thousands of terms per article.
  const term = (t: string) => {
    let e = terms.get(t);
    if (!e) {
      const r = st.term.get(t);
      e = { df: r?.df ?? 0, posts: r?.posts ?? 0 };
      terms.set(t, e);
    }
    return e;
  };
  // Postings read or written in this transaction: a term's list (stories in the order the store or this
  // transaction gave them; candidates are ranked by votes, whatever the order), and each story's posted terms, so a
  // story posted again under a term costs no statement.
  const lists = new Map<string, string[]>();
  /** Postings made in this transaction, by term: written once, in key order, by flush(). */
  const fresh = new Map<string, string[]>();
  const posted = new Map<string, Set<string>>();
  const postedOf = (storyId: string): Set<string> => {
    let terms = posted.get(storyId);
    if (!terms) posted.set(storyId, (terms = new Set(st.postedTerms.all(storyId).map((r) => r.term))));
    return terms;
  };
  const { stories, mergedInto } = cache;
  const dirty = new Set<string>();
  const mergedRecords = new Map<string, StoryRecord>();
  const load = (id: string): StoryRecord | null => {
    const cached = hit(stories, id);
    if (cached) return cached;
    if (mergedInto.get(id)) return null;
    const r = st.story.get(id);
    if (r && r.merged_into === null) {
      mergedInto.set(id, null);
      const rec = storyRecord(r);
      stories.set(id, rec);
      return rec;
    }
    if (r) mergedInto.set(id, r.merged_into!);
    return null;
  };

  const state: StoryState = {
    docs: () => counter('docs'),
    setDocs: (n) => void counters.set('docs', n),
    df: (t) => term(t).df,
    addDf(t) {
      term(t).df++;
      dirtyTerms.add(t);
    },
    story: (id) => load(id) ?? undefined,
    newStoryId() {
      const n = counter('next_story');
      counters.set('next_story', n + 1);
      posted.set(`s${n}`, new Set()); // a new story has no postings yet
      return `s${n}`;
    },
    saveStory(s) {
      stories.set(s.id, s);
      dirty.add(s.id);
    },
    // Only the merge column is read here (called for every posting of every query term, so it must not parse
    // centroids).
    root(id) {
      let r = id;
      for (let guard = 0; guard < 1_000_000; guard++) {
        let next = mergedInto.get(r);
        if (next === undefined) {
          next = st.mergedOf.get(r)?.merged_into ?? null;
          mergedInto.set(r, next);
        }
        if (next === null) return r;
        r = next;
      }
      throw new Error(`stories: merge chain of ${id} does not end`);
    },
    merge(from, into, articleId, similarity) {
      const s = load(from);
      if (s) dirty.add(from); // written once more, as merged
      stories.delete(from);
      mergedInto.set(from, into);
      if (s) mergedRecords.set(from, s);
      st.moveMembers.run(into, from);
      st.recordMerge.run(into, from, articleId, similarity);
    },
    postings(t, max) {
      const e = term(t);
      if (e.posts > max) return undefined;
      if (!e.posts) return [];
      let list = lists.get(t);
      if (!list) lists.set(t, (list = [...st.postings.all(t).map((r) => r.story_id), ...(fresh.get(t) ?? [])]));
      return list;
    },
    post(storyId, t, max) {
      const e = term(t);
      if (e.posts > max) return;
      const terms = postedOf(storyId);
      if (terms.has(t)) return;
      terms.add(t);
      const mine = fresh.get(t);
      if (mine) mine.push(storyId);
      else fresh.set(t, [storyId]);
      lists.get(t)?.push(storyId);
      e.posts++;
      dirtyTerms.add(t);
    },
    postedTerms: (storyId) => [...postedOf(storyId)],
    assign: (articleId, storyId, similarity) => void st.assign.run(articleId, storyId, storyId, counter('docs'), similarity),
    joined: (articleId) => st.joined.get(articleId)?.joined_id,
    members: (storyId) => st.members.all(storyId).map((r) => r.article_id),
  };

  /** The bucket rows of this transaction, in key order (band, then position). */
  function writeBuckets(): void {
    const bands = Float64Array.from(added.keys()).sort();
    const values: number[] = [];
    for (const band of bands) {
      const { rows } = added.get(band)!;
      for (let i = 0; i < rows.length; i += 2) {
        values.push(band, rows[i]!, rows[i + 1]!);
        if (values.length === 3 * ROWS_PER_INSERT) st.putBuckets.run(...values.splice(0));
      }
    }
    for (let i = 0; i < values.length; i += 3) st.putBucket.run(...values.slice(i, i + 3));
    added.clear();
  }

  /** The postings of this transaction, in key order (term, then story). */
  function writePostings(): void {
    const values: string[] = [];
    for (const t of [...fresh.keys()].sort()) {
      for (const id of fresh.get(t)!.sort()) {
        values.push(t, id);
        if (values.length === 2 * ROWS_PER_INSERT) st.posts.run(...values.splice(0));
      }
    }
    for (let i = 0; i < values.length; i += 2) st.post.run(...values.slice(i, i + 2));
    fresh.clear();
  }

  function flush(): void {
    writeBuckets();
    writePostings();
    for (const [name, value] of counters) st.setCounter.run(value, name);
    for (const t of dirtyTerms) {
      const e = terms.get(t)!;
      st.putTerm.run(t, e.df, e.posts);
    }
    for (const id of [...dirty].sort()) {
      const s = stories.get(id) ?? mergedRecords.get(id);
      if (!s) continue;
      st.putStory.run({
        id, first: toIso(s.first), last: toIso(s.last), articles: s.size, outlets: s.outlets.size, copies: s.copies,
        // A merged story's centroid lives on in the story it went into.
        mergedInto: mergedInto.get(id) ?? null, centroid: mergedInto.get(id) ? '[]' : JSON.stringify([...s.counts]),
        outletList: JSON.stringify([...s.outlets]),
      });
    }
    cache.docs = counter('docs');
    bound(cache.entries, STORIES_CACHE.signatures);
    bound(cache.terms, STORIES_CACHE.terms);
    bound(cache.stories, STORIES_CACHE.stories);
    bound(cache.mergedInto, STORIES_CACHE.merged);
  }

  return {
    copies,
    stories: state,
    link: (l: CopyLink) => void st.link.run(l),
    credit: (articleId, outlet) => void st.credit.run(outlet, articleId),
    flush,
  };
}
