// The ingest's one writer: results stored in groups, an item that cannot be stored fails alone, a store that cannot
// be written stops the batch with the items before it kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../store/sqlite/index.js';
import { makeAnalysis } from '../store/sqlite/testing.js';
import type { PutResult, Store } from '../store/types.js';
import { StopBatch } from './batch.js';
import { STORE_GROUP_SIZE } from './settings.js';
import { StoreWriter } from './store-writer.js';

const analysis = (i: number) => makeAnalysis({ url: `https://news.example/${i}`, text: `Article ${i} text.`, source: `in/${i}.txt` });
const pending = (i: number) => ({ analysis: analysis(i), source: `in/${i}.txt`, provenance: { kind: 'file' as const, source: `in/${i}.txt`, path: `/in/${i}.txt`, digest: `d${i}` } });

function writerOn(store: Store) {
  const job = store.openJob('k', ['in']);
  const stored: string[] = [];
  const failed: [string, string][] = [];
  // Commits: outermost transactions (an item's own, inside its group's, is a savepoint).
  let commits = 0;
  let depth = 0;
  const counting: Store = {
    ...store,
    transaction: (fn) => {
      if (depth++ === 0) commits++;
      try {
        return store.transaction(fn);
      } finally {
        depth--;
      }
    },
  };
  const writer = new StoreWriter(counting, job.id, { stored: (_p: PutResult, s) => stored.push(s), failed: (s, e) => failed.push([s, e]) });
  return { writer, stored, failed, job, commits: () => commits };
}

test('results are stored in groups: one transaction per group, every item marked done', () => {
  const store = openSqliteStore(':memory:');
  const { writer, stored, job, commits } = writerOn(store);
  const n = STORE_GROUP_SIZE * 2 + 3;
  for (let i = 0; i < n; i++) writer.add(pending(i));
  assert.equal(commits(), 2, 'two full groups stored as they filled');
  writer.close();
  assert.equal(commits(), 3);
  assert.equal(stored.length, n);
  assert.equal(store.count(), n);
  assert.equal(store.doneSources(job.id).size, n);
  store.close();
});

test('an item the store refuses fails alone; the rest of its group is stored', () => {
  const real = openSqliteStore(':memory:');
  const store: Store = { ...real, put: (a, p) => (a.source === 'in/2.txt' ? (() => { throw new Error('constraint failed'); })() : real.put(a, p)) };
  const { writer, stored, failed, job } = writerOn(store);
  for (let i = 0; i < 5; i++) writer.add(pending(i));
  writer.add({ source: 'in/bad.txt', error: 'not UTF-8' });
  writer.close();
  assert.deepEqual(stored, ['in/0.txt', 'in/1.txt', 'in/3.txt', 'in/4.txt']);
  assert.deepEqual(failed, [['in/2.txt', 'constraint failed']]);
  assert.deepEqual([...real.doneSources(job.id)].sort(), ['in/0.txt', 'in/1.txt', 'in/3.txt', 'in/4.txt']);
  real.close();
});

test('a full disk stops the batch at the item it struck; the items before it stay stored', () => {
  const real = openSqliteStore(':memory:');
  let puts = 0;
  const store: Store = { ...real, put: (a, p) => (++puts > 3 ? (() => { throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }); })() : real.put(a, p)) };
  const { writer, stored, failed } = writerOn(store);
  for (let i = 0; i < 6; i++) writer.add(pending(i));
  assert.throws(() => writer.close(), (e: Error) => e instanceof StopBatch && e.message === 'store: database or disk is full');
  assert.deepEqual(stored, ['in/0.txt', 'in/1.txt', 'in/2.txt']);
  assert.deepEqual(failed, [['in/3.txt', 'store: database or disk is full']]);
  assert.equal(real.count(), 3);
  real.close();
});
