import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('a nationality written as a noun is a nationality; a surname of the same word stays a person', () => {
  const { get } = link('The 48-year-old Australian was evicted. Envoy Volker Turk spoke; Turk left.', [
    ['Australian', 'PERSON'], ['Volker Turk', 'PERSON'], ['Turk', 'PERSON'],
  ]);
  assert.equal(get('Australian').type, 'NORP');
  assert.equal(get('Volker Turk').type, 'PERSON');
  assert.equal(get('Volker Turk').mentions.length, 2);
});

test('a nationality the tagger read as one is no outlet that bears the name ("The Australian")', () => {
  const { get } = link('Police held the Australian national in Perth.', [['Australian', 'NORP'], ['Perth', 'LOC']]);
  assert.equal(get('Australian').type, 'NORP');
});

test('"X-based" and "Name, 31, of X" make X a place; a nationality before "-based" stays one', () => {
  const { get } = link('He paid an Amritsar-based agent. Ryan Hollman, 31, of Harlow was held. A Turkish-based carrier flew.', [
    ['Amritsar', 'ORG'], ['Ryan Hollman', 'PERSON'], ['Harlow', 'PERSON'], ['Turkish', 'NORP'],
  ]);
  assert.equal(get('Amritsar').type, 'LOC');
  assert.equal(get('Harlow').type, 'LOC');
  assert.equal(get('Turkish').type, 'NORP');
});

test('streets are places: their head word, the ordinal the tagger left out, two streets joined by "and"', () => {
  const { entities } = link('Police stopped him near 17th Street and later near Seventh Street and Central Avenue, behind 2134 Caldwell Place. Two Bartholomew County warrants were served.', [
    ['Seventh Street and Central Avenue', 'LOC'], ['Street', 'LOC'], ['Caldwell Place', 'MISC'], ['Two Bartholomew County', 'LOC'],
  ]);
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}`), [
    'LOC 17th Street', 'LOC Seventh Street', 'LOC Central Avenue', 'LOC Caldwell Place', 'LOC Bartholomew County',
  ]);
});

test('a word of position the tagger left out of a place\'s name opens it', () => {
  const { get } = link('The man ate the rabbit in Inner Mongolia on Monday.', [['Mongolia', 'LOC']]);
  assert.equal(get('Inner Mongolia').type, 'LOC');
});

test('title words the tagger put before a given name are no part of the name ("Public Prosecution Eva-Marie Persson")', () => {
  const { get } = link('Deputy Director of Public Prosecution Eva-Marie Persson took the decision. Persson said so.', [
    ['Public Prosecution Eva', 'MISC'], ['Marie Persson', 'PERSON'], ['Persson', 'PERSON'],
  ]);
  assert.equal(get('Eva-Marie Persson').mentions.length, 2);
});

test('the place of a dateline is a place; a name in capitals before a dash alone keeps its kind', () => {
  const { get } = link('Vote count\n\nAUSTIN (KXYZ) — Voters approved the plan, KXYZ said.\n\nSNP — The party won seats, the SNP said.', [
    ['AUSTIN', 'ORG'], ['KXYZ', 'ORG'], ['SNP', 'ORG'],
  ]);
  assert.equal(get('AUSTIN').type, 'LOC');
  assert.equal(get('KXYZ').type, 'ORG');
  assert.equal(get('SNP').type, 'ORG');
});

test('"Name, 46, Decatur" makes the place a place; an age after a name makes it a person even before "car"', () => {
  const { get } = link('Jamie Roe, 46, Brastow, was arrested. A car driven by V. Marquart, 58, of Harlo, stopped. The Marquart car was towed.', [
    ['Jamie Roe', 'PERSON'], ['Brastow', 'PERSON'], ['V. Marquart', 'MISC'], ['Harlo', 'LOC'], ['Marquart', 'MISC'],
  ]);
  assert.equal(get('Brastow').type, 'LOC');
  assert.equal(get('V. Marquart').type, 'PERSON');
});
