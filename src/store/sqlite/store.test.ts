import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from './index.js';
import { ITERATE_PAGE_SIZE } from './settings.js';
import { makeAnalysis, tempDir, searchOf } from './testing.js';

test('put: new, then the same content is one row, changed content is a new version', () => {
  const store = openSqliteStore(':memory:');
  const a = makeAnalysis();
  assert.deepEqual(store.put(a), { id: a.id, status: 'new', version: 1 });
  assert.deepEqual(store.put(a), { id: a.id, status: 'same', version: 1 });
  assert.equal(store.count(), 1);

  const edited = makeAnalysis({ text: 'Negotiators met in Geneva on Tuesday.', id: a.id });
  assert.deepEqual(store.put(edited), { id: a.id, status: 'version', version: 2 });
  assert.equal(store.count(), 1);
  const got = store.get(a.id)!;
  assert.equal(got.version, 2);
  assert.equal(got.analysis.text, edited.text);
  store.close();
});

test('put: the same content from another path, or with keys in another order, is "same"', () => {
  const store = openSqliteStore(':memory:');
  const a = makeAnalysis();
  store.put(a);
  assert.equal(store.put({ ...a, source: 'elsewhere/copy.html' }).status, 'same');
  const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
  assert.equal(store.put(reordered).status, 'same');
  assert.equal(store.get(a.id)!.source, a.source, 'the stored version keeps its first source');
  store.close();
});

test('put: any change of the analysis (not only the text) makes a version; back to old content reuses it', () => {
  const store = openSqliteStore(':memory:');
  const a = makeAnalysis();
  store.put(a);
  const withEntities = { ...a, entities: [{ id: 'e1', type: 'LOC' as const, name: 'Geneva', mentions: [] }] };
  assert.deepEqual(store.put(withEntities), { id: a.id, status: 'version', version: 2 });
  assert.deepEqual(store.put(a), { id: a.id, status: 'version', version: 1 }, 'content of version 1 is latest again');
  assert.equal(store.get(a.id)!.version, 1);
  assert.deepEqual(store.put(withEntities), { id: a.id, status: 'version', version: 2 });
  assert.deepEqual(store.put(makeAnalysis({ id: a.id, title: 'Talks stall' })), { id: a.id, status: 'version', version: 3 });
  store.close();
});

test('a new version replaces the old one in the search index', () => {
  const store = openSqliteStore(':memory:');
  const a = makeAnalysis({ title: 'Harvest report', text: 'Barley yields fell sharply.' });
  store.put(a);
  assert.equal(searchOf(store).search('barley').length, 1);
  store.put({ ...a, title: 'Harvest report (updated)', text: 'Sorghum yields fell sharply.' });
  assert.equal(searchOf(store).search('barley').length, 0);
  assert.deepEqual(searchOf(store).search('sorghum').map((h) => h.title), ['Harvest report (updated)']);
  store.close();
});

test('get: exact id, unique prefix of at least 6 characters, ambiguous prefix is an error', () => {
  const store = openSqliteStore(':memory:');
  const a = makeAnalysis({ id: 'aaaa1111bbbb2222' });
  const b = makeAnalysis({ id: 'aaaa1122cccc3333', url: 'https://news.example/b' });
  store.put(a);
  store.put(b);
  assert.equal(store.get('aaaa1111bbbb2222')!.analysis.url, a.url);
  assert.equal(store.get('aaaa111')!.id, a.id);
  assert.throws(() => store.get('aaaa11'), /ambiguous/);
  assert.equal(store.get('aaaa1'), null, 'prefixes shorter than 6 are not accepted');
  assert.equal(store.get('ffffff'), null);
  const got = store.get(a.id)!;
  assert.equal(got.source, a.source);
  assert.match(got.firstSeen, /^\d{4}-\d\d-\d\dT/);
  assert.deepEqual(got.analysis, a);
  store.close();
});

test('iterate: latest versions in first-seen order, across pages, a new version does not move an article', () => {
  const store = openSqliteStore(':memory:');
  const n = ITERATE_PAGE_SIZE * 2 + 3;
  const docs = Array.from({ length: n }, (_, i) =>
    makeAnalysis({ url: `https://news.example/${n - i}`, text: `Story number ${i}.` }),
  );
  store.transaction(() => docs.forEach((d) => store.put(d)));
  store.put({ ...docs[0], text: 'Story number zero, corrected.' });
  const seen = [...store.iterate()];
  assert.equal(seen.length, n);
  assert.deepEqual(seen.map((s) => s.id), docs.map((d) => d.id));
  assert.equal(seen[0].version, 2);
  assert.equal(seen[0].analysis.text, 'Story number zero, corrected.');
  assert.equal(store.count(), n);
  store.close();
});

test('iterate: the store stays writable while iterating', () => {
  const store = openSqliteStore(':memory:');
  for (let i = 0; i < 3; i++) store.put(makeAnalysis({ url: `https://news.example/${i}` }));
  let i = 0;
  for (const art of store.iterate()) store.put({ ...art.analysis, title: `Retitled ${i++}` });
  assert.equal(i, 3);
  assert.equal(searchOf(store).search('retitled').length, 3);
  store.close();
});

test('transaction: an error inside rolls back every put in it', () => {
  const store = openSqliteStore(':memory:');
  assert.throws(() =>
    store.transaction(() => {
      store.put(makeAnalysis({ url: 'https://news.example/1' }));
      throw new Error('boom');
    }),
  /boom/);
  assert.equal(store.count(), 0);
  store.close();
});

test('a file store closed and reopened keeps its articles, settings applied', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'dossier.db');
    const a = makeAnalysis();
    const s1 = openSqliteStore(path);
    s1.put(a);
    s1.close();
    s1.close(); // closing twice is harmless

    const s2 = openSqliteStore(path);
    assert.equal(s2.count(), 1);
    assert.deepEqual(s2.get(a.id)!.analysis, a);
    assert.equal(s2.put(a).status, 'same');
    assert.equal(searchOf(s2).search('Geneva').length, 1);
    const open = new Database(path);
    assert.equal(open.pragma('journal_mode', { simple: true }), 'wal', 'WAL while a writer has it open');
    open.close();
    s2.close();

    const raw = new Database(path);
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'delete', 'rollback journal once the last writer closed');
    raw.close();
  } finally {
    cleanup();
  }
});

test('two connections on one file (two processes, later many workers) see each other and share jobs', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'shared.db');
    const a = openSqliteStore(path);
    const b = openSqliteStore(path);
    a.put(makeAnalysis({ url: 'https://news.example/1' }));
    assert.equal(b.put(makeAnalysis({ url: 'https://news.example/1' })).status, 'same');
    b.put(makeAnalysis({ url: 'https://news.example/2' }));
    assert.equal(a.count(), 2);
    const job = a.openJob('k', ['x']);
    const fromB = b.openJob('k', ['x']);
    assert.equal(fromB.id, job.id);
    assert.equal(fromB.resumed, true);
    a.close();
    b.close();
  } finally {
    cleanup();
  }
});

test('a file that is not a database gives a one-line error naming it', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'not a database, just some text that is long enough to be read as a header '.repeat(20));
    assert.throws(() => openSqliteStore(path), { message: `store: cannot open ${path}: file is not a database` });
  } finally {
    cleanup();
  }
});
