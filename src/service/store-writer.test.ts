// The ingest's one writer: results recorded in groups through the store's recordItems, an item the store refuses
// fails alone, a store that cannot be written stops the batch with the groups before it kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JobStore } from '../store/api.js';
import { asyncSqliteStore } from '../store/sqlite/async-store.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { makeAnalysis } from '../store/sqlite/testing.js';
import type { PutResult, Store } from '../store/types.js';
import { StopBatch } from './batch.js';
import { STORE_GROUP_SIZE } from './settings.js';
import { StoreWriter } from './store-writer.js';

const analysis = (i: number) => makeAnalysis({ url: `https://news.example/${i}`, text: `Article ${i} text.`, source: `in/${i}.txt` });
const pending = (i: number) => ({ analysis: analysis(i), source: `in/${i}.txt`, provenance: { kind: 'file' as const, source: `in/${i}.txt`, path: `/in/${i}.txt`, digest: `d${i}` } });

/** A writer on `sync` (behind the async contract), counting the groups it records. */
function writerOn(sync: Store) {
  const job = sync.openJob('k', ['in']);
  const store = asyncSqliteStore(sync, ':memory:');
  const stored: string[] = [];
  const failed: [string, string][] = [];
  let groups = 0;
  const counting: Pick<JobStore, 'recordItems'> = {
    recordItems: (jobId, items) => {
      groups++;
      return store.recordItems(jobId, items);
    },
  };
  const writer = new StoreWriter(counting, job.id, { stored: (_p: PutResult, s) => stored.push(s), failed: (s, e) => failed.push([s, e]) });
  return { writer, stored, failed, job, groups: () => groups };
}

test('results are recorded in groups: one call per full group, every item marked done', async () => {
  const store = openSqliteStore(':memory:');
  const { writer, stored, job, groups } = writerOn(store);
  const n = STORE_GROUP_SIZE * 2 + 3;
  for (let i = 0; i < n; i++) await writer.add(pending(i));
  assert.equal(groups(), 2, 'two full groups recorded as they filled');
  await writer.close();
  assert.equal(groups(), 3);
  assert.equal(stored.length, n);
  assert.equal(store.count(), n);
  assert.equal(store.doneSources(job.id).size, n);
  store.close();
});

test('an item the store refuses fails alone; the rest of its group is stored; a failed input is marked, not told again', async () => {
  const real = openSqliteStore(':memory:');
  const store: Store = { ...real, put: (a, p) => (a.source === 'in/2.txt' ? (() => { throw new Error('constraint failed'); })() : real.put(a, p)) };
  const { writer, stored, failed, job } = writerOn(store);
  for (let i = 0; i < 5; i++) await writer.add(pending(i));
  await writer.add({ source: 'in/bad.txt', error: 'not UTF-8' });
  await writer.close();
  assert.deepEqual(stored, ['in/0.txt', 'in/1.txt', 'in/3.txt', 'in/4.txt']);
  assert.deepEqual(failed, [['in/2.txt', 'constraint failed']]);
  assert.deepEqual([...real.doneSources(job.id)].sort(), ['in/0.txt', 'in/1.txt', 'in/3.txt', 'in/4.txt']);
  real.close();
});

test('a full disk stops the batch: the group it struck is not recorded, the groups before it stay stored', async () => {
  const real = openSqliteStore(':memory:');
  let puts = 0;
  const full = STORE_GROUP_SIZE + 3;
  const store: Store = { ...real, put: (a, p) => (++puts >= full ? (() => { throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }); })() : real.put(a, p)) };
  const { writer, stored, failed, job } = writerOn(store);
  for (let i = 0; i < STORE_GROUP_SIZE + 6; i++) await writer.add(pending(i));
  await assert.rejects(writer.close(), (e: Error) => e instanceof StopBatch && e.message === 'store: database or disk is full');
  assert.equal(stored.length, STORE_GROUP_SIZE);
  assert.deepEqual(failed, []);
  assert.equal(real.count(), STORE_GROUP_SIZE);
  assert.equal(real.doneSources(job.id).size, STORE_GROUP_SIZE, 'the struck group left unmarked for a re-run');
  // Once stopped, the writer takes nothing more.
  await assert.rejects(writer.add(pending(99)), StopBatch);
  real.close();
});
