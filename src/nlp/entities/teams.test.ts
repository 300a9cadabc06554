import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link } from './testing.js';

test('a city or state that wins or loses a game is its team; a country, or a city also named as a place, stays a place', () => {
  const { get } = link('Karl Oman scored twice and Vermont beat Halifax 3-1. Toledo lost to Tulsa. Russia beat Croatia on Monday. '
    + 'Reno edged Boise, and fans in Reno cheered. Debris fell to Earth.', [
    ['Karl Oman', 'PERSON'], ['Vermont', 'LOC'], ['Halifax', 'LOC'], ['Toledo', 'LOC'], ['Tulsa', 'LOC'], ['Russia', 'LOC'], ['Croatia', 'LOC'],
    ['Reno', 'LOC'], ['Boise', 'LOC'], ['Earth', 'LOC'],
  ]);
  for (const name of ['Vermont', 'Halifax', 'Toledo', 'Tulsa', 'Boise']) assert.equal(get(name).type, 'ORG', name);
  for (const name of ['Russia', 'Croatia', 'Reno', 'Earth']) assert.equal(get(name).type, 'LOC', name);
});
