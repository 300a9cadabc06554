import { test } from 'node:test';
import assert from 'node:assert/strict';
import { betterName, decideMerge, isWordSuffix, nameKey, type Candidate } from './entity-key.js';

const noMentions = () => 0;
const person = (name: string, country = '') => ({ name, key: nameKey(name), type: 'PERSON', country });
const stored = (id: number, name: string, country = ''): Candidate => ({ id, name, nameKey: nameKey(name), country });

test('nameKey folds case, diacritics, dots, apostrophes, punctuation and a leading "the"', () => {
  assert.equal(nameKey('Volodymyr ZELENSKYY'), 'volodymyr zelenskyy');
  assert.equal(nameKey('Recep Tayyip Erdoğan'), 'recep tayyip erdogan');
  assert.equal(nameKey('U.S.'), 'us');
  assert.equal(nameKey('Rolls-Royce'), 'rolls royce');
  assert.equal(nameKey('The  New York Times'), 'new york times');
  assert.equal(nameKey("O'Brien"), 'obrien');
  assert.equal(nameKey('AT&T'), 'at&t');
  assert.equal(nameKey('The'), 'the', 'a lone "the" is kept, not emptied');
});

test('isWordSuffix: whole trailing words only', () => {
  assert.ok(isWordSuffix('zelenskyy', 'volodymyr zelenskyy'));
  assert.ok(!isWordSuffix('lenskyy', 'volodymyr zelenskyy'), 'not a part of a word');
  assert.ok(!isWordSuffix('zelenskyy', 'zelenskyy'), 'equal is not a proper suffix');
  assert.ok(!isWordSuffix('volodymyr', 'volodymyr zelenskyy'), 'a first name is a prefix');
});

test('same key and country joins; an unknown country joins a known one and fills it', () => {
  assert.deepEqual(decideMerge(person('Zelenskyy', 'UKR'), [stored(1, 'Zelenskyy', 'UKR')], noMentions), { kind: 'join', id: 1 });
  assert.deepEqual(decideMerge(person('Zelenskyy'), [stored(1, 'Zelenskyy', 'UKR')], noMentions), { kind: 'join', id: 1 });
  assert.deepEqual(decideMerge(person('Zelenskyy', 'UKR'), [stored(1, 'Zelenskyy')], noMentions), { kind: 'join', id: 1, country: 'UKR' });
  assert.deepEqual(decideMerge(person('Zelenskyy', 'RUS'), [stored(1, 'Zelenskyy', 'UKR')], noMentions), { kind: 'create' }, 'countries conflict');
});

test('a surname joins the full name; a full name joins and grows a stored surname', () => {
  assert.deepEqual(decideMerge(person('Zelenskyy'), [stored(1, 'Volodymyr Zelenskyy', 'UKR')], noMentions), { kind: 'join', id: 1 });
  assert.deepEqual(
    decideMerge(person('Volodymyr Zelenskyy', 'UKR'), [stored(1, 'Zelenskyy')], noMentions),
    { kind: 'join', id: 1, rename: { name: 'Volodymyr Zelenskyy', key: 'volodymyr zelenskyy' }, country: 'UKR' },
  );
});

test('a same-country suffix candidate is preferred; several in a tier need a dominant one', () => {
  const both = [stored(1, 'Joe Biden', 'USA'), stored(2, 'Hunter Biden', 'USA')];
  assert.deepEqual(decideMerge(person('Biden'), both, noMentions), { kind: 'create' }, 'ambiguous, no mentions');
  assert.deepEqual(decideMerge(person('Biden'), both, (id) => (id === 1 ? 30 : 4)), { kind: 'join', id: 1 });
  assert.deepEqual(decideMerge(person('Biden'), both, (id) => (id === 1 ? 10 : 5)), { kind: 'create' }, 'not dominant enough');
  const mixed = [stored(1, 'Joe Biden'), stored(2, 'Hunter Biden', 'USA')];
  assert.deepEqual(decideMerge(person('Biden', 'USA'), mixed, noMentions), { kind: 'join', id: 2 }, 'same country first');
});

test('places and organisations do not merge by suffix; they still merge by equal key', () => {
  const loc = (name: string) => ({ name, key: nameKey(name), type: 'LOC', country: '' });
  assert.deepEqual(decideMerge(loc('Africa'), [stored(1, 'South Africa', 'ZAF')], noMentions), { kind: 'create' });
  assert.deepEqual(decideMerge(loc('U.S.'), [stored(1, 'US', 'USA')], noMentions), { kind: 'join', id: 1 });
});

test('an all-capitals display name gives way to the mixed-case form of the same key', () => {
  assert.equal(betterName('LONDON', 'London'), 'London');
  assert.equal(betterName('London', 'LONDON'), 'London');
  assert.equal(betterName('NATO', 'NATO'), 'NATO');
  const loc = { name: 'New York', key: 'new york', type: 'LOC', country: '' };
  assert.deepEqual(decideMerge(loc, [stored(1, 'NEW YORK', 'USA')], noMentions),
    { kind: 'join', id: 1, rename: { name: 'New York', key: 'new york' } });
});

test('growing a name that another stored entity already holds joins without renaming', () => {
  const cands = [stored(1, 'Zelenskyy', 'UKR'), stored(2, 'Volodymyr Zelenskyy', 'UKR')];
  // Entity 2 is the exact match, so it is chosen; with countries apart, entity 1 joins but is not renamed onto 2.
  assert.deepEqual(decideMerge(person('Volodymyr Zelenskyy', 'UKR'), cands, noMentions), { kind: 'join', id: 2 });
  const apart = [stored(1, 'Zelenskyy', 'UKR'), stored(2, 'Volodymyr Zelenskyy')];
  assert.deepEqual(decideMerge(person('Volodymyr Zelenskyy', 'UKR'), apart, noMentions), { kind: 'join', id: 2, country: 'UKR' });
});
