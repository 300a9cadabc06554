// The SQLite store behind the asynchronous contract (../api.ts). better-sqlite3 stays synchronous underneath: each
// call runs at once on the one connection and its promise settles with the result. Searches of a store on disk run
// in the search worker with a time limit (a running SQLite query cannot be interrupted from JavaScript; see
// deadline.ts); an in-memory store has no file a worker could open, so it searches in the caller's thread.
import type {
  FacetOptions, JobItem, JobItemOutcome, OpenStoreOptions, QuoteMatch, QuoteQuery, SearchFacets, SearchQueryOptions,
  StorageStore,
} from '../api.js';
import { checkQuery, type Query } from '../query.js';
import type { SearchHit, Store as SyncStore } from '../types.js';
import { DEFAULT_TIME_LIMIT_S, runWithin } from './deadline.js';
import { sqliteHandle } from './handle.js';
import { openSqliteStore } from './index.js';
import { querySearcher, type QueryJob } from './query-search.js';
import { residentSearch } from './resident-search.js';
import { eventQueries } from './event-queries.js';
import { entityLister } from './entity-list.js';

/** Errors of the store itself, after which no write of the group can succeed: recordItems rejects the group. */
const STORE_FAILURE = /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|NOTADB|CANTOPEN|BUSY|LOCKED|NOMEM|PERM)/;

const isStoreFailure = (e: unknown): boolean => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORE_FAILURE.test(code);
};
const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/** Opens (creating and migrating as needed) the SQLite store at `path` behind the storage part of the async contract
 *  (the stories part goes over it: src/stories/story-store.ts); ':memory:' gives a private in-memory store. */
export async function openStore(path: string, opts: OpenStoreOptions = {}): Promise<StorageStore> {
  return asyncSqliteStore(openSqliteStore(path, { readOnly: opts.readOnly }), path, opts);
}

/** The storage part of the async contract over an open synchronous SQLite store (opened by openSqliteStore on `path`). */
export function asyncSqliteStore(sync: SyncStore, path: string, opts: OpenStoreOptions = {}): StorageStore {
  const defaultLimitMs = opts.searchTimeLimitMs ?? DEFAULT_TIME_LIMIT_S * 1000;
  const inMemory = path === ':memory:' || path === '';
  let local: ReturnType<typeof querySearcher> | undefined;
  let events: ReturnType<typeof eventQueries> | undefined;
  let entities: ReturnType<typeof entityLister> | undefined;
  const here = () => (local ??= querySearcher(sqliteHandle(sync)));
  const resident = opts.residentSearch && !inMemory ? residentSearch(path) : null;
  /** Runs a search job in a worker within `ms`: the resident one, else one started for it. */
  const within = <T>(job: QueryJob, ms: number, label: string): Promise<T[]> =>
    resident ? resident.run<T>(job, ms, label) : runWithin<T>(job, ms, label);
  /** The time limit of one search, or 0 when it runs in this thread. */
  const limitOf = (ms: number | undefined) => (inMemory ? 0 : Math.max(0, ms ?? defaultLimitMs));

  return {
    put: async (analysis, provenance) => sync.put(analysis, provenance),
    get: async (id) => sync.get(id),
    async *iterate() {
      for (const a of sync.iterate()) yield a;
    },
    count: async () => sync.count(),

    topEntities: async (o) => sync.topEntities(o),
    async searchEvents(f) {
      // Newest first: a later page reads the rows before it again (events are filtered row by row in JavaScript).
      const { offset = 0, ...rest } = f;
      const skip = Math.max(0, Math.floor(offset));
      return (events ??= eventQueries(sqliteHandle(sync))).searchEvents({ ...rest, limit: skip + f.limit }).slice(skip);
    },
    listEntities: async (q) => (entities ??= entityLister(sqliteHandle(sync)))(q),
    articleEntities: async (id) => sync.articleEntities(id),
    async searchQuotes(o: QuoteQuery = {}): Promise<QuoteMatch[]> {
      const { timeLimitMs, ...rest } = o;
      const ms = limitOf(timeLimitMs);
      if (!ms) return here().searchQuotes(rest);
      if (rest.text) checkQuery(rest.text, { label: 'quotes' }); // a bad query fails without starting a worker
      return within<QuoteMatch>({ kind: 'query-quotes', path, opts: rest }, ms, 'quotes');
    },

    async search(query: Query, o: SearchQueryOptions = {}): Promise<SearchHit[]> {
      const { timeLimitMs, ...rest } = o;
      const ms = limitOf(timeLimitMs);
      if (!ms) return here().search(query, rest);
      checkQuery(query, { label: 'search' });
      return within<SearchHit>({ kind: 'query-articles', path, query, opts: rest }, ms, 'search');
    },
    // No words from the user: an indexed scan, run here.
    latest: async (o = {}) => here().latest(o),
    async facets(query, o: FacetOptions = {}): Promise<SearchFacets> {
      const { timeLimitMs, ...rest } = o;
      const ms = query ? limitOf(timeLimitMs) : 0;
      if (!ms) return here().facets(query, rest);
      checkQuery(query!, { label: 'search' });
      const [facets] = await within<SearchFacets>({ kind: 'query-facets', path, query, opts: rest }, ms, 'search');
      return facets!;
    },

    openJob: async (key, inputs) => sync.openJob(key, inputs),
    doneSources: async (jobId) => sync.doneSources(jobId),
    claimSource: async (jobId, source, owner) => sync.claimSource(jobId, source, owner),
    pendingElsewhere: async (jobId, owner) => sync.pendingElsewhere(jobId, owner),
    markSource: async (jobId, state) => sync.markSource(jobId, state),
    async recordItems(jobId: number, items: readonly JobItem[]): Promise<JobItemOutcome[]> {
      return sync.transaction(() =>
        items.map((item): JobItemOutcome => {
          const { source } = item;
          if ('error' in item) {
            sync.markSource(jobId, { source, status: 'failed', error: item.error });
            return { source, error: item.error };
          }
          try {
            // A savepoint per item: a refused document is rolled back alone, the group goes on.
            const put = sync.transaction(() => {
              const r = sync.put(item.analysis, item.provenance);
              sync.markSource(jobId, { source, status: 'ok', articleId: r.id });
              return r;
            });
            return { source, put };
          } catch (e) {
            if (isStoreFailure(e)) throw e;
            sync.markSource(jobId, { source, status: 'failed', error: oneLine(e) });
            return { source, error: oneLine(e) };
          }
        }),
      );
    },
    finishJob: async (jobId) => sync.finishJob(jobId),

    async close() {
      await resident?.close();
      sync.close();
    },
  };
}
