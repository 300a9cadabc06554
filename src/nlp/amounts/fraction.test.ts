// Shares of a whole, ranges with "-and-a-half", and numbers that count nothing (issue 9). Sentences are made up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAmounts } from './extract.js';

const view = (text: string) =>
  extractAmounts(text).map((a) => {
    const { start, end, text: t, object, ...rest } = a;
    assert.equal(text.slice(start, end), t, 'span text matches the offsets');
    return { text: t, ...rest };
  });
const texts = (text: string) => extractAmounts(text).map((a) => a.text);

test('fractions in words are decimal shares', () => {
  assert.deepEqual(view('Two-thirds of the members agreed, and a third of the staff left.'), [
    { text: 'Two-thirds', value: 2 / 3, unit: 'fraction' },
    { text: 'a third', value: 1 / 3, unit: 'fraction' },
  ]);
  assert.deepEqual(view('The town ceded the remaining one-fifth of its land; three-quarters of voters and half of the budget.'), [
    { text: 'one-fifth', value: 0.2, unit: 'fraction' },
    { text: 'three-quarters', value: 0.75, unit: 'fraction' },
    { text: 'half', value: 0.5, unit: 'fraction' },
  ]);
  assert.deepEqual(view('a one-third stake'), [{ text: 'one-third', value: 1 / 3, unit: 'fraction' }]);
});

test('ordinals, halves of a period and fiscal quarters are not fractions', () => {
  assert.deepEqual(texts('She won a third term in the first half of the year.'), []);
  assert.deepEqual(texts('He came third. A third-party vendor and a fifth column.'), []);
});

test('ratios: "four in five", "one in every 10", "nine out of 10"', () => {
  assert.deepEqual(view('Four in five voters, one in every 10 homes and nine out of 10 doctors agree.'), [
    { text: 'Four in five', value: 0.8, unit: 'fraction' },
    { text: 'one in every 10', value: 0.1, unit: 'fraction' },
    { text: 'nine out of 10', value: 0.9, unit: 'fraction' },
  ]);
  // A larger first number, a year or a unit after "in" make no ratio.
  assert.deepEqual(texts('Police held 12 in two raids; 3 in 2024 died; one in five days.'), ['12', 'two', '3', 'one', 'five days']);
});

test('a range whose end has "-and-a-half"', () => {
  assert.deepEqual(view('Rebuilding would take two to two-and-a-half years.'), [
    { text: 'two to two-and-a-half years', min: 2, max: 2.5, unit: 'year' },
  ]);
  assert.deepEqual(view('Forces gained 201sq km of land.'), [{ text: '201sq km', value: 201, unit: 'km2' }]);
});

test('numbers in idioms and names, and sets already known, are not amounts', () => {
  assert.deepEqual(texts('The vote brings the deal one step closer. It failed in more ways than one. It is one in a million.'), []);
  assert.deepEqual(texts('Leaders of the Group of Seven and the Group of 20 (G20) met.'), []);
  assert.deepEqual(texts('The Committee of 600 commercial banks met.'), ['600']);
  assert.deepEqual(texts('The two sides swapped 157 prisoners; those three men were freed.'), ['157']);
  // A count that is new information stays.
  assert.deepEqual(texts('Russia still has two military bases and all 10 systems.'), ['two', '10']);
});

test('every denominator of the lexicon is found by the scan', async () => {
  const { FRACTION_DENOMINATORS } = await import('./lexicon.js');
  for (const [word, den] of Object.entries(FRACTION_DENOMINATORS)) {
    const plural = word.endsWith('s') && word !== 'half';
    const phrase = plural ? `two-${word}` : `one-${word}`;
    const found = extractAmounts(`They took ${phrase} of the land.`);
    assert.equal(found.length, 1, phrase);
    assert.equal(found[0].value, (plural ? 2 : 1) / den, phrase);
  }
});
