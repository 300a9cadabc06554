import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, schemaVersion, SchemaVersionError } from './migrate.js';
import { MIGRATIONS } from './migrations.js';
import { analysisHash } from './content-hash.js';
import { openSqliteStore } from './index.js';
import { makeAnalysis, tempDir, searchOf } from './testing.js';

const latest = MIGRATIONS[MIGRATIONS.length - 1].version;

test('an empty database gets every step, recorded; migrating again is a no-op', () => {
  const db = new Database(':memory:');
  assert.deepEqual(migrate(db), MIGRATIONS.map((m) => m.version));
  assert.equal(schemaVersion(db), latest);
  const recorded = db.prepare('SELECT version, name, applied FROM schema_migrations ORDER BY version').all();
  assert.equal(recorded.length, MIGRATIONS.length);
  assert.deepEqual(migrate(db), []);
  assert.deepEqual(db.prepare('SELECT version, name, applied FROM schema_migrations ORDER BY version').all(), recorded);
  db.close();
});

test('re-opening a file store applies nothing and keeps the recorded steps', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'd.db');
    openSqliteStore(path).close();
    const before = new Database(path).prepare('SELECT * FROM schema_migrations').all();
    openSqliteStore(path).close();
    const db = new Database(path);
    assert.deepEqual(db.prepare('SELECT * FROM schema_migrations').all(), before);
    // WAL while open; the last writer out leaves rollback-journal mode (so read-only media can open it).
    assert.equal(db.pragma('journal_mode', { simple: true }), 'delete');
    db.close();
  } finally {
    cleanup();
  }
});

test('an older database is migrated on open and its existing articles become searchable', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS.slice(0, 1)); // a database from before the search index existed
    db.prepare(`INSERT INTO articles (id, title, text, first_seen, updated, latest_version)
      VALUES ('abc123def456', 'Grain exports', 'Wheat shipments rose.', 'x', 'x', 1)`).run();
    db.prepare(`INSERT INTO article_versions (article_id, version, content_hash, source, analysis, created)
      VALUES ('abc123def456', 1, 'h', 's', ?, 'x')`).run(JSON.stringify(makeAnalysis({ id: 'abc123def456' })));
    db.close();

    const store = openSqliteStore(path);
    assert.deepEqual(searchOf(store).search('wheat').map((h) => h.id), ['abc123def456']);
    store.close();
    const check = new Database(path);
    assert.equal(schemaVersion(check), latest);
    check.close();
  } finally {
    cleanup();
  }
});

test('a version-2 database gains the layer tables; its articles keep working and get their entities', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'v2.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS.slice(0, 2)); // the schema before the layer tables
    const plain = makeAnalysis({ id: 'aaaa1111', title: 'Grain exports', text: 'Wheat shipments rose.' });
    const withLayers = makeAnalysis({
      id: 'bbbb2222', url: 'https://news.example/b', title: 'Talks', text: 'Zelenskyy spoke.',
      entities: [{ id: 'e1', type: 'PERSON', name: 'Zelenskyy', mentions: [{ start: 0, end: 9, text: 'Zelenskyy' }] }],
      quotes: [{ start: 0, end: 5, text: 'We will not give up.', kind: 'direct', speaker: 'e1' }],
    });
    for (const a of [plain, withLayers]) {
      db.prepare(`INSERT INTO articles (id, title, text, first_seen, updated, latest_version) VALUES (?, ?, ?, 'x', 'x', 1)`)
        .run(a.id, a.title, a.text);
      db.prepare(`INSERT INTO article_versions (article_id, version, content_hash, source, analysis, created)
        VALUES (?, 1, ?, 's', ?, 'x')`).run(a.id, analysisHash(a), JSON.stringify(a));
    }
    db.close();

    const store = openSqliteStore(path);
    assert.equal(store.count(), 2);
    assert.deepEqual(store.get('aaaa1111')!.analysis, plain);
    assert.deepEqual(searchOf(store).search('wheat').map((h) => h.id), ['aaaa1111']);
    assert.deepEqual(store.topEntities().map((e) => [e.name, e.articles, e.mentions]), [['Zelenskyy', 1, 1]]);
    assert.deepEqual(searchOf(store).searchQuotes({ speaker: 'zelenskyy' }).map((q) => q.text), ['We will not give up.']);
    assert.equal(store.put(plain).status, 'same', 'the stored hash still identifies old content');
    store.close();

    const check = new Database(path);
    assert.equal(schemaVersion(check), latest);
    assert.deepEqual(check.prepare('SELECT name FROM store_flags').all(), [], 'the rebuild ran once and cleared its flag');
    check.close();
    const again = openSqliteStore(path); // no second rebuild: the entity keeps its id
    assert.equal(again.topEntities()[0].id, 1);
    again.close();
  } finally {
    cleanup();
  }
});

test('a database written by a newer version is refused with a clear message', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'new.db');
    openSqliteStore(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied) VALUES (?, 'from the future', 'x')").run(latest + 1);
    db.close();
    assert.throws(
      () => openSqliteStore(path),
      (err: Error) =>
        err instanceof SchemaVersionError &&
        err.message === `store: ${path} has schema version ${latest + 1}, newer than this Dossier supports (${latest}); upgrade Dossier to open it`,
    );
  } finally {
    cleanup();
  }
});

test('the migration list must be numbered 1, 2, 3, …', () => {
  assert.deepEqual(MIGRATIONS.map((m) => m.version), MIGRATIONS.map((_, i) => i + 1));
  const db = new Database(':memory:');
  assert.throws(() => migrate(db, [MIGRATIONS[1]]), /out of order/);
  db.close();
});
