// The counted object, with the POS-tagged tokens of the tokens layer. Sentences quoted from the corpora in ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens/index.js';
import { extractAmounts } from './extract.js';

/** [span text, object] of every amount. */
const objects = (text: string) => extractAmounts(text, tokenize(text).tokens).map((a) => [a.text, a.object ?? null]);

test('a count takes the noun phrase after it, without qualifiers of origin or size', () => {
  assert.deepEqual(objects('Zelenskyy revealed efforts to secure 10 U.S.-made Patriot systems under a new framework.'), [['10', 'Patriot systems']]);
  assert.deepEqual(objects('Our task is to find funding for all 10 systems,” Zelenskyy said.'), [['10', 'systems']]);
  assert.deepEqual(objects('Washington said four American frigates shelled and destroyed two Iranian platforms.'), [
    ['four', 'frigates'],
    ['two', 'platforms'],
  ]);
  assert.deepEqual(objects('Ukraine accused Russia of launching 29 missiles and 396 drones overnight, killing four people.'), [
    ['29', 'missiles'],
    ['396', 'drones'],
    ['four', 'people'],
  ]);
  // Nothing is counted when a preposition or punctuation follows.
  assert.deepEqual(objects('Funding is already locked in for three: two from Germany, one from Norway.'), [
    ['three', null],
    ['two', null],
    ['one', null],
  ]);
});

test('a measure or a percentage takes its object through "of"; money the noun it qualifies or "in"', () => {
  assert.deepEqual(objects('The buffer stock manager bought 5,000 tonnes of cocoa today.'), [['5,000 tonnes', 'cocoa']]);
  assert.deepEqual(objects('GAF holds 19.9 pct of the company. He bought a 51 pct stake in Mascot.'), [
    ['19.9 pct', 'company'],
    ['51 pct', 'stake'],
  ]);
  assert.deepEqual(objects('GenCorp said it plans to build a 50 mln dlr manufacturing facility in Shelbyville.'), [['50 mln dlr', 'manufacturing facility']]);
  assert.deepEqual(objects('The European Commission is announcing €153 million in emergency aid to Ukraine.'), [['€153 million', 'emergency aid']]);
  // A spaced time unit counts nothing by itself.
  assert.deepEqual(objects('Both loans are for 15 years, including three years of grace.'), [
    ['15 years', null],
    ['three years', 'grace'],
  ]);
});

test('money takes the thing it is the worth of: "worth", "valued at", "of", a copula', () => {
  assert.deepEqual(objects('Ukraine and Washington finalized a major drone deal, potentially worth $10 billion to $30 billion, under which'), [
    ['$10 billion to $30 billion', 'drone deal'],
  ]);
  assert.deepEqual(objects('Uganda already had an external debt of 984 mln dlrs at the end of 1986.'), [['984 mln dlrs', 'external debt']]);
  assert.deepEqual(objects('The World Bank approved two loans to Mexico totalling 205 mln dlrs.'), [
    ['two', 'loans'],
    ['205 mln dlrs', 'loans'],
  ]);
  // "a total of", "a value of" name the measure, not a thing.
  assert.deepEqual(objects('The COMEX fined the firms a total of 100,000 dlrs.'), [['100,000 dlrs', null]]);
});

test('line breaks inside a phrase (Reuters wraps lines) do not cut the object', () => {
  assert.deepEqual(objects('Each preferred share was convertible into 2.25 common\nshares.'), [['2.25', 'common shares']]);
});
