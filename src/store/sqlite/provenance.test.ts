import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Provenance } from '../types.js';
import { openSqliteStore } from './index.js';
import { makeAnalysis, tempDir } from './testing.js';

const URL_A = 'https://news.example/a';
// `bytes` stands for the input's content: its digest is what tells a re-ingest from a changed input.
const fetched = (finalUrl: string, bytes = ''): Provenance => ({ kind: 'fetch', source: finalUrl, finalUrl, digest: `d:${bytes}` });
const file = (path: string, bytes = ''): Provenance => ({ kind: 'file', source: path, path, digest: `d:${bytes}` });
const record = (recordId: string, source: string, bytes = ''): Provenance => ({ kind: 'record', source, recordId, digest: `d:${bytes}` });

test('a local file claiming a fetched article\'s URL is stored as its own article, a claimed copy', () => {
  const store = openSqliteStore(':memory:');
  const original = makeAnalysis({ url: URL_A, source: URL_A, text: 'The real report.' });
  assert.equal(store.put(original, fetched(URL_A)).status, 'new');
  const dump = makeAnalysis({ id: original.id, url: URL_A, source: 'dump/a.html', text: 'A forged report.' });
  const put = store.put(dump, file('/abs/dump/a.html'));
  assert.equal(put.status, 'new');
  assert.equal(put.copyOf, original.id);
  assert.notEqual(put.id, original.id);
  assert.equal(store.get(original.id)!.analysis.text, 'The real report.', 'the original is untouched');
  const copy = store.get(put.id)!;
  assert.equal(copy.copyOf, original.id);
  assert.equal(copy.analysis.id, put.id, 'the stored document carries the id it is stored under');
  assert.equal(copy.provenance?.kind, 'file');
  // The same file again: unchanged; the file changed: a new version of its own copy, never of the original.
  assert.equal(store.put(dump, file('/abs/dump/a.html')).status, 'same');
  const edited = store.put({ ...dump, text: 'A forged report, edited.' }, file('/abs/dump/a.html', 'edited'));
  assert.deepEqual([edited.id, edited.status, edited.version], [put.id, 'version', 2]);
  // Another file claiming the same URL is another copy.
  const other = store.put({ ...dump, text: 'Third claim.' }, file('/abs/other.html'));
  assert.notEqual(other.id, put.id);
  assert.equal(store.count(), 3);
  store.close();
});

test('a new version needs a source that may speak for the article: its own address, or the same feed record', () => {
  const store = openSqliteStore(':memory:');
  const first = makeAnalysis({ url: URL_A, source: 'dump/a.html', text: 'First seen in a dump.' });
  store.put(first, file('/abs/dump/a.html'));
  // A fetch whose final address is the article's URL speaks for it, even though a file stored it first.
  const live = store.put({ ...first, source: URL_A, text: 'The live page.' }, fetched(`${URL_A}?utm_source=x#top`, 'live'));
  assert.deepEqual([live.id, live.status, live.copyOf], [first.id, 'version', undefined]);
  assert.equal(store.get(first.id)!.provenance?.kind, 'fetch', 'each version records where it came from');

  const feed = makeAnalysis({ id: 'rec-1', url: null, outlet: 'Wire', source: 'feed.jsonl:1', text: 'Wire story.' });
  store.put(feed, record('r1', 'feed.jsonl:1'));
  const update = store.put({ ...feed, source: 'later.jsonl:7', text: 'Wire story, updated.' }, record('r1', 'later.jsonl:7', 'updated'));
  assert.deepEqual([update.id, update.status], ['rec-1', 'version']);
  store.close();
});

test('identical content never makes a new version, whoever sends it', () => {
  const store = openSqliteStore(':memory:');
  const a = makeAnalysis({ url: URL_A, source: URL_A });
  store.put(a, fetched(URL_A));
  assert.deepEqual(store.put({ ...a, source: 'elsewhere.html' }, file('/abs/elsewhere.html')), { id: a.id, status: 'same', version: 1 });
  // The same bytes from the same source with an analysis that came out otherwise: still the same input.
  assert.equal(store.put({ ...a, title: 'Analysed differently' }, fetched(URL_A)).status, 'same');
  assert.equal(store.put({ ...a, title: 'Changed page' }, fetched(URL_A, 'other bytes')).status, 'version');
  assert.equal(store.count(), 1);
  store.close();
});

test('two inputs sharing a record id never take turns as the latest version when ingested again', () => {
  const store = openSqliteStore(':memory:');
  const a = makeAnalysis({ id: 'rec-9', url: null, source: 'a.jsonl:1', text: 'Version from a.' });
  const b = { ...a, source: 'b.jsonl:1', text: 'Version from b.' };
  assert.equal(store.put(a, record('r9', 'a.jsonl:1', 'a')).status, 'new');
  assert.equal(store.put(b, record('r9', 'b.jsonl:1', 'b')).status, 'version');
  // The same two inputs again: each sent these very bytes before, so nothing changes.
  assert.equal(store.put(a, record('r9', 'a.jsonl:1', 'a')).status, 'same');
  assert.equal(store.put(b, record('r9', 'b.jsonl:1', 'b')).status, 'same');
  assert.equal(store.get('rec-9')!.analysis.text, 'Version from b.');
  store.close();
});

test('versions stored before provenance was recorded may be updated from their own source', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 's.db');
    const store = openSqliteStore(path);
    const a = makeAnalysis({ source: 'in/a.html' });
    store.put(a);
    store.close();
    const raw = new Database(path);
    raw.exec('UPDATE article_versions SET voucher = NULL, origin = NULL'); // as a version-3 store left them
    raw.close();
    const again = openSqliteStore(path);
    assert.equal(again.get(a.id)!.provenance, null);
    assert.equal(again.put({ ...a, text: 'Changed text.' }).status, 'version', 'same source string');
    assert.ok(again.put({ ...a, source: 'other.html', text: 'Claimed text.' }).copyOf, 'another source: a copy');
    again.close();
  } finally {
    cleanup();
  }
});
