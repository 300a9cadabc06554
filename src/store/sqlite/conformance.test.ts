// The storage contract's conformance suite (../conformance.ts) against the SQLite store, on a file as users have
// it. The suite's searches run in this thread (time limit 0); the last tests check that the search worker, which
// runs every search with a time limit by default, gives the same answers and stops a search past its limit.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { storeConformance } from '../conformance.js';
import { parseQuery } from '../query.js';
import { SearchTimeout } from './deadline.js';
import { openStore } from '../../stories/story-store.js';
import { makeAnalysis, tempDir } from './testing.js';

const { dir, cleanup } = tempDir();
after(cleanup);
let n = 0;

storeConformance('sqlite', () => openStore(join(dir, `conformance-${n++}.db`), { searchTimeLimitMs: 0 }));
storeConformance('sqlite in memory', () => openStore(':memory:'));

test('searches through the worker (the default time limit) answer as in this thread, filters and quotes included', async () => {
  const path = join(dir, 'worker.db');
  const store = await openStore(path);
  const inThread = await openStore(path, { readOnly: true, searchTimeLimitMs: 0 });
  try {
    await store.put(makeAnalysis({ url: 'https://news.example/1', title: 'Port strike', text: 'Dock workers struck on Monday.', outlet: 'a.example' }));
    await store.put(makeAnalysis({ url: 'https://news.example/2', title: 'Strike ends', text: 'The strike ended.', outlet: 'b.example',
      quotes: [{ start: 0, end: 17, text: 'The strike ended.', kind: 'direct', speaker: null, speakerText: 'Ada Vell' }] }));
    const q = parseQuery('strike -monday');
    const opts = { filters: { outlet: 'b.example' } };
    const viaWorker = await store.search(q, opts);
    assert.equal(viaWorker.length, 1);
    assert.deepEqual(viaWorker, await inThread.search(q, opts));
    assert.deepEqual(await store.searchQuotes({ speaker: 'vell' }), await inThread.searchQuotes({ speaker: 'vell' }));
    assert.equal((await store.searchQuotes({ text: parseQuery('ended') })).length, 1);
    await assert.rejects(store.search(parseQuery('x'), { timeLimitMs: 1 }), SearchTimeout, 'past its limit, a one-line SearchTimeout');
  } finally {
    await inThread.close();
    await store.close();
  }
});
