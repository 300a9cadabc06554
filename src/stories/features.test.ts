import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { PreparedFeatures } from './features.js';
import { withStories } from './story-store.js';
import { makeDoc, sampleDocs } from './testing.js';
import { updateStories } from './update.js';

/** The sample stories plus an exact copy of the original under another address (same title and text). */
function docs() {
  const d = sampleDocs();
  const copy = makeDoc({ url: 'https://mirror.example/ferry', outlet: 'Mirror', title: d.original.title, published: '2024-03-02', text: d.original.text });
  return [...Object.values(d), copy];
}

/** Everything the update decided: each article's story, copy link and credit, and the stories' counters. */
function outcome(store: Store): unknown {
  const stories = store.stories.list({ limit: 100 });
  return { stories, members: stories.map((s) => store.stories.members(s.id)) };
}

test('an update whose articles had their features prepared as they were stored decides the same, and computes none itself', () => {
  const plain = openSqliteStore(':memory:');
  const ahead = openSqliteStore(':memory:');
  try {
    const prepared = new PreparedFeatures();
    for (const d of docs()) {
      plain.put(d);
      ahead.put(d);
      prepared.prepare(d);
    }
    const without = updateStories(plain);
    const withFeatures = updateStories(ahead, { prepared });
    assert.equal(without.prepared, 0);
    // The exact copy and its original share one entry, taken twice.
    assert.equal(withFeatures.prepared, 6);
    assert.equal(prepared.size, 0);
    assert.equal(withFeatures.copies, 2);
    assert.deepEqual(outcome(ahead), outcome(plain));
  } finally {
    plain.close();
    ahead.close();
  }
});

test('features are prepared for each article an ingest stores, not for one it already had, and stay within their budget', async () => {
  const calls: string[] = [];
  const prepare = PreparedFeatures.prototype.prepare;
  PreparedFeatures.prototype.prepare = function (a) {
    calls.push(a.title);
    if (a.title === 'Ferry terminal to close') throw new Error('no features for this one');
    return prepare.call(this, a);
  };
  const store = withStories(openSqliteStore(':memory:'), ':memory:');
  try {
    const [original, repost] = docs();
    const job = await store.openJob('job', ['a']);
    await store.recordItems(job.id, [{ source: 'a', analysis: original! }, { source: 'b', error: 'unreadable' }]);
    const outcomes = await store.recordItems(job.id, [{ source: 'a', analysis: original! }, { source: 'c', analysis: repost! }]);
    assert.deepEqual(calls, [original!.title, repost!.title]);
    // Features that cannot be prepared are left to the update: the article is stored all the same.
    assert.deepEqual(outcomes.map((o) => ('put' in o ? o.put.status : o.error)), ['same', 'new']);
  } finally {
    PreparedFeatures.prototype.prepare = prepare;
    await store.close();
  }
  const small = new PreparedFeatures(8000); // room for one of the two
  const [a, b] = docs();
  small.prepare(a!);
  small.prepare(b!);
  assert.equal(small.size, 1); // the oldest went
  assert.equal(small.take(a!), undefined);
  assert.ok(small.take(b!));
});
