import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from './lexicon.js';
import { CANDIDATE, isSkip, readDigits, readWords } from './number.js';

test('the scan finds every number word of the lexicon, in any case, and no word that merely contains one', () => {
  const words = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS)];
  for (const w of [...words, ...words.map((x) => x.toUpperCase()), ...words.map((x) => x[0].toUpperCase() + x.slice(1))]) {
    const text = ` ${w}.`;
    assert.equal(text.match(CANDIDATE)?.[0], w, w);
  }
  assert.equal('someone often tension'.match(CANDIDATE), null);
});

test('digits: thousands separators, decimals, Reuters fractions; times, versions and crop years are skipped', () => {
  const read = (s: string) => {
    const r = readDigits(s, 0);
    return isSkip(r) ? 'skip' : r.value;
  };
  assert.equal(read('1,750 dlrs'), 1750);
  assert.equal(read('5.93 mln'), 5.93);
  assert.equal(read('7-1/2 pct'), 7.5);
  assert.equal(read('3/8 pct'), 0.375);
  for (const s of ['10:30', '1.2.3', '24.02.2022', '1986/87', '0900']) assert.equal(read(s), 'skip', s);
});

test('words: compounds with hyphens and "and", scales, "a"/"half a" before a scale', () => {
  const read = (s: string, at = 0) => {
    const r = readWords(s, at);
    return isSkip(r) ? 'skip' : [s.slice(r.start, r.end), r.value];
  };
  assert.deepEqual(read('twenty-five people'), ['twenty-five', 25]);
  assert.deepEqual(read('two hundred and fifty thousand'), ['two hundred and fifty thousand', 250000]);
  assert.deepEqual(read('one and two'), ['one', 1]);
  assert.deepEqual(read('half a million doses', 7), ['half a million', 500000]);
  assert.equal(read('several million', 8), 'skip');
});
