import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryOf, demonym, place } from './index.js';

test('countries by name, common spelling and abbreviation', () => {
  for (const [name, code] of [['Ukraine', 'UKR'], ['Türkiye', 'TUR'], ['Turkey', 'TUR'], ['U.S.', 'USA'], ['America', 'USA'],
    ['United States', 'USA'], ['the United Kingdom', 'GBR'], ['Germany', 'DEU'], ['Norway', 'NOR']] as const)
    assert.equal(place(name)?.code, code, name);
  assert.equal(place('Ukraine')?.kind, 'country');
});

test('capitals stand for their country; other large cities are known too', () => {
  assert.deepEqual(place('Kyiv'), { code: 'UKR', kind: 'capital' });
  assert.deepEqual(place('Moscow'), { code: 'RUS', kind: 'capital' });
  assert.deepEqual(place('Washington'), { code: 'USA', kind: 'capital' });
  assert.deepEqual(place('Istanbul'), { code: 'TUR', kind: 'city' });
  assert.equal(place('Paris')?.code, 'FRA', 'the most populous city of a name wins');
});

test('demonyms, singular and plural, and regions', () => {
  assert.equal(demonym('Ukrainian'), 'UKR');
  assert.equal(demonym('Russians'), 'RUS');
  assert.equal(demonym('American'), 'USA');
  assert.equal(demonym('European'), 'EUR');
  // Plurals of demonyms in -i, and nouns for a people that differ from the adjective.
  assert.equal(demonym('Israelis'), 'ISR');
  assert.equal(demonym('Saudis'), 'SAU');
  assert.equal(demonym('Turks'), 'TUR');
  assert.equal(demonym('Britons'), 'GBR');
  assert.equal(countryOf('Zelenskyy'), null);
  assert.equal(countryOf('he'), null);
});

test('sub-national regions and English city names carry their country, as places of kind region or city', () => {
  assert.deepEqual(place('Ohio'), { code: 'USA', kind: 'region' });
  assert.deepEqual(place('Crimea'), { code: 'UKR', kind: 'region' });
  assert.deepEqual(place('Bavaria'), { code: 'DEU', kind: 'region' });
  assert.equal(place('Geneva')?.code, 'CHE');
  assert.equal(place('Zurich')?.code, 'CHE', 'diacritics folded');
});

test('transliteration marks fold away: "Samarra" finds "Sāmarrā’", either apostrophe finds Côte d’Ivoire', () => {
  assert.equal(place('Samarra')?.code, 'IRQ');
  assert.equal(place('Cote d’Ivoire')?.code, 'CIV');
  assert.equal(place("Côte d'Ivoire")?.code, 'CIV');
});

test('names that fold alike go to the most populous city: Los Angeles is in the USA, not Los Ángeles, Chile', () => {
  assert.equal(place('Los Angeles')?.code, 'USA');
  assert.equal(place('Los Ángeles')?.code, 'USA');
});
