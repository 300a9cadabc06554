// The connection behind a store object, for code of this folder that runs its own statements beside the store's
// methods (the async store's search with filters, in the caller's thread or in the search worker).
import type Database from 'better-sqlite3';

const handles = new WeakMap<object, Database.Database>();

/** Returns `store`, remembered as served by `db`. */
export function withHandle<T extends object>(db: Database.Database, store: T): T {
  handles.set(store, db);
  return store;
}

/** The connection of a store made by openSqliteStore; throws for any other object. */
export function sqliteHandle(store: object): Database.Database {
  const db = handles.get(store);
  if (!db) throw new Error('store: not an SQLite store opened by openSqliteStore');
  return db;
}
