// The resident search worker (a long-lived process's searches): the same answers as in this thread, one job after
// another on one worker (a search past its limit stopped with a SearchTimeout, the next one served by a new
// worker), and articles stored after it started are found.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseQuery } from '../query.js';
import { SearchTimeout } from './deadline.js';
import { openStore } from './async-store.js';
import { makeAnalysis, tempDir } from './testing.js';

const { dir, cleanup } = tempDir();
after(cleanup);

test('resident search: answers as in this thread, survives a timeout, sees new articles', async () => {
  const path = join(dir, 'resident.db');
  const store = await openStore(path, { residentSearch: true });
  const inThread = await openStore(path, { readOnly: true, searchTimeLimitMs: 0 });
  try {
    await store.put(makeAnalysis({ url: 'https://news.example/1', title: 'Port strike', text: 'Dock workers struck on Monday.', outlet: 'a.example' }));
    await store.put(makeAnalysis({ url: 'https://news.example/2', title: 'Strike ends', text: 'The strike ended.', outlet: 'b.example',
      quotes: [{ start: 0, end: 17, text: 'The strike ended.', kind: 'direct', speaker: null, speakerText: 'Ada Vell' }] }));
    const q = parseQuery('strike');
    // The first search waits for the worker to start: far past 1 ms.
    await assert.rejects(store.search(q, { timeLimitMs: 1 }), SearchTimeout);
    const [a, b, c] = await Promise.all([store.search(q), store.facets(q), store.searchQuotes({ speaker: 'vell' })]);
    assert.deepEqual(a, await inThread.search(q));
    assert.deepEqual(b, await inThread.facets(q));
    assert.deepEqual(c, await inThread.searchQuotes({ speaker: 'vell' }));
    await store.put(makeAnalysis({ url: 'https://news.example/3', title: 'Strike again', text: 'Another strike began.', outlet: 'c.example' }));
    assert.equal((await store.search(q)).length, 3, 'the article stored after the worker started');
  } finally {
    await inThread.close();
    await store.close();
  }
});
