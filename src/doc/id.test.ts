import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from './doc.js';
import { articleId } from './id.js';

const meta = (source: string, title = '') => ({ source, url: null, outlet: null, title, byline: [], published: null, language: null });

test('inputs with no URL, record id or body get distinct ids from where they came from and what they held', () => {
  const a = new Doc('', meta('dump/a.html')).id;
  const b = new Doc('   \n', meta('dump/b.html')).id;
  const c = new Doc('', meta('dump/a.html', 'A title only')).id;
  assert.equal(new Set([a, b, c]).size, 3);
  assert.equal(new Doc('', meta('dump/a.html')).id, a, 'the same input keeps its id');
});

test('URL, then record id, then text decide the id; the fallback is used only for an empty body', () => {
  assert.equal(articleId('https://x.example/a?utm_source=y', 'one'), articleId('https://x.example/a', 'two', null, null, ['s']));
  assert.equal(articleId(null, 'same  text', 'r1', 'Wire'), articleId(null, 'other', 'r1', 'Wire'));
  assert.equal(articleId(null, 'Same text.', null, null, ['a']), articleId(null, ' Same   text. ', null, null, ['b']));
  assert.notEqual(articleId(null, '', null, null, ['a']), articleId(null, '', null, null, ['b']));
});
