// Search with a time limit: hits come back from the worker; past the limit the worker is stopped and the search
// fails with a one-line error; bad syntax stays a syntax error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SearchSyntaxError } from '../types.js';
import { SearchTimeout, searchQuotesWithin, searchWithin } from './deadline.js';
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

test('a quote search has the same time limit: hits within it, a one-line error past it, caps and syntax as before', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = storeWithOneArticle(dir);
    const hits = await searchQuotesWithin(path, { text: 'ready', speaker: 'Lind' }, 30_000);
    assert.deepEqual(hits.map((h) => [h.speaker, h.text]), [['Ana Lind', 'We are ready to meet,']]);
    assert.equal((await searchQuotesWithin(path, { text: 'Geneva' }, 30_000)).length, 0);
    await assert.rejects(searchQuotesWithin(path, { text: 'ready' }, 1), (e: unknown) => e instanceof SearchTimeout && /^quotes: stopped after/.test((e as Error).message));
    await assert.rejects(searchQuotesWithin(path, { text: 'ready AND' }, 30_000), (e: unknown) => e instanceof SearchSyntaxError && !(e instanceof SearchTimeout));
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    await assert.rejects(searchQuotesWithin(path, { text: long }, 30_000), (e: unknown) => e instanceof SearchSyntaxError && /too many words/.test((e as Error).message));
  } finally {
    cleanup();
  }
});
