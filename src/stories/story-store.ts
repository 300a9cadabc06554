// The stories part of the async contract (store/api.ts StoryStore) on the SQLite store, and the SQLite store with it: it wraps the stories layer's
// readers (src/stories: timeline.ts, dossier.ts), which take the synchronous store. A writable store brings its
// stories up to date before each read, as the `stories`, `story` and `entity` commands do (cheap when nothing is
// new: one count); a store that cannot be written is read as it is.
import type { OpenStoreOptions, StoriesUpdate, Store, StoryStore } from '../store/api.js';
import { asyncSqliteStore } from '../store/sqlite/async-store.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store as SyncStore } from '../store/types.js';
import { entityDossier, findEntities } from './dossier.js';
import { storyTimeline } from './timeline.js';
import { PreparedFeatures } from './features.js';
import { updateStories } from './update.js';

const READ_ONLY = /readonly|read-only/i;

export function sqliteStoryStore(sync: SyncStore, opts: { readOnly?: boolean; prepared?: PreparedFeatures } = {}): StoryStore {
  let writable = !opts.readOnly;
  /** Assigns what is new; a store that turns out read-only is read as it is from then on. */
  function update(): StoriesUpdate {
    const none = { assigned: 0, copies: 0, merges: 0, ms: 0 };
    if (!writable) return none;
    try {
      const { prepared: _prepared, ...r } = updateStories(sync, { prepared: opts.prepared });
      return r;
    } catch (e) {
      if (!READ_ONLY.test((e as Error).message)) throw e;
      writable = false;
      return none;
    }
  }
  // dossier.ts memoises entity candidates per store object (right for one command); a long-lived store that takes
  // new articles gives each call its own view, so no answer comes from before an ingest.
  const view = (): SyncStore => Object.create(sync) as SyncStore;
  const fresh = <T>(read: () => T): Promise<T> => {
    update();
    return Promise.resolve(read());
  };
  return {
    updateStories: async () => update(),
    listStories: (o = {}) =>
      fresh(() => {
        const offset = Math.max(0, Math.floor(o.offset ?? 0));
        const limit = Math.max(1, Math.floor(o.limit ?? 20));
        return sync.stories.list({ ...o, limit: offset + limit }).slice(offset);
      }),
    storyTimeline: (id) => fresh(() => storyTimeline(sync, id)),
    storyOfArticle: (articleId) =>
      fresh(() => {
        const id = sync.stories.storyOf(articleId);
        const s = id ? sync.stories.story(id) : null;
        return s ? { id: s.id, title: s.title } : null;
      }),
    findEntities: (name) => fresh(() => findEntities(view(), name)),
    entityDossier: (name) => fresh(() => entityDossier(view(), name)),
  };
}

/** Opens (creating and migrating as needed) the SQLite store at `path` behind the whole async contract: the storage
 *  engine's part (src/store/sqlite) with the stories part over it. ':memory:' gives a private in-memory store. */
export async function openStore(path: string, opts: OpenStoreOptions = {}): Promise<Store> {
  return withStories(openSqliteStore(path, { readOnly: opts.readOnly }), path, opts);
}

/** The whole async contract over an open synchronous SQLite store (opened by openSqliteStore on `path`). Each
 *  article an ingest stores has its stories features prepared at once (features.ts), for the update that follows. */
export function withStories(sync: SyncStore, path: string, opts: OpenStoreOptions = {}): Store {
  const storage = asyncSqliteStore(sync, path, opts);
  const prepared = new PreparedFeatures();
  return {
    ...storage,
    ...sqliteStoryStore(sync, { readOnly: opts.readOnly, prepared }),
    async recordItems(jobId, items) {
      const outcomes = await storage.recordItems(jobId, items);
      outcomes.forEach((o, i) => {
        const item = items[i]!;
        if (!('put' in o) || o.put.status === 'same' || !('analysis' in item)) return;
        try {
          prepared.prepare(item.analysis);
        } catch {
          // Only a head start: the update computes what is missing, and the item is stored all the same.
        }
      });
      return outcomes;
    },
  };
}
