// Search with a time limit: hits come back from the worker; past the limit the worker is stopped and the search
// fails with a one-line error; bad syntax stays a syntax error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SearchSyntaxError } from '../types.js';
import { SearchTimeout, searchWithin } from './deadline.js';
import { openSqliteStore } from './index.js';
import { makeAnalysis, tempDir } from './testing.js';

function storeWithOneArticle(dir: string): string {
  const path = join(dir, 's.db');
  const store = openSqliteStore(path);
  store.put(makeAnalysis({ text: 'Negotiators met in Geneva on Monday.' }));
  store.close();
  return path;
}

test('a search within its time limit returns the hits', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const hits = await searchWithin(storeWithOneArticle(dir), 'Geneva', { limit: 5 }, 30_000);
    assert.equal(hits.length, 1);
    assert.match(hits[0].snippet, /\[Geneva\]/);
  } finally {
    cleanup();
  }
});

test('a search past its time limit is stopped with a one-line error; bad syntax stays a syntax error', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = storeWithOneArticle(dir);
    // One millisecond is less than a worker needs to open the store: the limit always passes first.
    await assert.rejects(searchWithin(path, 'Geneva', {}, 1), (e: unknown) => e instanceof SearchTimeout && /stopped after/.test((e as Error).message));
    await assert.rejects(searchWithin(path, 'AND AND', {}, 30_000), (e: unknown) => e instanceof SearchSyntaxError && !(e instanceof SearchTimeout));
  } finally {
    cleanup();
  }
});
