// Brings a database up to the latest schema step; refuses a database written by a newer Dossier.
import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';

export class SchemaVersionError extends Error {}

/** Highest applied step (0 for a fresh database). */
export function schemaVersion(db: Database.Database): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies the pending steps of `migrations` (default: all known); returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS, label = 'database'): number[] {
  checkList(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    applied TEXT NOT NULL
  )`);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)');
  const applied: number[] = [];
  // IMMEDIATE: two processes opening the same fresh file must not both run a step; the loser re-reads the version.
  const step = db.transaction((m: Migration) => {
    if (schemaVersion(db) >= m.version) return;
    db.exec(m.sql);
    record.run(m.version, m.name, new Date().toISOString());
    applied.push(m.version);
  });
  const current = schemaVersion(db);
  if (current > latest)
    throw new SchemaVersionError(
      `store: ${label} has schema version ${current}, newer than this Dossier supports (${latest}); upgrade Dossier to open it`,
    );
  for (const m of migrations) if (m.version > current) step.immediate(m);
  return applied;
}

function checkList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`store: migration list out of order at step ${m.version} (expected ${i + 1})`);
  });
}
