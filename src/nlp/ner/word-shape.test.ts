import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashRange, hashString } from './hash.js';
import { loadNerModel } from './index.js';
import { CASE, caseClass, longShape, longShapeHash, normWord, normWordHash, shortShape, shortShapeHash } from './word-shape.js';

/** Made-up tokens of every shape the tagger meets: cases, digits, punctuation, letters outside ASCII, symbols. */
const WORDS = [
  'a', 'A', 'the', 'The', 'THE', 'McDonald', 'iPhone', 'U.S.', '1996-08-30', '3.5%', '$12,000', "O'Neill", "'s", '’s',
  'Whangārei', 'ÉCOLE', 'école', 'straße', 'İstanbul', 'Ωmega', 'σίγμα', 'Łódź', '東京', '—', '…', '“', '"', '#tag',
  '@handle', 'x'.repeat(60), 'Ab1'.repeat(9), 'AAAAbbbbCCCCdddd', '😀ok', 'ǅemal', '', '-', 'e-mail', 'COVID-19',
];

test('shape and word hashes equal the hashes of the strings they stand for', () => {
  for (const w of WORDS) {
    assert.equal(shortShapeHash(w), hashString(shortShape(w)), w);
    assert.equal(longShapeHash(w), hashString(longShape(w)), w);
    assert.equal(normWordHash(w.toLowerCase()), hashString(normWord(w)), w);
    for (let k = 0; k <= w.length; k++) assert.equal(hashRange(w, w.length - k, w.length), hashString(w.slice(w.length - k)), w);
  }
  assert.equal(shortShape('McDonald'), 'XxXx');
  assert.equal(longShape('1996-08-30'), 'ddd-dd-dd');
});

test('case classes', () => {
  const cases: [string, number][] = [
    ['the', CASE.lower], ['The', CASE.title], ['THE', CASE.upper], ['A', CASE.title], ['iPhone', CASE.mixed],
    ['McDonald', CASE.mixed], ['1996', CASE.none], ['—', CASE.none], ['ÉCOLE', CASE.upper], ['école', CASE.lower],
    ['Łódź', CASE.title], ['东京', CASE.none], ['U.S.', CASE.upper], ["O'neill", CASE.title],
  ];
  for (const [w, c] of cases) assert.equal(caseClass(w), c, w);
});

test('both cluster look-ups of a word at once give what each gives alone', () => {
  const { lexicon } = loadNerModel();
  const out = new Int32Array(2);
  for (const w of [...WORDS.filter(Boolean), 'london', 'London', 'LONDON', 'Paris', 'PARIS', 'said', 'SAID', 'Xqzzv']) {
    lexicon.clusterIndexes(w, w.toLowerCase(), out);
    assert.deepEqual([out[0], out[1]], [lexicon.clusterIndex(w, false), lexicon.clusterIndex(w, true)], w);
  }
  lexicon.clusterIndexes('London', 'london', out);
  assert.ok(out[0] >= 0);
});
