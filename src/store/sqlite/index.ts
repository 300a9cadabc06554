// The embedded SQLite store (better-sqlite3): one file, WAL while open, versioned schema. See migrations.ts for the
// schema. A store opened for reading never writes, so a store on read-only media or with read-only permissions can
// be searched and exported: the last writer to close puts the file back in rollback-journal mode (a WAL database
// cannot be opened where its -shm file cannot be created).
import Database from 'better-sqlite3';
import type { Analysis } from '../../doc/schema.js';
import type { PutResult, Store } from '../types.js';
import { articleRepo } from './articles.js';
import { jobRepo } from './jobs.js';
import { layerQueries } from './layer-queries.js';
import { layerRepo } from './layers.js';
import { withHandle } from './handle.js';
import { migrate, schemaVersion, SchemaVersionError } from './migrate.js';
import { MIGRATIONS } from './migrations.js';
import { storiesRepo } from './stories.js';
import { BUSY_TIMEOUT_MS } from './settings.js';

export { SchemaVersionError } from './migrate.js';

export interface OpenOptions {
  /** Only reads will be made: the connection is read-only and nothing is written on open or close, unless the
   *  store must first be migrated (then it is opened for writing, which needs write access once). */
  readOnly?: boolean;
}

/** Opens (creating and migrating as needed) the store at `path`; ':memory:' gives a private in-memory store. */
export function openSqliteStore(path: string, opts: OpenOptions = {}): Store {
  if (opts.readOnly && path !== ':memory:') {
    const reader = openReader(path);
    if (reader) return reader;
  }
  return openWriter(path);
}

/** A read-only connection, or null when the store needs a writer first (pending migration or layer rebuild). */
function openReader(path: string): Store | null {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_CANTOPEN') throw new Error(`store: cannot open ${path} for reading (no such store, or no access)`);
    throw new Error(`store: cannot open ${path}: ${(err as Error).message}`);
  }
  try {
    const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
    const hasSchema = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get();
    const version = hasSchema ? schemaVersion(db) : 0;
    if (version > latest) migrate(db, undefined, path); // throws the SchemaVersionError
    const flagged = version === latest && db.prepare("SELECT 1 FROM store_flags WHERE name = 'rebuild_layers'").get();
    if (version < latest || flagged) {
      db.close();
      return null;
    }
  } catch (err) {
    db.close();
    if (err instanceof SchemaVersionError) throw err;
    throw new Error(`store: cannot open ${path}: ${(err as Error).message}`);
  }
  return assemble(db, layerRepo(db), () => db.close());
}

function openWriter(path: string): Store {
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
  return assemble(db, layers, () => {
    db.pragma('optimize'); // cheap; keeps query-planner statistics fresh for the next open
    // The last connection out leaves the file in rollback-journal mode, readable where nothing can be written.
    // With other connections open this fails at once (no busy wait) and the file simply stays in WAL mode.
    try {
      db.pragma('busy_timeout = 0');
      db.pragma('journal_mode = DELETE');
    } catch {
      // another connection holds the database: it will do this when it closes
    }
    db.close();
  });
}

function assemble(db: Database.Database, layers: ReturnType<typeof layerRepo>, close: () => void): Store {
  const articles = articleRepo(db, layers.write);
  const jobs = jobRepo(db);
  return withHandle(db, {
    ...articles,
    ...layerQueries(db),
    ...jobs,
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    stories: storiesRepo(db),
    close() {
      if (db.open) close();
    },
  });
}

/** Stores the article and marks its source ok in the same transaction (a kill can never separate the two). */
export function putAndMark(store: Store, jobId: number, analysis: Analysis, source: string): PutResult {
  return store.transaction(() => {
    const result = store.put(analysis);
    store.markSource(jobId, { source, status: 'ok', articleId: result.id });
    return result;
  });
}
