// The embedded SQLite store (better-sqlite3): one file, WAL, versioned schema. See migrations.ts for the schema.
import Database from 'better-sqlite3';
import type { Analysis } from '../../doc/schema.js';
import type { PutResult, Store } from '../types.js';
import { articleRepo } from './articles.js';
import { jobRepo } from './jobs.js';
import { layerQueries } from './layer-queries.js';
import { layerRepo } from './layers.js';
import { migrate, SchemaVersionError } from './migrate.js';
import { searcher } from './search.js';
import { BUSY_TIMEOUT_MS } from './settings.js';

export { SchemaVersionError } from './migrate.js';

/** Opens (creating and migrating as needed) the store at `path`; ':memory:' gives a private in-memory store. */
export function openSqliteStore(path: string): Store {
  let db: Database.Database;
  let layers: ReturnType<typeof layerRepo>;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (err) {
    throw new Error(`store: cannot open ${path}: ${(err as Error).message}`);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL'); // readers never block the writer; a killed writer loses only its open transaction
    db.pragma('synchronous = NORMAL'); // safe with WAL: a power cut may lose the last commits, never corrupts
    db.pragma('foreign_keys = ON');
    migrate(db, undefined, path === ':memory:' ? 'in-memory database' : path);
    layers = layerRepo(db);
    layers.rebuildIfFlagged();
  } catch (err) {
    db.close();
    if (err instanceof SchemaVersionError) throw err;
    throw new Error(`store: cannot open ${path}: ${(err as Error).message}`);
  }
  const articles = articleRepo(db, layers.write);
  const jobs = jobRepo(db);
  const search = searcher(db);
  return {
    ...articles,
    search,
    ...layerQueries(db),
    ...jobs,
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    close() {
      if (!db.open) return;
      db.pragma('optimize'); // cheap; keeps query-planner statistics fresh for the next open
      db.close();
    },
  };
}

/** Stores the article and marks its source ok in the same transaction (a kill can never separate the two). */
export function putAndMark(store: Store, jobId: number, analysis: Analysis, source: string): PutResult {
  return store.transaction(() => {
    const result = store.put(analysis);
    store.markSource(jobId, { source, status: 'ok', articleId: result.id });
    return result;
  });
}
