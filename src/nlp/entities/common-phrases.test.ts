import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

const names = (text: string, marked: [string, 'PERSON' | 'ORG' | 'LOC' | 'MISC'][]) => link(text, marked).entities.map((e) => e.name);

test('a Title-Case phrase the article also writes in lower case is no name', () => {
  const text = 'Here are the ways to measure fat.\n\n1. Skinfold Calipers\n\nSkinfold calipers measure the thickness of skin. Many gyms sell bench press gear.\n\nBench Press Gear\n\nIt is cheap.';
  assert.deepEqual(names(text, [['Skinfold Calipers', 'PERSON'], ['Bench Press Gear', 'ORG']]), []);
});

test('a name whose first word keeps its capital, a person, or one lower-cased only in a lower-cased sentence stays a name', () => {
  const text = 'Boats sail the Jordan River daily. Farms line the Jordan river. Tolls rose at Marlow Bridge, and marlow bridge traffic fell. ' +
    'Traders on Wall Street sold. analysts and wall street sources doubted it. Summer Rain said she was fine, as the summer rain fell.';
  const got = names(text, [['Jordan River', 'LOC'], ['Marlow Bridge', 'LOC'], ['Wall Street', 'LOC'], ['Summer Rain', 'PERSON']]);
  assert.deepEqual(got.sort(), ['Jordan River', 'Summer Rain', 'Wall Street']);
});
