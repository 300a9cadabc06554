import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('a list that a noun of kind opens gives its members that kind ("brands such as…", "players like…")', () => {
  const { get } = link('The store sells brands such as Dana Roe, Velmar and Tomas Kell. The club signed players like K.J. Harlow and Bram Ostend.', [
    ['Dana Roe', 'PERSON'], ['Velmar', 'LOC'], ['Tomas Kell', 'PERSON'], ['K.J. Harlow', 'ORG'], ['Bram Ostend', 'LOC'],
  ]);
  for (const name of ['Dana Roe', 'Velmar', 'Tomas Kell']) assert.equal(get(name).type, 'ORG', name);
  for (const name of ['K.J. Harlow', 'Bram Ostend']) assert.equal(get(name).type, 'PERSON', name);
});

test('a member named outside the list too, or a list no noun of kind opens, keeps its type', () => {
  const { get } = link('Brands such as Dana Roe sell well. Dana Roe said so. He likes Tomas Kell and Velmar.', [
    ['Dana Roe', 'PERSON'], ['Tomas Kell', 'PERSON'], ['Velmar', 'ORG'],
  ]);
  assert.equal(get('Dana Roe').type, 'PERSON');
  assert.equal(get('Tomas Kell').type, 'PERSON');
  assert.equal(get('Velmar').type, 'ORG');
});
