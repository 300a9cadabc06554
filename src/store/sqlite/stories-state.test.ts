import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sqliteHandle } from './handle.js';
import { openSqliteStore } from './index.js';
import { storiesStatements, storiesWriter } from './stories-state.js';
import { makeAnalysis } from './testing.js';

test('a stories transaction reads back the bucket rows and postings it adds, and writes them when it ends, many rows per statement', () => {
  const store = openSqliteStore(':memory:');
  try {
    const ids = ['one', 'two', 'three'].map((w) => store.put(makeAnalysis({ url: `https://news.example/${w}`, text: `Story ${w}.` })).id);
    const db = sqliteHandle(store);
    const st = storiesStatements(db);
    let inserts = 0;
    for (const s of [st.putBucket, st.putBuckets, st.post, st.posts] as unknown as { run: (...a: unknown[]) => unknown }[]) {
      const run = s.run.bind(s);
      s.run = (...args) => (inserts++, run(...args));
    }
    const rows = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const many = Array.from({ length: 150 }, (_, i) => `${i}:k${i}.`);
    db.transaction(() => {
      const w = storiesWriter(st);
      const { copies, stories } = w;
      ids.forEach((id) => copies.setEntry(id, { sig: new Uint32Array(4), size: 20, group: id }));
      // Two articles share two buckets: the second finds the first, not yet written.
      assert.deepEqual(copies.buckets(['0:a.', '1:b.'], 64), [[], []]);
      copies.addToBuckets(ids[0]!, [{ key: '0:a.', size: 0 }, { key: '1:b.', size: 0 }]);
      assert.deepEqual(copies.buckets(['0:a.', '1:b.'], 64), [[ids[0]], [ids[0]]]);
      copies.addToBuckets(ids[1]!, [{ key: '0:a.', size: 1 }, { key: '1:b.', size: 1 }]);
      assert.deepEqual(copies.buckets(['1:b.'], 1), [[ids[0]]]); // a bucket is read up to its max
      copies.buckets(many, 64);
      copies.addToBuckets(ids[2]!, many.map((key) => ({ key, size: 0 })));
      // A story posted under a term twice is posted once; the postings read back, the row not yet written.
      const s = stories.newStoryId();
      stories.post(s, 'ferry', 100);
      stories.post(s, 'ferry', 100);
      for (let i = 0; i < 150; i++) stories.post(s, `term${i}`, 100);
      assert.deepEqual(stories.postings('ferry', 100), [s]);
      assert.equal([...stories.postedTerms(s)].length, 151);
      assert.equal(rows('copy_buckets') + rows('story_postings'), 0);
      assert.equal(inserts, 0);
      w.flush();
    }).immediate();
    assert.equal(rows('copy_buckets'), 154);
    assert.equal(rows('story_postings'), 151);
    assert.ok(inserts <= (154 + 151) / 2, `${inserts} INSERT statements for 305 rows`);
    const positions = db.prepare('SELECT pos FROM copy_buckets WHERE band = (SELECT band FROM copy_buckets GROUP BY band HAVING count(*) = 2 LIMIT 1) ORDER BY pos').all();
    assert.deepEqual(positions, [{ pos: 0 }, { pos: 1 }]);
  } finally {
    store.close();
  }
});
