import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CopyIndex } from './copies.js';

const ARTICLE = [
  'The harbour council of Westport voted on Tuesday to close the old ferry terminal after three winters of storm damage.',
  'Council members said repairs would cost more than a new pier on the northern shore, which engineers favour.',
  'Residents who rely on the morning crossing asked for a temporary shuttle bus until the new pier opens next year.',
  'The mayor promised a public meeting in the library before any contract is signed with a builder.',
  'Fishermen warned that the northern shore is exposed to the prevailing wind and that boats will struggle there.',
].join('\n\n');

const OTHER = [
  'A mountain village in the eastern valley opened its first bakery in forty years, run by two sisters from the city.',
  'They said the old stone oven had been restored with help from a local mason and a grant from the province.',
  'Queues formed before dawn on the first Saturday and the bread was sold out by nine in the morning.',
  'The sisters plan to teach baking classes to children from the school during the summer holidays.',
].join('\n\n');

test('an exact copy links to the first article', () => {
  const idx = new CopyIndex();
  assert.equal(idx.add({ id: 'a', text: ARTICLE, outlet: 'Coast Herald' }).copy, undefined);
  const r = idx.add({ id: 'b', text: ARTICLE, outlet: 'Daily Mirrorland' });
  assert.equal(r.copy?.of, 'a');
  assert.equal(r.copy?.kind, 'exact');
  assert.deepEqual(idx.group('b'), { original: 'a', copies: 1, outlets: 2, credited: [] });
});

test('a repost wrapped in page clutter, with a few words changed and its last paragraph cut, is a near copy', () => {
  const idx = new CopyIndex();
  idx.add({ id: 'a', text: ARTICLE });
  const edited = ARTICLE.replace('Tuesday', 'Wednesday').replace('three winters', 'several winters').split('\n\n').slice(0, 4).join('\n\n');
  const wrapped = ['Home', 'World', 'Sport', 'Subscribe', edited, 'Share this article', 'Related: Ten best beaches to visit this summer with your family and friends', 'Source link'].join('\n');
  const r = idx.add({ id: 'b', text: wrapped });
  assert.equal(r.copy?.of, 'a');
  assert.equal(r.copy?.kind, 'near');
  assert.ok((r.copy?.containment ?? 0) >= 0.7);
});

test('a different article is not a copy, and a copy of a copy points at the first original', () => {
  const idx = new CopyIndex();
  idx.add({ id: 'a', text: ARTICLE });
  assert.equal(idx.add({ id: 'x', text: OTHER }).copy, undefined);
  idx.add({ id: 'b', text: ARTICLE + '\n\nMore from us: subscribe to the newsletter for the weekly digest of local news.' });
  const r = idx.add({ id: 'c', text: ARTICLE });
  assert.equal(r.copy?.of, 'a');
  assert.equal(idx.originalOf('x'), 'x');
});

test('the credited outlet is read from the text', () => {
  const idx = new CopyIndex();
  const r = idx.add({ id: 'a', text: `${ARTICLE}\n\nThis article was originally published by The Northern Ledger.` });
  assert.equal(r.credited, 'The Northern Ledger');
});
