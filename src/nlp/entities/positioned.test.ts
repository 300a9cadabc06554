import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('villages a front-line report places are places, whatever the tagger typed them, down the whole list', () => {
  const { get } = link('Russian forces attacked near Kotrava, Udalne, Molvetske, and Novopidrone on Monday. Fighting went on toward Kozava Lopan and northwest of Svyato-Petrske.', [
    ['Kotrava', 'LOC'], ['Udalne', 'PERSON'], ['Molvetske', 'PERSON'], ['Novopidrone', 'ORG'], ['Kozava Lopan', 'PERSON'], ['Svyato-Petrske', 'PERSON'],
  ]);
  for (const name of ['Udalne', 'Molvetske', 'Novopidrone', 'Kozava Lopan', 'Svyato-Petrske']) assert.equal(get(name).type, 'LOC', name);
});

test('a name followed by where it lies is a place; a unit followed by its chain of command is not', () => {
  const { get } = link('Russian forces seized Velmi Prokady (north of Kharkiv City) and Predtevo (Donetsk People\'s Republic). Elements of the 11th Tank Brigade (25th CAA, Central Military District) attacked.', [
    ['Velmi Prokady', 'PERSON'], ['Predtevo', 'PERSON'], ['Kharkiv City', 'LOC'], ['Tank Brigade', 'ORG'], ['CAA', 'ORG'],
  ]);
  assert.equal(get('Velmi Prokady').type, 'LOC');
  assert.equal(get('Predtevo').type, 'LOC');
  assert.equal(get('Tank Brigade').type, 'ORG');
  assert.equal(get('CAA').type, 'ORG');
});

test('people stay people near a place, toward whom attitudes turn, or when they speak', () => {
  const { get } = link('Officials stood near Donald Trump. Hostility toward Harlov grew, as did the policy toward Merkan, the premier. Officials met near Kadrin, who said the talks went well.', [
    ['Donald Trump', 'PERSON'], ['Harlov', 'PERSON'], ['Merkan', 'PERSON'], ['Kadrin', 'PERSON'],
  ]);
  assert.equal(get('Merkan').type, 'PERSON');
  assert.equal(get('Kadrin').type, 'PERSON');
  assert.equal(get('Harlov').type, 'PERSON');
  assert.equal(get('Donald Trump').type, 'PERSON');
});

test('a place followed by its region is a place, and the region stays one; an adjective may stand after "near"', () => {
  const { get } = link('Drones hit a depot in Polohra, Zaporizhia Oblast, and a launcher near occupied Astrakava on Monday.', [
    ['Polohra', 'ORG'], ['Zaporizhia Oblast', 'LOC'], ['Astrakava', 'ORG'],
  ]);
  assert.equal(get('Polohra').type, 'LOC');
  assert.equal(get('Zaporizhia Oblast').type, 'LOC');
  assert.equal(get('Astrakava').type, 'LOC');
});

test('a "thing" the text places is a place as a person or a body would be ("in central Zaliznychne (west of …)")', () => {
  const { get } = link('Russian forces advanced near Bilvoke and in Zarnytsi (west of Hulyaipole) on Monday.', [['Bilvoke', 'MISC'], ['Zarnytsi', 'MISC'], ['Hulyaipole', 'LOC']]);
  assert.equal(get('Bilvoke').type, 'LOC');
  assert.equal(get('Zarnytsi').type, 'LOC');
});

test('a list governed by a noun of islands or towns and "of" is a list of places ("the islands of Bonaire, St Eustatius and Saba")', () => {
  const { get } = link('Officials removed the Caribbean islands of Brastowe, St Larkin and Harlo from the travel list on Friday.', [
    ['Brastowe', 'ORG'], ['St Larkin', 'ORG'], ['Harlo', 'PERSON'],
  ]);
  assert.deepEqual(['Brastowe', 'St Larkin', 'Harlo'].map((n) => get(n).type), ['LOC', 'LOC', 'LOC']);
});
