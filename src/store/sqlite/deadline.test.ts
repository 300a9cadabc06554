// Search with a time limit: hits come back from the worker; past the limit the worker is stopped and the search
// fails with a one-line error; bad syntax stays a syntax error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseQuery } from '../query.js';
import { SearchSyntaxError, SearchTimeout } from '../types.js';
import { openStore } from './async-store.js';
import { openSqliteStore } from './index.js';
import { makeAnalysis, tempDir } from './testing.js';

function storeWithOneArticle(dir: string): string {
  const path = join(dir, 's.db');
  const store = openSqliteStore(path);
  const text = 'Negotiators met in Geneva on Monday. "We are ready to meet," Lind said.';
  store.put(makeAnalysis({
    text,
    entities: [{ id: 'e1', type: 'PERSON', name: 'Ana Lind', mentions: [{ start: 64, end: 68, text: 'Lind' }] }],
    quotes: [{ start: 38, end: 62, text: 'We are ready to meet,', kind: 'direct', speaker: 'e1', speakerText: 'Lind', cue: { start: 69, end: 73, text: 'said' } }],
  }));
  store.close();
  return path;
}

/** The store at `path` behind the async contract, read-only, searching in the worker with the given time limit. */
const searching = (path: string) => openStore(path, { readOnly: true });

test('a search within its time limit returns the hits', async () => {
  const { dir, cleanup } = tempDir();
  const store = await searching(storeWithOneArticle(dir));
  try {
    const hits = await store.search(parseQuery('Geneva'), { limit: 5, timeLimitMs: 30_000 });
    assert.equal(hits.length, 1);
    assert.match(hits[0].snippet, /\[Geneva\]/);
  } finally {
    await store.close();
    cleanup();
  }
});

test('a search past its time limit is stopped with a one-line error; bad syntax stays a syntax error', async () => {
  const { dir, cleanup } = tempDir();
  const store = await searching(storeWithOneArticle(dir));
  try {
    // One millisecond is less than a worker needs to open the store: the limit always passes first.
    await assert.rejects(store.search(parseQuery('Geneva'), { timeLimitMs: 1 }), (e: unknown) => e instanceof SearchTimeout && /stopped after/.test((e as Error).message));
    assert.throws(() => parseQuery('AND AND'), (e: unknown) => e instanceof SearchSyntaxError && !(e instanceof SearchTimeout));
  } finally {
    await store.close();
    cleanup();
  }
});

test('a quote search has the same time limit: hits within it, a one-line error past it, caps and syntax as before', async () => {
  const { dir, cleanup } = tempDir();
  const store = await searching(storeWithOneArticle(dir));
  try {
    const within = { timeLimitMs: 30_000 };
    const hits = await store.searchQuotes({ text: parseQuery('ready'), speaker: 'Lind', ...within });
    assert.deepEqual(hits.map((h) => [h.speaker, h.text]), [['Ana Lind', 'We are ready to meet,']]);
    assert.equal((await store.searchQuotes({ text: parseQuery('Geneva'), ...within })).length, 0);
    await assert.rejects(store.searchQuotes({ text: parseQuery('ready'), timeLimitMs: 1 }), (e: unknown) => e instanceof SearchTimeout && /^quotes: stopped after/.test((e as Error).message));
    assert.throws(() => parseQuery('ready AND'), (e: unknown) => e instanceof SearchSyntaxError && !(e instanceof SearchTimeout));
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    await assert.rejects(async () => store.searchQuotes({ text: parseQuery(long), ...within }), (e: unknown) => e instanceof SearchSyntaxError);
  } finally {
    await store.close();
    cleanup();
  }
});
