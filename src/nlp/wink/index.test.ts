import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens/index.js';
import { forgetNewWords, winkNewWords } from './index.js';
import { WINK_MAX_NEW_WORDS } from './settings.js';

const LETTERS = 'bcdfghjklmnpqrstvwxz';
/** A made-up word per number (consonant, vowel, …): no two alike, none in wink's lexicon. */
const word = (n: number) => {
  let w = '';
  for (let x = n; x > 0; x = Math.floor(x / LETTERS.length)) w += LETTERS[x % LETTERS.length] + 'ae'[x % 2];
  return w;
};

test("wink's lexicon of words it had not seen stays bounded: a fresh instance takes over past the cap, between articles", () => {
  const chunk = 10_000;
  let most = 0, renewed = false, before = winkNewWords();
  for (let n = 1000; n < 1000 + WINK_MAX_NEW_WORDS + 3 * chunk; n += chunk) {
    forgetNewWords(); // what the tokens component does before each article
    const { tokens } = tokenize(Array.from({ length: chunk }, (_, i) => word(n + i)).join(' '));
    assert.equal(tokens.length, chunk);
    const now = winkNewWords();
    if (now < before) renewed = true;
    most = Math.max(most, now);
    before = now;
  }
  assert.ok(renewed, 'the instance was never replaced');
  assert.ok(most <= WINK_MAX_NEW_WORDS + chunk, `${most} new words kept`);
  // The fresh instance reads as the first did.
  assert.deepEqual(tokenize('Ana Lind met officials in Kyiv. He left.').sentences.length, 2);
});
