import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteNameMatcher, sitePattern } from './site-name.js';

test('a site name counts as a whole word only', () => {
  const m = siteNameMatcher('Harbour Post')!;
  assert.equal(m.test('From Harbour Post, the paper you can trust'), true);
  assert.equal(m.test('Harbour Post'), true);
  assert.equal(m.test('(Harbour Post)'), true);
  assert.equal(m.test('Harbour Posts are many'), false);
  assert.equal(m.test('OldHarbour Post'), false);
  assert.equal(m.test('Harbour Post2'), false);
  assert.equal(m.test('harbour post'), false); // case as given
  // the first occurrence inside a word, a later one whole
  assert.equal(m.test('Harbour Posted, then Harbour Post.'), true);
  assert.equal(m.test('éHarbour Post'), false);
});

test('names too short to tell from a word give no matcher', () => {
  assert.equal(siteNameMatcher('ab'), null);
  assert.equal(siteNameMatcher(''), null);
  assert.equal(siteNameMatcher(null), null);
});

test('the matcher agrees with the whole-word pattern, surrogate pairs and regex syntax included', () => {
  // Pieces: letters, digits, spaces, punctuation, a letter and a symbol outside the BMP, lone surrogates.
  const pieces = ['a', 'b', 'Z', '1', ' ', '.', '(', '+', '\u00e9', '\ud835\udc00', '\ud83d\ude00', '\ud835', '\udc00', '$'];
  // mulberry32: a fixed seed, so every run tries the same texts
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const make = (len: number) => Array.from({ length: len }, () => pieces[rand(pieces.length)]).join('');
  for (const site of ['ab+', 'a.b', '(Z1', 'bab', 'a\ud835\udc00b', 'éa$', 'a a']) {
    const matcher = siteNameMatcher(site)!;
    const pattern = sitePattern(site);
    for (let i = 0; i < 3000; i++) {
      const text = make(rand(12)) + (rand(2) ? site : '') + make(rand(12));
      assert.equal(matcher.test(text), pattern.test(text), `${JSON.stringify(site)} in ${JSON.stringify(text)}`);
    }
  }
});
