// The library entry (src/index.ts): the same documents as the command line, the clean article alone, one store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, extract, openStore, parseQuery, type ArticleInput } from '../src/index.js';
import { dossier, SEED, tempDir } from './helpers.js';

test('analyze gives the document `dossier analyze --json` prints', async () => {
  const text = readFileSync(SEED, 'utf8');
  const doc = await analyze({ text, published: '2025-07-25', source: SEED });
  const r = dossier(['analyze', SEED, '--json', '--published', '2025-07-25']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(doc, JSON.parse(r.stdout));
  assert.ok((doc.entities?.length ?? 0) > 0 && doc.sentences.length > 0);
});

test('extract gives the clean article with no language layer; html and url are read as a page', async () => {
  const html = '<html><head><title>Port reopens - Harbour Post</title></head><body><article><h1>Port reopens</h1>' +
    '<p>The port of Tarvel reopened on Monday after a week of repairs, the harbour authority said in a statement.</p>' +
    '<p>Ships queued outside the breakwater overnight, and the first ferry left at dawn with a full load.</p></article></body></html>';
  const article = await extract({ html, url: 'https://news.example/port?utm_source=x' });
  assert.equal(article.title, 'Port reopens');
  assert.equal(article.url, 'https://news.example/port?utm_source=x');
  assert.match(article.text, /^The port of Tarvel reopened/);
  assert.deepEqual(Object.keys(article).sort(), ['blocks', 'byline', 'id', 'language', 'outlet', 'published', 'source', 'text', 'title', 'url', 'warnings']);
  assert.equal(article.source, 'https://news.example/port?utm_source=x');
});

test('an input with both or neither of text and html is refused', async () => {
  await assert.rejects(analyze({ text: 'a', html: '<p>a</p>' } as unknown as ArticleInput), TypeError);
  await assert.rejects(extract({} as ArticleInput), TypeError);
});

test('openStore opens the SQLite store (async contract): the analysis is put in and found by a parsed query', async () => {
  const store = await openStore(join(tempDir(), 'lib.db'));
  try {
    const doc = await analyze({ text: 'Port reopens\n\nThe port of Tarvel reopened on Monday after a week of repairs, officials said.' });
    await store.put(doc);
    assert.equal(await store.count(), 1);
    assert.equal((await store.search(parseQuery('Tarvel AND repairs')))[0]?.id, doc.id);
    assert.deepEqual(await store.search(parseQuery('Tarvel -repairs')), []);
  } finally {
    await store.close();
  }
});
