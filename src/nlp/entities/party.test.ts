import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('a party-and-state tag places a legislator in the USA; a postal code in it is a place', () => {
  const { get, attrs } = link('Rep. Dan Hollis (R-TX) said so. Sen. Mara Quist (D-N.Y.) agreed, as did Tom Vell (I-Vt.) of Acme.', [
    ['Dan Hollis', 'PERSON'], ['TX', 'ORG'], ['Mara Quist', 'PERSON'], ['Tom Vell', 'PERSON'], ['Acme', 'ORG'],
  ]);
  assert.equal(attrs('Dan Hollis')[1], 'USA');
  assert.equal(attrs('Mara Quist')[1], 'USA');
  assert.equal(attrs('Tom Vell')[1], 'USA');
  assert.deepEqual([get('TX').type, get('TX').country], ['LOC', 'USA']);
  // The tagger took the party letter with the state: the place is the state alone.
  const cut = link('Rep. Dan Hollis (R-TX) said so.', [['Dan Hollis', 'PERSON'], ['R-TX', 'LOC']]);
  assert.deepEqual([cut.get('TX')?.type, cut.get('TX')?.country, cut.get('TX')?.mentions.map((m) => m.text)], ['LOC', 'USA', ['TX']]);
});

test('a bracket that is no party tag places nobody', () => {
  const { attrs } = link('Dan Hollis (X-TX) and Mara Quist (R-Zorbland) spoke.', [['Dan Hollis', 'PERSON'], ['Mara Quist', 'PERSON']]);
  assert.equal(attrs('Dan Hollis')[1], undefined);
  assert.equal(attrs('Mara Quist')[1], undefined);
});
